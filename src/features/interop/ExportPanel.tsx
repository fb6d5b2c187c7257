import { useId, useMemo, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/types';
import { useShown } from '../../lib/useShown';
import { useWhileOpen } from '../../lib/useWhileOpen';
import { useT } from '../../i18n/useT';
import { useAnalysisState } from '../../store/analysis';
import { usePickedLb } from '../../store/lbPick';
import { ExportLbPicker } from './ExportLbPicker';
import { useUiStore } from '../../store/uiStore';
import { useTopologyStore } from '../../store/topologyStore';
import { DiagramExport } from './DiagramExport';
import { ExportActions } from './ExportActions';
import { ReportActions } from './ReportActions';
import { exportFileName } from './exportFile';
import { EXPORT_FORMAT_LABEL } from './formatNames';
import { loadExporter } from './lazy';
import { messages } from './messages';
import { useLoaded } from '../../lib/useLoaded';
import { CodeBlock } from '../../lib/ui/CodeBlock';
import { ExportNotes } from './ExportNotes';
import './interop.css';
import { Callout } from '../../lib/ui/Callout';

const NO_NOTES: readonly never[] = [];

/** The Export tab: the topology as Azure CLI, ARM, Bicep or Terraform, live, with the exporters' notes, Copy and Download. */
export function ExportPanel() {
  const t = useT(messages);
  const id = useId();
  // Several load balancers: all of them in one file by default (exportDesign), or the one picked here.
  const lb = usePickedLb();
  const topology = lb.view;
  const design = useTopologyStore((s) => s.topology);
  const [all, setAll] = useState(true);
  const whole = all && lb.names.length > 1;
  // The app's analysis of this very load balancer, so the export does not analyse it a second time; while a
  // large topology's analysis is still running the exporter analyses it itself.
  const analysis = useAnalysisState();
  const diagnostics =
    analysis.status === 'current'
      ? analysis.analysis?.parts.find((p) => p.loadBalancer === topology.loadBalancer.name)?.analysis.diagnostics
      : undefined;
  const [format, setFormat] = useState<ExportFormat>('azcli');
  // On by default: a Standard load balancer is closed to inbound traffic until an NSG allows it (docs/nsg.md).
  const [nsg, setNsg] = useState(true);
  const [rootRef, shown] = useShown<HTMLDivElement>();
  // The exporters load with the tab's first opening, not with the page.
  const exporter = useLoaded(loadExporter, shown);
  const codeRef = useRef<HTMLElement>(null);
  const module = exporter.module;
  // Only while the tab is open and laid out, and once per request: edits should not re-export text nobody sees, and
  // reopening the tab unchanged should not export (a large topology's text) again.
  const open = useUiStore((s) => s.analysisTab === 'export');
  const visible = open && shown;
  // All: the design alone is the input (the focused view and its diagnostics moving do not make a new request).
  const target = whole ? design : topology;
  const targetDiagnostics = whole ? undefined : diagnostics;
  const request = useMemo(
    () => (module ? { module, target, format, diagnostics: targetDiagnostics, nsg } : undefined),
    [module, target, format, targetDiagnostics, nsg],
  );
  const kept = useWhileOpen(visible, visible ? request : undefined);
  const result = useMemo(
    () =>
      kept &&
      ('loadBalancers' in kept.target
        ? kept.module.exportDesign(kept.target, kept.format, { nsg: kept.nsg })
        : kept.module.exportTopology(kept.target, kept.format, kept.diagnostics, { nsg: kept.nsg })),
    [kept],
  );
  // One load balancer of several: its file is named after it too, so two exports do not overwrite each other.
  const fileName = exportFileName(design.name, format, lb.names.length > 1 && !whole ? lb.name : undefined);
  const notes = result?.notes ?? NO_NOTES;
  const errors = notes.some((n) => n.severity === 'error');
  // An export the core refuses (no text, its reason in the notes) shows the notes alone.
  const text = result?.text || undefined;
  const code = useMemo(
    () => text !== undefined && <CodeBlock fileName={fileName} text={text} codeRef={codeRef} data={{ 'data-format': format }} />,
    [fileName, text, format],
  );

  return (
    <div ref={rootRef} className="interop-export">
      <fieldset className="interop-formats">
        <legend>{t('exportFormat')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="interop-formats__option">
            <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(EXPORT_FORMAT_LABEL[f])}
          </label>
        ))}
      </fieldset>
      {lb.names.length > 1 && <ExportLbPicker lb={lb} all={whole} setAll={setAll} />}
      <label className="interop-formats__option">
        <input type="checkbox" checked={nsg} onChange={(e) => setNsg(e.currentTarget.checked)} />
        {t('exportNsg')}
      </label>
      {!result ? (
        <p className="interop-muted">{exporter.failed ? t('exportLoadFailed') : t('exportLoading')}</p>
      ) : (
        <>
          {errors && text !== undefined && (
            <Callout tone="error" className="interop-warning">
              {t('exportHasErrors')}
            </Callout>
          )}
          <ExportNotes notes={notes} />
          {/* Keyed by the text, so a "Copied" status never describes text that has since changed. */}
          {text !== undefined && (
            <ExportActions key={`${fileName}\u0000${text}`} format={format} fileName={fileName} text={text} codeRef={codeRef} />
          )}
          {code}
        </>
      )}
      {/* All: the report and the diagrams cover the whole design too, each load balancer in its section or frame. */}
      {whole && <p className="interop-muted">{t('wholeDesign')}</p>}
      <ReportActions topology={whole ? design : topology} />
      <DiagramExport topology={whole ? design : topology} />
    </div>
  );
}
