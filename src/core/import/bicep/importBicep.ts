// Bicep import: parse with tree-sitter-bicep, translate to the ARM template the Bicep compiler would emit,
// and let the ARM importer evaluate and map it, so Bicep and ARM share one set of rules and placeholders.
// Its diagnostics come back with Bicep paths (`lb.properties.probes[0].properties.port (line 88)`).
import { importArm } from '../arm/importArm';
import { importDiagnostic, importFailure, itext, type ImportText } from '../text';
import type { ImportDiagnostic, ImportOptions, ImportOutcome } from '../types';
import { uniqueDiagnostics } from '../uniqueDiagnostics';
import { parseBicep } from './parser';
import { BicepMeaningError } from './syntax';
import { bicepToArm, type BicepTemplate } from './template';

const isLbNotFound = (t: ImportText) => t.key === 'import.error.lbNotFound';

function failure(error: ImportText, diagnostics: ImportDiagnostic[] = []): ImportOutcome {
  return importFailure('bicep', error, diagnostics);
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
    return failure(itext('error.bicepParserLoad', { detail: (e as Error).message }));
  }
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return failure(itext('error.bicepSyntax', { line, column, detail: message }));
  }
  let translated: BicepTemplate;
  try {
    translated = bicepToArm(parsed.tree.root, options.budget);
  } catch (e) {
    if (!(e instanceof BicepMeaningError)) throw e;
    return failure(itext('error.bicepMeaning', { line: e.line, column: e.column, detail: e.message }));
  } finally {
    parsed.tree.dispose();
  }
  const typeNotes: ImportDiagnostic[] = parsed.skippedTypes.map((t) =>
    importDiagnostic('info', 'ImportIgnored', itext('bicep.typeSyntax', { detail: t.message }), `line ${t.line}, column ${t.column}`),
  );
  const armText = JSON.stringify(translated.template);
  let result = await importArm(armText, options);
  // `--lb` may name the resource's symbolic name (`lb`) as well as its Azure name: the ARM path is an alias of it.
  const symbolPath = options.loadBalancer === undefined ? undefined : translated.paths.resourcePath(options.loadBalancer);
  if (!result.ok && isLbNotFound(result.errorText) && symbolPath !== undefined)
    result = await importArm(armText, { ...options, loadBalancer: symbolPath });
  const diagnostics = uniqueDiagnostics([
    ...typeNotes,
    ...translated.diagnostics,
    ...result.diagnostics.map((d) => translated.paths.translate(d)),
  ]);
  if (result.ok) {
    const origins = result.origins?.map((o) => ({ ...o, line: translated.paths.lineAt(o.path) }));
    return { ...result, format: 'bicep', diagnostics, ...(origins ? { origins } : {}) };
  }
  // An unknown --lb lists the load balancers there are, as ARM and Terraform do.
  if (isLbNotFound(result.errorText)) return failure(result.errorText, diagnostics);
  if (result.diagnostics.some((d) => d.code === 'ImportNoLoadBalancer')) {
    const error = itext('error.bicepNoLoadBalancer');
    return failure(error, [
      ...diagnostics.filter((d) => d.code !== 'ImportNoLoadBalancer'),
      importDiagnostic('error', 'ImportNoLoadBalancer', error),
    ]);
  }
  return failure(translated.paths.translateText(result.errorText), diagnostics);
}
