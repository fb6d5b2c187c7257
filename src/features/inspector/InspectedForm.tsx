import { BackendPoolForm } from './forms/BackendPoolForm';
import { FrontendForm } from './forms/FrontendForm';
import { LoadBalancerForm } from './forms/LoadBalancerForm';
import { NatRuleForm } from './forms/NatRuleForm';
import { ProbeForm } from './forms/ProbeForm';
import { RuleForm } from './forms/RuleForm';
import { VmForm } from './forms/VmForm';
import { GuestSummary } from './guest/GuestSummary';
import type { Inspected } from './selected';

/** The form for one kind of element; a VM's comes after its guest summary. */
export function InspectedForm({ inspected }: { inspected: Inspected }) {
  switch (inspected.kind) {
    case 'frontend':
      return <FrontendForm frontend={inspected.element} />;
    case 'rule':
      return <RuleForm rule={inspected.element} />;
    case 'natRule':
      return <NatRuleForm rule={inspected.element} />;
    case 'backendPool':
      return <BackendPoolForm pool={inspected.element} />;
    case 'vm':
      // The VM's answer first (what its guest must hold, listen on, answer), then its settings.
      return (
        <>
          <GuestSummary vm={inspected.element.name} />
          <VmForm vm={inspected.element} />
        </>
      );
    case 'probe':
      return <ProbeForm probe={inspected.element} />;
    case 'loadBalancer':
      return <LoadBalancerForm />;
  }
}
