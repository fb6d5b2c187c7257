// Vitest globalSetup of the integration project: checks every prerequisite once per run, so a skip is explained
// once (not once per test or per file), and CI stops before any test when something is missing.
import { PREREQUISITE_IDS, isCi, missingReason, prerequisiteMessage } from './prerequisites';

/** Prints each missing prerequisite once; in CI throws with all of them, which fails the run. */
export default function setup(): void {
  const messages = PREREQUISITE_IDS.flatMap((id) => {
    const reason = missingReason(id);
    return reason === undefined ? [] : [prerequisiteMessage(id, reason)];
  });
  if (messages.length === 0) return;
  if (isCi()) throw new Error(`CI=${process.env.CI}: the integration tests need every prerequisite.\n${messages.join('\n')}`);
  for (const message of messages) console.warn(`skipping suites: ${message}`);
}
