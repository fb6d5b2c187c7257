// Shared by the tests of the Floatplan-authored import samples (fixtures/SOURCES.md says what each is shaped after).
import { messageOf } from '../../diagnostics/diagnostic';
import type { LbTopology } from '../../topology/schema';
import { validate } from '../../validation/analyze';
import { importDefinition } from '../importDefinition';
import { imported } from '../imported.testing';
import type { ImportFormat, ImportOptions, ImportSuccess } from '../types';

// The first import in a worker starts the wasm parsers (seconds on a busy 2-core machine).
export const TIMEOUT = 60_000;

const formatOf = (path: string): ImportFormat => (path.endsWith('.tf') ? 'terraform' : path.endsWith('.bicep') ? 'bicep' : 'arm');

/**
 * A sample's text imported through importDefinition, as the CLI and the app do, in the format its path names. The
 * tests read the text (src/core stays free of Node modules outside tests).
 */
export const importSample = async (text: string, path: string, options: ImportOptions = {}): Promise<ImportSuccess> =>
  imported(await importDefinition(text, { format: formatOf(path), ...options }));

/** name, protocol, frontendPort, backendPort, floatingIp, probe, frontend, backendPool */
export const ruleRows = (t: LbTopology) =>
  t.rules.map((r) => [r.name, r.protocol, r.frontendPort, r.backendPort, r.floatingIp, r.probe, r.frontend, r.backendPool]);
export const pools = (t: LbTopology) => t.backendPools.map((p) => [p.name, p.members]);
export const probes = (t: LbTopology) => t.probes.map(({ placeholders: _, ...p }) => p);
/** Frontends without their placeholder marks. */
export const frontends = (t: LbTopology) => t.frontends.map(({ name, ip }) => ({ name, ip }));
export const placeheld = (x: { placeholders?: { field: string }[] }) => (x.placeholders ?? []).map((p) => p.field);
export const codes = (t: LbTopology) => validate(t).map((d) => `${d.severity} ${d.code}`);
/** Every diagnostic of the import as one text: code, path and English message. */
export const said = (r: ImportSuccess) => r.diagnostics.map((d) => `${d.code} ${d.path ?? ''}: ${messageOf(d)}`).join('\n');
/** The codes of the diagnostics at one path. */
export const codesAt = (r: ImportSuccess, path: string) => r.diagnostics.filter((d) => d.path === path).map((d) => d.code);
/** The English message of the first diagnostic at one path. */
export const messageAt = (r: ImportSuccess, path: string) => messageOf(r.diagnostics.find((d) => d.path === path)!);
