/** Test-only: a worker that answers only when the test says so, as a real one does after a while. */
export class FakeWorker<Request, Reply> {
  onmessage: ((event: { data: Reply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  /** Every message posted to it, oldest first. */
  received: Request[] = [];
  terminated = false;
  postMessage(message: Request) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Delivers `data` as the worker's message. */
  reply(data: Reply) {
    this.onmessage?.({ data });
  }
}
