import type { Frontend } from '../../../core/topology/schema';
import { parseAddress } from '../draft';
import { TextField } from '../fields/TextField';
import { usePatch } from '../useEdit';
import { NameField } from './NameField';

/** Edits a frontend IP configuration: its name and address. */
export function FrontendForm({ frontend }: { frontend: Frontend }) {
  const patch = usePatch('frontend', frontend.name);
  return (
    <>
      <NameField kind="frontend" name={frontend.name} />
      <TextField
        label="IP address"
        value={frontend.ip}
        parse={parseAddress}
        onCommit={(ip) => patch({ ip })}
        hint="IPv4 like 65.52.0.1 or IPv6 like 2001:db8::1."
        mono
      />
    </>
  );
}
