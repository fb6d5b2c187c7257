// The Import dialog's flow as a pure reducer: what the form holds, which phase the import is in, and which async
// result may still land. Every file read and every import carries a request token; a result whose token is no
// longer the pending one (the user cancelled, or started something newer) is dropped here, not in the component.
import { detectFormat } from '../../core/import/detect';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import type { ImportFailure, ImportFormat, ImportSuccess } from '../../core/import/types';
import type { SeedFile } from './importDialogStore';
import type { ImportEnd, ImportRequest } from './importRunner';
import { parseParamLines, type ParamLineError, type ParsedParams } from './params';

/** One file read or one import; compared by identity. */
export type RequestToken = symbol;

/** Why an import failed, in words the view renders in the current language. */
export type ImportFlowFailure = { kind: 'empty' } | { kind: 'crashed'; reason: string } | { kind: 'refused'; outcome: ImportFailure };

/** idle → reading (a file) → idle; idle → parsing → done | failed | cancelled. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'parsing'; startedAt: number }
  | { kind: 'done'; outcome: ImportSuccess; planner: Diagnostic[] }
  | { kind: 'failed'; failure: ImportFlowFailure }
  | { kind: 'cancelled' };

/** What the line under the file picker says. */
export type FileStatus =
  { kind: 'none' } | { kind: 'loaded'; file: string } | { kind: 'several' } | { kind: 'readFailed'; file: string; reason: string };

export interface ImportFlowState {
  text: string;
  format: ImportFormat | 'auto';
  paramsText: string;
  /** The parameter form's values by declared name; an empty value means "use the default". */
  paramValues: Readonly<Record<string, string>>;
  parametersFile?: SeedFile;
  paramErrors: ParamLineError[];
  /** Which load balancer of a file that has several; forgotten when what is imported changes. */
  loadBalancer?: string;
  fileStatus: FileStatus;
  phase: ImportPhase;
  /** The file read or import whose result may land; any other result is stale. */
  pending?: RequestToken;
  /** The parameters-file read whose result may land. */
  pendingParameters?: RequestToken;
}

export type ImportFlowAction =
  | { type: 'editText'; text: string }
  | { type: 'editFormat'; format: ImportFormat | 'auto' }
  | { type: 'editParams'; paramsText: string }
  | { type: 'editParam'; name: string; value: string }
  | { type: 'readStart'; request: RequestToken }
  | { type: 'readDone'; request: RequestToken; one: SeedFile | undefined }
  | { type: 'readFailed'; request: RequestToken; file: string; reason: string }
  | { type: 'parametersStart'; request: RequestToken }
  | { type: 'parametersDone'; request: RequestToken; file: SeedFile }
  | { type: 'parametersFailed'; request: RequestToken; file: string; reason: string }
  | { type: 'parametersCleared' }
  | { type: 'refuseEmpty' }
  | { type: 'refuseParams'; errors: ParamLineError[] }
  | { type: 'parseStart'; request: RequestToken; startedAt: number; loadBalancer: string | undefined }
  | { type: 'parseEnd'; request: RequestToken; end: ImportEnd }
  | { type: 'cancel' }
  | { type: 'back' };

/** The state of a fresh dialog, with the dropped or chosen file if there is one. */
export function initialImportFlow(seed?: SeedFile): ImportFlowState {
  return {
    text: seed?.text ?? '',
    format: 'auto',
    paramsText: '',
    paramValues: {},
    paramErrors: [],
    fileStatus: seed ? { kind: 'loaded', file: seed.name } : { kind: 'none' },
    phase: { kind: 'idle' },
  };
}

// Anything that changes what is imported forgets the chosen load balancer: the names it chose from may be gone.
const forget = (s: ImportFlowState): ImportFlowState => ({ ...s, loadBalancer: undefined });

/** The next state of the dialog; stale results leave the state as it is (the same object). */
export function importFlow(s: ImportFlowState, a: ImportFlowAction): ImportFlowState {
  switch (a.type) {
    case 'editText':
      return forget({ ...s, text: a.text, phase: s.phase.kind === 'failed' ? { kind: 'idle' } : s.phase });
    case 'editFormat':
      return forget({ ...s, format: a.format });
    case 'editParams':
      return forget({ ...s, paramsText: a.paramsText });
    case 'editParam':
      return forget({ ...s, paramValues: { ...s.paramValues, [a.name]: a.value } });
    case 'readStart':
      return { ...s, pending: a.request, phase: { kind: 'reading' } };
    case 'readDone':
      if (a.request !== s.pending) return s;
      if (!a.one) return { ...s, pending: undefined, phase: { kind: 'idle' }, fileStatus: { kind: 'several' } };
      return forget({
        ...s,
        pending: undefined,
        phase: { kind: 'idle' },
        text: a.one.text,
        fileStatus: { kind: 'loaded', file: a.one.name },
      });
    case 'readFailed':
      if (a.request !== s.pending) return s;
      return { ...s, pending: undefined, phase: { kind: 'idle' }, fileStatus: { kind: 'readFailed', file: a.file, reason: a.reason } };
    case 'parametersStart':
      return forget({ ...s, pendingParameters: a.request });
    case 'parametersDone':
      if (a.request !== s.pendingParameters) return s;
      return { ...s, pendingParameters: undefined, parametersFile: a.file };
    case 'parametersFailed':
      if (a.request !== s.pendingParameters) return s;
      return { ...s, pendingParameters: undefined, fileStatus: { kind: 'readFailed', file: a.file, reason: a.reason } };
    case 'parametersCleared':
      return forget({ ...s, pendingParameters: undefined, parametersFile: undefined });
    case 'refuseEmpty':
      return { ...s, phase: { kind: 'failed', failure: { kind: 'empty' } } };
    case 'refuseParams':
      return { ...s, paramErrors: a.errors };
    case 'parseStart':
      return {
        ...s,
        pending: a.request,
        paramErrors: [],
        loadBalancer: a.loadBalancer,
        phase: { kind: 'parsing', startedAt: a.startedAt },
      };
    case 'parseEnd':
      if (a.request !== s.pending) return s;
      return { ...s, pending: undefined, phase: ended(a.end) };
    case 'cancel':
      // Stopping an import says so; a file read stopped (the dialog closing) just drops it.
      if (s.phase.kind === 'parsing') return { ...s, pending: undefined, phase: { kind: 'cancelled' } };
      if (s.phase.kind === 'reading') return { ...s, pending: undefined, phase: { kind: 'idle' } };
      return s;
    case 'back':
      return { ...s, phase: { kind: 'idle' } };
  }
}

function ended(end: ImportEnd): ImportPhase {
  if (end.kind === 'cancelled') return { kind: 'cancelled' };
  if (end.kind === 'crashed') return { kind: 'failed', failure: { kind: 'crashed', reason: end.message } };
  const { outcome } = end;
  return outcome.ok ? { kind: 'done', outcome, planner: end.planner } : { kind: 'failed', failure: { kind: 'refused', outcome } };
}

/** What Import should do now: refuse (with the action saying why) or run the importer with these options. */
export function planImport(
  s: ImportFlowState,
  loadBalancer: string | undefined,
): { kind: 'refuse'; action: ImportFlowAction } | { kind: 'run'; text: string; options: ImportRequest['options'] } {
  if (s.text.trim() === '') return { kind: 'refuse', action: { type: 'refuseEmpty' } };
  const effective = s.format === 'auto' ? detectFormat(s.text) : s.format;
  const params = givenParams(s);
  if (!params.ok) return { kind: 'refuse', action: { type: 'refuseParams', errors: params.errors } };
  // A parameters file is ARM JSON; the Bicep importer reads it too, as `az deployment` does with a .bicep template.
  const parametersText = effective === 'arm' || effective === 'bicep' ? s.parametersFile?.text : undefined;
  return {
    kind: 'run',
    text: s.text,
    options: {
      format: s.format,
      params: params.params,
      ...(parametersText !== undefined ? { parametersFile: parametersText } : {}),
      ...(loadBalancer !== undefined ? { loadBalancer } : {}),
    },
  };
}

/** The form's filled-in values plus the extra name=value lines; a name given in both is refused, not silently picked. */
function givenParams(s: ImportFlowState): ParsedParams {
  const lines = parseParamLines(s.paramsText);
  if (!lines.ok) return lines;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(s.paramValues)) if (value.trim() !== '') params[name] = value.trim();
  const errors: ParamLineError[] = Object.keys(lines.params)
    .filter((name) => name in params)
    .map((name) => ({ kind: 'alsoInForm', line: lineOf(s.paramsText, name), name }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: { ...params, ...lines.params } };
}

function lineOf(text: string, name: string): number {
  return text.split(/\r\n|\r|\n/).findIndex((l) => l.includes('=') && l.slice(0, l.indexOf('=')).trim() === name) + 1;
}
