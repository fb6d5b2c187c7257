/** The welcome's English texts; the other languages mirror its keys (see messages.ts). */
export const en = {
  region: 'Welcome',
  lead: 'Floatplan plans Azure Load Balancer floating IP: what each VM receives, what Azure refuses, and the guest OS scripts.',
  starts: 'Ways to start',
  example: 'Try an example',
  empty: 'Start from empty',
  lesson: 'Take the lesson',
  dismiss: 'Close the welcome',
  emptyTitle: 'The canvas is empty',
  emptyBody: 'Add frontends, rules, a backend pool and VMs with the palette, or pick a start:',
};
