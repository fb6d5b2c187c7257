import { useCallback, useMemo, useState } from 'react';
import type { Topology } from '../core/topology/schema';
import { analyze } from '../core/validation/analyze';
import { DiagnosticsList } from '../features/analysis/DiagnosticsList';
import { MappingTable } from '../features/analysis/MappingTable';
import { DEFAULT_PRESET_FILE, defaultPresetLoad } from '../features/presets/defaultPreset';
import { LoadErrors } from '../features/presets/LoadErrors';
import { PresetPicker } from '../features/presets/PresetPicker';
import { Section } from './Section';
import { TopologySummary } from './TopologySummary';

interface Shown {
  file: string;
  topology: Topology;
}

const initial: Shown | null = defaultPresetLoad.ok
  ? { file: DEFAULT_PRESET_FILE, topology: defaultPresetLoad.topology }
  : null;

/** The app shell: owns the topology on screen and wires the features together. */
export function App() {
  const [shown, setShown] = useState<Shown | null>(initial);
  const analysis = useMemo(() => (shown ? analyze(shown.topology) : null), [shown]);
  const onLoaded = useCallback((file: string, topology: Topology) => setShown({ file, topology }), []);

  return (
    <>
      <header className="app-header">
        <div className="app-header__inner">
          <h1 className="app-title">Floatplan</h1>
          <p className="app-tagline">Azure Load Balancer floating IP planner</p>
        </div>
      </header>
      <main className="app-main">
        <Section id="topology" title="Topology">
          <PresetPicker current={shown?.file ?? DEFAULT_PRESET_FILE} onLoaded={onLoaded} />
          {shown ? <TopologySummary topology={shown.topology} /> : null}
          {defaultPresetLoad.ok || shown ? null : (
            <LoadErrors title={`The built-in topology ${DEFAULT_PRESET_FILE} does not load.`} errors={defaultPresetLoad.errors} />
          )}
        </Section>
        {analysis ? (
          <>
            <Section id="mapping" title="Mapping" count={analysis.rows.length} unit="rows">
              <MappingTable rows={analysis.rows} />
            </Section>
            <Section id="diagnostics" title="Diagnostics" count={analysis.diagnostics.length} unit="findings">
              <DiagnosticsList diagnostics={analysis.diagnostics} />
            </Section>
          </>
        ) : null}
      </main>
    </>
  );
}
