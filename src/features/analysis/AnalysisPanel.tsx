import { useAnalysis } from '../../store/analysis';
import { DiagnosticsList } from './DiagnosticsList';
import { MappingTable } from './MappingTable';

/** Mapping and diagnostics of the current topology (tabs come with the analysis panel). */
export function AnalysisPanel() {
  const analysis = useAnalysis();
  return (
    <>
      <section className="panel" id="mapping" aria-labelledby="mapping-heading">
        <h2 id="mapping-heading" className="panel__title">Mapping <span className="panel__count">{analysis.rows.length}</span></h2>
        <MappingTable rows={analysis.rows} />
      </section>
      <section className="panel" id="diagnostics" aria-labelledby="diagnostics-heading">
        <h2 id="diagnostics-heading" className="panel__title">Diagnostics <span className="panel__count">{analysis.diagnostics.length}</span></h2>
        <DiagnosticsList diagnostics={analysis.diagnostics} />
      </section>
    </>
  );
}
