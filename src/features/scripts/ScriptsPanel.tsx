import { useMemo, useRef } from 'react';
import type { ScriptDiagnostic } from '../../core/scripts/diagnostics';
import { useAnalysisState } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { useLbTopology } from '../../store/lbFocus';
import { lbView } from '../../core/topology/design';
import { lbsOfVm } from '../../core/topology/lbsOfVm';
import { VmLbsNote } from './VmLbsNote';
import { scriptOptions } from './choices';
import { ScriptActions } from './ScriptActions';
import { ScriptCode } from './ScriptCode';
import { ScriptControls } from './ScriptControls';
import { ScriptDiagnostics } from './ScriptDiagnostics';
import { OpenPortsField } from './OpenPortsField';
import { loadScriptCore } from './lazyModules';
import { useLoaded } from '../../lib/useLoaded';
import { useScriptChoices } from './useScriptChoices';
import { useShown } from '../../lib/useShown';
import { useWhileOpen } from '../../lib/useWhileOpen';
import { useUiStore } from '../../store/uiStore';
import './scripts.css';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** The Scripts tab: one VM's guest OS script (or rollback) from the core, with copy, download and download all. */
export function ScriptsPanel() {
  const t = useT(messages);
  const whole = useTopologyStore((s) => s.topology);
  const focused = useLbTopology().loadBalancer.name;
  const analysis = useAnalysisState();
  const { vm, flavor, choices, chooseVm, chooseFlavor, toggle, setOpenPorts } = useScriptChoices(whole.vms);
  // The VM's load balancers: behind several, one script holds what all of them need (core/scripts/designScripts);
  // the tab's own notes and rows read the focused one if the VM is behind it, else the first.
  const behind = useMemo(() => (vm ? lbsOfVm(whole, vm.name) : []), [whole, vm]);
  const lb = behind.includes(focused) ? focused : (behind[0] ?? focused);
  const topology = lbView(whole, lb);
  // A script from the analysis of an earlier topology could configure rules that no longer exist: wait for it.
  const current = analysis.status === 'current' ? analysis.analysis?.parts.find((p) => p.loadBalancer === lb)?.analysis : undefined;
  const [rootRef, shown] = useShown<HTMLDivElement>();
  // The generators load with the tab's first opening, not with the page.
  const core = useLoaded(loadScriptCore, shown);
  const generator = core.module;
  const codeRef = useRef<HTMLElement>(null);
  // Only while the tab is open and laid out, and once per request: hidden tabs stay mounted, edits should not
  // regenerate a script nobody sees, and reopening the tab unchanged shows the script it kept (no new plan, no
  // remount of the code and its highlighting).
  const open = useUiStore((s) => s.analysisTab === 'scripts');
  const visible = open && shown;
  const request = useMemo(
    () =>
      generator && vm && flavor && current
        ? { generator, whole, several: behind.length > 1, topology, vm, flavor, choices, analysis: current }
        : undefined,
    [generator, whole, behind, topology, vm, flavor, choices, current],
  );
  const kept = useWhileOpen(visible, visible ? request : undefined);
  const script = useMemo(() => {
    if (!kept) return undefined;
    const options = scriptOptions(kept.flavor, kept.choices);
    return kept.several
      ? kept.generator.generateDesignScript(kept.whole, kept.vm.name, options)
      : kept.generator.generateScript(kept.topology, kept.vm.name, options, kept.analysis);
  }, [kept]);

  return (
    <div ref={rootRef} className="scripts">
      {!vm || !flavor ? (
        <p className="scripts-note">{t('noVm')}</p>
      ) : (
        <>
          <ScriptControls
            vms={topology.vms}
            vm={vm}
            flavor={flavor}
            choices={choices}
            onVm={chooseVm}
            onFlavor={(f) => chooseFlavor(vm.name, f)}
            onToggle={toggle}
          />
          {whole.loadBalancers.length > 1 && <VmLbsNote vm={vm.name} behind={behind} />}
          {!generator && <p className="scripts-note">{t(core.failed ? 'loadFailed' : 'loading')}</p>}
          {generator && !current && <p className="scripts-note">{t('waitingForAnalysis')}</p>}
          {generator && script && (
            <>
              <ScriptDiagnostics diagnostics={script.diagnostics} />
              {(choices.openPorts !== '' || opensEveryPort(script.diagnostics)) && (
                <OpenPortsField value={choices.openPorts} onChange={setOpenPorts} />
              )}
              {/* Keyed by the script, so a "Copied" status never describes a script that has since changed. */}
              <ScriptActions
                key={`${script.fileName}\u0000${script.text}`}
                fileName={script.fileName}
                text={script.text}
                all={() => generator.allScripts(whole, !choices.noPersist)}
                codeRef={codeRef}
              />
              {script.text ? (
                <ScriptCode fileName={script.fileName} text={script.text} flavor={script.flavor} codeRef={codeRef} />
              ) : (
                <p className="scripts-note">{t('noScript')}</p>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}

/** True when an HA-ports rule makes the script open every port (or narrow it): the case "Open only these ports" is for. */
function opensEveryPort(diagnostics: readonly ScriptDiagnostic[]): boolean {
  return diagnostics.some((d) => d.code === 'HaPortsOpenEveryPort' && d.text.key !== 'script.HaPortsOpenEveryPort.appliance');
}
