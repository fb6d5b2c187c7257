// The package's library entry: `import { analyze } from 'floatplan'` (built to dist-lib/ by scripts/build-lib.mjs).
// A small, documented set of the core (docs/library.md); everything else in src/ may change without notice.
// Node only, like the CLI: importing it hands the core the Node parser loaders, so Terraform and Bicep import
// with no setup.
import '../core/i18n/ja';
import { configureParsers } from '../core/import/parsers';
import { nodeParsers } from './parsers';

configureParsers(nodeParsers);

export { loadTopology, formatLoadErrors, type LoadResult, type LoadError } from '../core/topology/load';
export type { Topology, LbTopology, LoadBalancerDef, FrontendRef } from '../core/topology/schema';
export { lbView, lbViews, migrateV1 } from '../core/topology/design';
export { analyze, validate, hasErrors, type Analysis } from '../core/validation/analyze';
export { analyzeTopology, validateTopology, type TopologyAnalysis, type LbPart } from '../core/validation/analyzeTopology';
export type { MappingRow } from '../core/mapping/mapping';
export type { NatMappingRow } from '../core/mapping/natMapping';
export {
  messageOf,
  serializeDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type ElementRef,
  type ElementKind,
  type Severity,
} from '../core/diagnostics/diagnostic';
export { importDefinition } from '../core/import/importDefinition';
export { errorOf } from '../core/import/text';
export type { ImportOptions, ImportOutcome, ImportSuccess, ImportFailure, ImportDiagnostic, ImportFormat } from '../core/import/types';
export { generateScript, generateAll, type AllOptions } from '../core/scripts/generate';
export { FLAVORS, type Flavor, type ScriptOptions, type ScriptResult, type ScriptFile } from '../core/scripts/types';
export { exportTopology } from '../core/export/export';
export { EXPORT_FORMATS, type ExportFormat, type ExportResult, type ExportNote } from '../core/export/types';
export type { Locale } from '../core/i18n/locale';
