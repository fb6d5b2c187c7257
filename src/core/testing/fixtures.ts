// Test-only: finds the shared real-world fixtures (/work/shared/fixtures/azure-real) wherever the repo is cloned.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Candidate folders in the order they are tried: $FLOATPLAN_FIXTURES, `<repo>/../shared/fixtures/azure-real`, `/work/shared/fixtures/azure-real`. */
export function fixtureDirCandidates(): string[] {
  const fromEnv = process.env.FLOATPLAN_FIXTURES;
  return [...(fromEnv ? [resolve(fromEnv)] : []), resolve(REPO, '../shared/fixtures/azure-real'), '/work/shared/fixtures/azure-real'];
}

/** The azure-real fixture folder, or undefined when none of the candidates exists (suites then skip or fail through `skipWithout('fixtures')` in prerequisites.ts). */
export const AZURE_REAL_DIR: string | undefined = fixtureDirCandidates().find((dir) => existsSync(dir));

/** Names of the fixture files with the given extension (`json`, `bicep`, `tf`), sorted; empty when the folder is missing. */
export function azureRealFixtures(ext: string): string[] {
  if (!AZURE_REAL_DIR) return [];
  return readdirSync(AZURE_REAL_DIR)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort();
}

/**
 * Text of one fixture file, unmodified; throws with the folders tried when it cannot be found.
 * @example JSON.parse(readAzureFixture('haports-ilb-azuredeploy.json'))
 */
export function readAzureFixture(name: string): string {
  if (!AZURE_REAL_DIR) {
    throw new Error(
      `Fixture folder not found; tried ${fixtureDirCandidates().join(', ')}. Set FLOATPLAN_FIXTURES to the azure-real folder.`,
    );
  }
  return readFileSync(resolve(AZURE_REAL_DIR, name), 'utf8');
}
