// The files a bash flavour keeps its loopback addresses in, written at run time from the script's LOOPBACK table
// (bashTables.ts) instead of spelled out address by address: a VM behind 250 floating rules held each address in
// three files of one ubuntu script. Each loop prints exactly the content of its ScriptFile (netplanFile,
// ifupdownFile, networkdFile), which the files list still shows; persistGuest.integration.test.ts compares the two.
import { posixQuote } from './quote';

/** `printf` of fixed lines, each single-quoted. */
function fixed(lines: readonly string[]): string {
  return `printf '%s\\n' ${lines.map(posixQuote).join(' ')}`;
}

/** An IPv4 row of LOOPBACK (`address/prefix`) has no colon; only IPv4 addresses take a label. */
function perAddress(plain: string, labelled?: string): string[] {
  if (!labelled) return ['for address in "${LOOPBACK[@]}"; do', `  ${plain}`, 'done'];
  return [
    'for address in "${LOOPBACK[@]}"; do',
    '  if [[ "$address" == *:* ]]; then',
    `    ${plain}`,
    '  else',
    `    ${labelled}`,
    '  fi',
    'done',
  ];
}

/** Lines printing the netplan file of `netplanFile` from LOOPBACK. */
export function netplanLoop(note: string, head: readonly string[], label?: string): string[] {
  return [
    fixed([note, ...head]),
    ...perAddress(
      `printf '        - "%s"\\n' "$address"`,
      label && `printf '        - "%s":\\n            label: "%s"\\n' "$address" ${posixQuote(label)}`,
    ),
  ];
}

/** Lines printing the ifupdown file of `ifupdownFile` from LOOPBACK: one stanza per address. */
export function ifupdownLoop(note: string): string[] {
  return [
    fixed([note]),
    'for address in "${LOOPBACK[@]}"; do',
    '  if [[ "$address" == *:* ]]; then inet=inet6; else inet=inet; fi',
    `  printf '\\niface lo %s static\\n    address %s\\n' "$inet" "$address"`,
    'done',
  ];
}

/** Lines printing the systemd-networkd file of `networkdFile` from LOOPBACK: one [Address] section per address. */
export function networkdLoop(head: readonly string[], label?: string): string[] {
  return [
    fixed(head),
    ...perAddress(
      `printf '\\n[Address]\\nAddress=%s\\n' "$address"`,
      label && `printf '\\n[Address]\\nAddress=%s\\nLabel=%s\\n' "$address" ${posixQuote(label)}`,
    ),
  ];
}
