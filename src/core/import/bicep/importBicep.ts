// Bicep import: parse with tree-sitter-bicep, translate to the ARM template the Bicep compiler would emit,
// and let the ARM importer evaluate and map it, so Bicep and ARM share one set of rules and placeholders.
// Its diagnostics come back with Bicep paths (`lb.properties.probes[0].properties.port (line 88)`).
import { importArm } from '../arm/importArm';
import type { ImportDiagnostic, ImportOptions, ImportOutcome } from '../types';
import { parseBicep } from './parser';
import { BicepMeaningError } from './syntax';
import { bicepToArm, type BicepTemplate } from './template';

function failure(error: string, diagnostics: ImportDiagnostic[] = []): ImportOutcome {
  return { ok: false, format: 'bicep', error, diagnostics };
}

/**
 * Imports a Bicep file (resources, or a call of the AVM load-balancer module) into a v1 topology.
 * @example const r = await importBicep(text); if (r.ok) r.topology.rules[0].floatingIp
 */
export async function importBicep(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  let parsed: Awaited<ReturnType<typeof parseBicep>>;
  try {
    parsed = await parseBicep(text);
  } catch (e) {
    return failure(`The Bicep parser could not be loaded (${(e as Error).message}). Reload the page, or convert the file with \`az bicep build\` and import the ARM JSON.`);
  }
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return failure(`This is not valid Bicep (line ${line}, column ${column}): ${message}. Fix the file there and import again.`);
  }
  let translated: BicepTemplate;
  try {
    translated = bicepToArm(parsed.tree.root);
  } catch (e) {
    if (!(e instanceof BicepMeaningError)) throw e;
    return failure(`This Bicep cannot be read (line ${e.line}, column ${e.column}): ${e.message}`);
  } finally {
    parsed.tree.dispose();
  }
  const typeNotes: ImportDiagnostic[] = parsed.skippedTypes.map((t) => ({
    severity: 'info',
    code: 'ImportIgnored',
    message: `Floatplan's Bicep parser (tree-sitter-bicep) does not know the type syntax here (${t.message}); a type declaration changes no value, so it is skipped.`,
    path: `line ${t.line}, column ${t.column}`,
  }));
  const result = await importArm(JSON.stringify(translated.template), options);
  const diagnostics = [...typeNotes, ...translated.diagnostics, ...result.diagnostics.map((d) => translated.paths.translate(d))];
  if (result.ok) return { ...result, format: 'bicep', diagnostics };
  if (result.diagnostics.some((d) => d.code === 'ImportNoLoadBalancer')) {
    const error =
      'No load balancer found: this Bicep file declares no Microsoft.Network/loadBalancers resource and calls no load-balancer module (br/public:avm/res/network/load-balancer). Import the file that declares the load balancer.';
    return failure(error, [...diagnostics.filter((d) => d.code !== 'ImportNoLoadBalancer'), { severity: 'error', code: 'ImportNoLoadBalancer', message: error }]);
  }
  return failure(translated.paths.translate({ severity: 'error', code: 'ImportInvalid', message: result.error }).message, diagnostics);
}
