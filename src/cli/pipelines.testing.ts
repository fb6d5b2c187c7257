// Test-only: what the ready-made pipeline files run (examples/ci/*.yml, .pre-commit-hooks.yaml), read with a YAML
// parser, so a test can run their commands with the installed package and check what they hand each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './packed.testing';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  script?: string;
  task?: string;
  condition?: string;
  inputs?: Record<string, string>;
}

const read = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'));

/** The GitHub Actions workflow: its permissions and the steps of its one job. */
export function githubWorkflow(): { permissions: Record<string, string>; steps: Step[] } {
  const doc = read('examples/ci/github-actions.yml') as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const jobs = Object.values(doc.jobs);
  if (jobs.length !== 1 || !jobs[0]) throw new Error(`expected one job, found ${jobs.length}`);
  return { permissions: doc.permissions, steps: jobs[0].steps };
}

/** The Azure Pipelines steps. */
export function azureSteps(): Step[] {
  return (read('examples/ci/azure-pipelines.yml') as { steps: Step[] }).steps;
}

/** The pre-commit hooks. */
export function preCommitHooks(): {
  id: string;
  entry: string;
  language: string;
  args?: string[];
  pass_filenames?: boolean;
  files?: string;
}[] {
  return read('.pre-commit-hooks.yaml') as ReturnType<typeof preCommitHooks>;
}

/** The one step whose command line (`run` or `script`) matches `pattern`. */
export function stepRunning(steps: readonly Step[], pattern: RegExp): Step & { command: string } {
  const found = steps.filter((s) => pattern.test(s.run ?? s.script ?? ''));
  if (found.length !== 1 || !found[0]) throw new Error(`expected one step running ${pattern}, found ${found.length}`);
  return { ...found[0], command: (found[0].run ?? found[0].script ?? '').trim() };
}

/** The one step using the action or task `name` (`github/codeql-action/upload-sarif`, `PublishTestResults`). */
export function stepUsing(steps: readonly Step[], name: string): Step {
  const found = steps.filter((s) => (s.uses ?? s.task ?? '').split('@')[0] === name);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one step using ${name}, found ${found.length}`);
  return found[0];
}
