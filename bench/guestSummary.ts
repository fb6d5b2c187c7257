// `npx tsx --expose-gc bench/guestSummary.ts`: what selecting a VM costs (issues 17 and 18). The inspector's guest
// summary reads only the VM's rows of the analysis already made; its baseline is planVm over every row, as the
// Scripts tab plans a VM. Paired samples, medians of wall clock and CPU time.
import { guestSummary } from '../src/core/guest/summary';
import { planVm } from '../src/core/scripts/plan';
import { analyze } from '../src/core/validation/analyze';
import { benchLbTopology } from '../src/features/canvas/benchTopology';
import { largestTopology } from './largest';
import { paired } from './measure';

for (const [name, t, runs] of [
  ['~1,000 elements (?bench=1, in one load balancer)', benchLbTopology(), 21],
  ['largest (500,000 rows)', largestTopology(), 5],
] as const) {
  const a = analyze(t);
  const vm = t.vms[Math.floor(t.vms.length / 2)]!.name;
  const r = await paired(
    () => guestSummary(t, a, vm),
    () => planVm(t, a.rows, vm, a.natRows),
    runs,
  );
  console.log(
    `${name}, ${a.rows.length} rows, VM ${vm}: guestSummary ${r.ms} ms (CPU ${r.cpuMs} ms); planVm over every row ${r.baselineMs} ms (CPU ${r.baselineCpuMs} ms); CPU ratio ${r.cpuRatio}`,
  );
}
