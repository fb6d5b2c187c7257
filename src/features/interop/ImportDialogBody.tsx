import { useDeferredValue, useEffect, useId, useMemo, useReducer, useRef } from 'react';
import { declaredParameters } from '../../core/import/declaredParameters';
import { detectFormat } from '../../core/import/detect';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { errorOf } from '../../core/import/text';
import { useLanguage, useT } from '../../i18n/useT';
import { FindingsTable } from './FindingsTable';
import { ImportForm } from './ImportForm';
import { ImportSummaryView } from './ImportSummaryView';
import { asOneDefinition, readAll } from './configuration';
import { closeImportDialog, type SeedFile } from './importDialogStore';
import { ImportProgress } from './ImportProgress';
import { useImportWorker } from './useImportWorker';
import { messages as launchMessages } from './launch/messages';
import { messages } from './messages';
import { Dialog } from '../../lib/ui/Dialog';
import { openImported } from './openImported';
import { paramErrorText } from './paramErrorText';
import { importFlow, initialImportFlow, planImport, type FileStatus, type ImportFlowFailure } from './importFlow';
import { summarize } from './summary';
import './interop.css';
import { Button } from '../../lib/ui/Button';
import { Callout } from '../../lib/ui/Callout';

/** The dialog itself: the form, the running import, the summary. Its own chunk, loaded on first opening. */
export function ImportDialogBody({ seed }: { seed: SeedFile | undefined }) {
  const t = useT(messages);
  // The frame's words (title, Cancel, a file that could not be read) are shared with the dialog's shell.
  const tl = useT(launchMessages);
  const language = useLanguage();
  const errorId = useId();
  // The whole flow (form, phase, which async result may still land) is the pure reducer in importFlow.ts.
  const [state, dispatch] = useReducer(importFlow, seed, initialImportFlow);
  const { phase } = state;
  const importer = useImportWorker();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detected = useMemo(() => detectFormat(state.text), [state.text]);
  // Deferred: reading the declarations of a large template should not slow typing in the text box.
  const declaredText = useDeferredValue(state.text);
  const effective = state.format === 'auto' ? detected : state.format;
  const parameters = useMemo(() => declaredParameters(declaredText, effective), [declaredText, effective]);

  // The button that had the focus disappears when the phase changes: move it where the user reads next.
  useEffect(() => {
    if (phase.kind === 'done') headingRef.current?.focus();
    if (phase.kind === 'failed') textRef.current?.focus();
  }, [phase.kind]);

  const chooseFiles = (files: File[]) => {
    const request = Symbol('read');
    dispatch({ type: 'readStart', request });
    readAll(files).then(
      (texts) => dispatch({ type: 'readDone', request, one: asOneDefinition(texts) }),
      (e: unknown) => dispatch({ type: 'readFailed', request, file: files.map((f) => f.name).join(', '), reason: (e as Error).message }),
    );
  };

  const chooseParametersFile = (file: File | undefined) => {
    if (!file) return dispatch({ type: 'parametersCleared' });
    const request = Symbol('parameters');
    dispatch({ type: 'parametersStart', request });
    file.text().then(
      (content) => dispatch({ type: 'parametersDone', request, file: { name: file.name, text: content } }),
      (e: unknown) => dispatch({ type: 'parametersFailed', request, file: file.name, reason: (e as Error).message }),
    );
  };

  // `null`: every load balancer of the file (the default), even after one was picked.
  const run = async (picked: string | null | undefined = state.loadBalancer) => {
    const lb = picked ?? undefined;
    const plan = planImport(state, lb);
    if (plan.kind === 'refuse') return dispatch(plan.action);
    const request = Symbol('import');
    dispatch({ type: 'parseStart', request, startedAt: Date.now(), loadBalancer: lb });
    // In a worker: the page stays responsive, and Stop (or closing the dialog) ends the import at once.
    dispatch({ type: 'parseEnd', request, end: await importer.run(plan.text, plan.options) });
  };

  const stop = () => {
    dispatch({ type: 'cancel' });
    importer.stop();
  };

  const confirm = () => {
    if (phase.kind !== 'done') return;
    openImported(phase.outcome.topology);
    closeImportDialog();
  };

  const fileStatusText = (status: FileStatus): string => {
    if (status.kind === 'loaded') return t('loadedFile', { file: status.file });
    if (status.kind === 'several') return t('severalFiles');
    if (status.kind === 'readFailed') return tl('readFailed', { file: status.file, reason: status.reason });
    return '';
  };
  const failureText = (failure: ImportFlowFailure): string => {
    if (failure.kind === 'empty') return t('emptyInput');
    if (failure.kind === 'crashed') return t('crashed', { reason: failure.reason });
    return errorOf(failure.outcome, language);
  };
  // The error often repeats as a diagnostic; list only what it does not already say.
  const failureDiagnostics = (failure: ImportFlowFailure) =>
    failure.kind === 'refused' ? failure.outcome.diagnostics.filter((d) => messageOf(d) !== errorOf(failure.outcome)) : [];

  const running = phase.kind === 'parsing';
  return (
    <Dialog
      wide
      busy={running}
      title={tl('dialogTitle')}
      onCancel={closeImportDialog}
      actions={
        phase.kind === 'done' ? (
          <>
            <Button onClick={() => dispatch({ type: 'back' })}>{t('back')}</Button>
            <Button onClick={closeImportDialog}>{tl('cancel')}</Button>
            <Button variant="primary" onClick={confirm}>
              {t('openOnCanvas')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={closeImportDialog}>{tl('cancel')}</Button>
            <Button variant="primary" disabled={running} onClick={() => void run()}>
              {t('importAction')}
            </Button>
          </>
        )
      }
    >
      {phase.kind === 'done' ? (
        <ImportSummaryView
          outcome={phase.outcome}
          planner={phase.planner}
          headingRef={headingRef}
          onPickLoadBalancer={(name) => void run(name === '' ? null : name)}
        />
      ) : (
        <>
          <ImportForm
            text={state.text}
            format={state.format}
            detected={detected}
            paramsText={state.paramsText}
            parameters={parameters}
            paramValues={state.paramValues}
            onParam={(name, value) => dispatch({ type: 'editParam', name, value })}
            paramErrors={state.paramErrors.map((e) => paramErrorText(t, e))}
            fileStatus={fileStatusText(state.fileStatus)}
            disabled={running}
            errorId={phase.kind === 'failed' ? errorId : undefined}
            textRef={textRef}
            onText={(text) => dispatch({ type: 'editText', text })}
            onFormat={(format) => dispatch({ type: 'editFormat', format })}
            onParams={(paramsText) => dispatch({ type: 'editParams', paramsText })}
            onFiles={chooseFiles}
            parametersFile={state.parametersFile?.name}
            onParametersFile={chooseParametersFile}
          />
          {phase.kind === 'parsing' ? (
            <ImportProgress startedAt={phase.startedAt} work={importer.work} onStop={stop} />
          ) : (
            <p className="interop-progress" role="status">
              {phase.kind === 'cancelled' ? t('importStopped') : ''}
            </p>
          )}
          {phase.kind === 'failed' && (
            <Callout as="div" tone="error" id={errorId} className="interop-failure" role="alert">
              <p>
                <strong>{t('failedTitle')}:</strong> {failureText(phase.failure)}
              </p>
              {failureDiagnostics(phase.failure).length > 0 && (
                <FindingsTable
                  groups={summarize({ counts: ZERO, diagnostics: failureDiagnostics(phase.failure) }).groups}
                  caption={t('findingsLabel')}
                />
              )}
            </Callout>
          )}
        </>
      )}
    </Dialog>
  );
}

const ZERO = { frontends: 0, backendPools: 0, probes: 0, rules: 0, vms: 0 };
