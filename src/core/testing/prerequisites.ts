// Test-only: the things outside the repo that integration suites need, and one rule for when they are missing:
// in CI a missing prerequisite fails the run (a quiet skip there would hide lost coverage); elsewhere the suite
// skips and the reason is printed once per run by prerequisites.setup.ts.
import { spawnSync } from 'node:child_process';
import { AZURE_REAL_DIR, fixtureDirCandidates } from './fixtures';
import { labUnavailableReason } from './netns';

/** The prerequisites a suite may name. */
export type PrerequisiteId = 'fixtures' | 'shellcheck' | 'netplan' | 'netns';

interface Prerequisite {
  /** What the suites do with it, for the message. */
  readonly usedFor: string;
  /** How to get it. */
  readonly install: string;
  /** Why it is unavailable here, or undefined when it is available. */
  readonly check: () => string | undefined;
}

const runs = (command: string, args: readonly string[]): boolean => spawnSync(command, args).status === 0;

const PREREQUISITES: Record<PrerequisiteId, Prerequisite> = {
  fixtures: {
    usedFor: 'the importer suites over real Azure templates (ARM, Bicep, Terraform)',
    install: 'put the azure-real fixtures at ../shared/fixtures/azure-real beside the repo, or set FLOATPLAN_FIXTURES to that folder',
    check: () => (AZURE_REAL_DIR ? undefined : `the azure-real fixture folder was not found (tried ${fixtureDirCandidates().join(', ')})`),
  },
  shellcheck: {
    usedFor: 'linting every generated bash script and the Azure CLI export',
    install: 'apt-get install shellcheck',
    check: () => (runs('shellcheck', ['--version']) ? undefined : 'shellcheck is not on PATH'),
  },
  netplan: {
    usedFor: 'validating the generated netplan file with netplan generate --root-dir',
    install: 'apt-get install netplan.io',
    check: () => (runs('netplan', ['--help']) ? undefined : 'netplan is not on PATH'),
  },
  netns: {
    usedFor: 'running the guest OS scripts on a real network stack (network namespaces, nftables)',
    install: 'run as root on Linux with apt-get install iproute2 nftables',
    check: labUnavailableReason,
  },
};

/** The ids of every prerequisite, for the once-per-run report. */
export const PREREQUISITE_IDS = Object.keys(PREREQUISITES) as PrerequisiteId[];

const memo = new Map<PrerequisiteId, string | undefined>();

/** Why the prerequisite is unavailable here, or undefined when it is available (checked once per process). */
export function missingReason(id: PrerequisiteId): string | undefined {
  if (!memo.has(id)) memo.set(id, PREREQUISITES[id].check());
  return memo.get(id);
}

/** One message: what is missing, what it is for, how to install it. */
export function prerequisiteMessage(id: PrerequisiteId, reason: string): string {
  const p = PREREQUISITES[id];
  return `prerequisite "${id}" missing: ${reason}. Needed for ${p.usedFor}. Install: ${p.install}.`;
}

/** True when CI is set to a true value (`CI=true`, `CI=1`): missing prerequisites then fail instead of skipping. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * Whether a suite needing `id` must skip: false when available; true when missing outside CI; throws in CI.
 * @example describe.skipIf(skipWithout('shellcheck'))('shellcheck -S warning', () => { ... })
 */
export function skipWithout(id: PrerequisiteId, env: Record<string, string | undefined> = process.env): boolean {
  return decideSkip(id, missingReason(id), env);
}

/** The rule behind skipWithout, given the check's result: run, skip (outside CI) or throw (in CI). */
export function decideSkip(id: PrerequisiteId, reason: string | undefined, env: Record<string, string | undefined>): boolean {
  if (reason === undefined) return false;
  if (isCi(env)) throw new Error(`CI: ${prerequisiteMessage(id, reason)}`);
  return true;
}
