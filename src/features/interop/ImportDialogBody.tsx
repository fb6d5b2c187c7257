import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { detectFormat } from '../../core/import/detect';
import { importErrorMessage } from '../../core/import/text';
import type { Diagnostic } from '../../core/diagnostics/diagnostic';
import type { ImportDiagnostic, ImportFailure, ImportSuccess } from '../../core/import/types';
import { useLanguage, useT } from '../../i18n/useT';
import { FindingsTable } from './FindingsTable';
import { ImportForm, type FormatChoice } from './ImportForm';
import { ImportSummaryView } from './ImportSummaryView';
import { asOneDefinition, readAll } from './configuration';
import { closeImportDialog, type SeedFile } from './importDialogStore';
import { ImportProgress } from './ImportProgress';
import { useImportWorker } from './useImportWorker';
import { messages } from './messages';
import { Dialog } from '../../lib/Dialog';
import { openImported } from './openImported';
import { paramErrorText } from './paramErrorText';
import { parseParamLines } from './params';
import { summarize } from './summary';
import './interop.css';

type Phase =
  | { kind: 'edit'; stopped?: boolean }
  | { kind: 'running'; startedAt: number }
  | { kind: 'failed'; message: string; failure?: Pick<ImportFailure, 'error' | 'errorKey' | 'errorParams'>; diagnostics: ImportDiagnostic[] }
  | { kind: 'review'; outcome: ImportSuccess; planner: Diagnostic[] };

/** The dialog itself: the form, the running import, the summary. Its own chunk, loaded on first opening. */
export function ImportDialogBody({ seed }: { seed: SeedFile | undefined }) {
  const t = useT(messages);
  const language = useLanguage();
  const errorId = useId();
  const [text, setText] = useState(seed?.text ?? '');
  const [fileStatus, setFileStatus] = useState(seed ? t('loadedFile', { file: seed.name }) : '');
  const [format, setFormat] = useState<FormatChoice>('auto');
  const [paramsText, setParamsText] = useState('');
  const [parametersFile, setParametersFile] = useState<SeedFile | undefined>();
  const [paramErrors, setParamErrors] = useState<string[]>([]);
  // Which load balancer of a file that has several. Any change to what is imported (text, format, parameters)
  // forgets it: the names it chose from may no longer exist.
  const [loadBalancer, setLoadBalancer] = useState<string | undefined>();
  const forgetting = <A extends unknown[]>(set: (...args: A) => void) => (...args: A) => {
    setLoadBalancer(undefined);
    set(...args);
  };
  const [phase, setPhase] = useState<Phase>({ kind: 'edit' });
  const importer = useImportWorker();
  const alive = useRef(true);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detected = useMemo(() => detectFormat(text), [text]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // The button that had the focus disappears when the phase changes: move it where the user reads next.
  useEffect(() => {
    if (phase.kind === 'review') headingRef.current?.focus();
    if (phase.kind === 'failed') textRef.current?.focus();
  }, [phase.kind]);

  const editText = forgetting((next: string) => {
    setText(next);
    if (phase.kind === 'failed') setPhase({ kind: 'edit' });
  });

  const chooseFiles = (files: File[]) => {
    readAll(files).then(
      (texts) => {
        if (!alive.current) return;
        const one = asOneDefinition(texts);
        if (!one) {
          setFileStatus(t('severalFiles'));
          return;
        }
        editText(one.text);
        setFileStatus(t('loadedFile', { file: one.name }));
      },
      (e: unknown) => alive.current && setFileStatus(t('readFailed', { file: files.map((f) => f.name).join(', '), reason: (e as Error).message })),
    );
  };

  const chooseParametersFile = (file: File | undefined) => {
    setLoadBalancer(undefined);
    if (!file) {
      setParametersFile(undefined);
      return;
    }
    file.text().then(
      (content) => alive.current && setParametersFile({ name: file.name, text: content }),
      (e: unknown) => alive.current && setFileStatus(t('readFailed', { file: file.name, reason: (e as Error).message })),
    );
  };

  const run = async (lb = loadBalancer) => {
    if (text.trim() === '') {
      setPhase({ kind: 'failed', message: t('emptyInput'), diagnostics: [] });
      return;
    }
    const effective = format === 'auto' ? detected : format;
    const parsed = effective === 'arm' ? parseParamLines(paramsText) : ({ ok: true, params: {} } as const);
    if (!parsed.ok) {
      setParamErrors(parsed.errors.map((e) => paramErrorText(t, e)));
      return;
    }
    setParamErrors([]);
    setPhase({ kind: 'running', startedAt: Date.now() });
    // In a worker: the page stays responsive, and Stop (or closing the dialog) ends the import at once.
    const parametersText = effective === 'arm' ? parametersFile?.text : undefined;
    const end = await importer.run(text, {
      format,
      params: parsed.params,
      ...(parametersText !== undefined ? { parametersFile: parametersText } : {}),
      ...(lb !== undefined ? { loadBalancer: lb } : {}),
    });
    if (!alive.current) return;
    if (end.kind === 'cancelled') return setPhase({ kind: 'edit', stopped: true });
    if (end.kind === 'crashed') return setPhase({ kind: 'failed', message: t('crashed', { reason: end.message }), diagnostics: [] });
    const { outcome } = end;
    // The error often repeats as a diagnostic; list only what it does not already say.
    setPhase(
      outcome.ok
        ? { kind: 'review', outcome, planner: end.planner }
        : { kind: 'failed', message: outcome.error, failure: outcome, diagnostics: outcome.diagnostics.filter((d) => d.message !== outcome.error) },
    );
  };

  const confirm = () => {
    if (phase.kind !== 'review') return;
    openImported(phase.outcome.topology);
    closeImportDialog();
  };

  const running = phase.kind === 'running';
  return (
    <Dialog
      className="interop-dialog"
      busy={running}
      title={t('dialogTitle')}
      onCancel={closeImportDialog}
      actions={
        phase.kind === 'review' ? (
          <>
            <button type="button" className="app-button" onClick={() => setPhase({ kind: 'edit' })}>
              {t('back')}
            </button>
            <button type="button" className="app-button" onClick={closeImportDialog}>
              {t('cancel')}
            </button>
            <button type="button" className="app-button app-button--primary" onClick={confirm}>
              {t('openOnCanvas')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="app-button" onClick={closeImportDialog}>
              {t('cancel')}
            </button>
            <button type="button" className="app-button app-button--primary" disabled={running} onClick={() => void run()}>
              {t('importAction')}
            </button>
          </>
        )
      }
    >
      {phase.kind === 'review' ? (
        <ImportSummaryView
          outcome={phase.outcome}
          planner={phase.planner}
          headingRef={headingRef}
          onPickLoadBalancer={(name) => {
            setLoadBalancer(name);
            void run(name);
          }}
        />
      ) : (
        <>
          <ImportForm
            text={text}
            format={format}
            detected={detected}
            paramsText={paramsText}
            paramErrors={paramErrors}
            fileStatus={fileStatus}
            disabled={running}
            errorId={phase.kind === 'failed' ? errorId : undefined}
            textRef={textRef}
            onText={editText}
            onFormat={forgetting(setFormat)}
            onParams={forgetting(setParamsText)}
            onFiles={chooseFiles}
            parametersFile={parametersFile?.name}
            onParametersFile={chooseParametersFile}
          />
          {phase.kind === 'running' ? (
            <ImportProgress startedAt={phase.startedAt} work={importer.work} onStop={importer.stop} />
          ) : (
            <p className="interop-progress" role="status">
              {phase.kind === 'edit' && phase.stopped ? t('importStopped') : ''}
            </p>
          )}
          {phase.kind === 'failed' && (
            <div id={errorId} className="interop-failure" role="alert">
              <p>
                <strong>{t('failedTitle')}:</strong> {phase.failure ? importErrorMessage(phase.failure, language) : phase.message}
              </p>
              {phase.diagnostics.length > 0 && <FindingsTable findings={summarize({ counts: ZERO, diagnostics: phase.diagnostics }).findings} caption={t('findingsLabel')} />}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}

const ZERO = { frontends: 0, backendPools: 0, probes: 0, rules: 0, vms: 0 };
