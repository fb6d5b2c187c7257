/**
 * Texts about placeholder values (keys `placeholder.*`), in English: the validation warning, the guest OS script
 * refusal and the export's required inputs. Field paths, names, sources and values are parameters, never translated.
 */
export const placeholderEn = {
  value:
    'The {field} of {element} is a placeholder, not a real value: {reason} (source: {source}). It is {value} only so the plan opens. ' +
    'Replace it with the real value: {fix}',
  'reason.unresolved': 'the definition computes it from a value the import was not given',
  'reason.allocatedByAzure': 'Azure allocates it when it deploys',
  'reason.missing': 'the definition does not say it',
  'reason.invalid': 'the definition gives a value that is not valid',
  'fix.unresolved': 'give the parameter or variable a value and import again, or type the value in the inspector.',
  'fix.allocatedByAzure':
    'read the address Azure gave it (Azure portal, `az network lb frontend-ip list` or `az network nic ip-config list`) and type it in the inspector.',
  'fix.missing': 'type it in the inspector.',
  'fix.invalid': 'type the valid value in the inspector.',
  'element.frontend': 'the frontend "{name}"',
  'element.backendPool': 'the backend pool "{name}"',
  'element.probe': 'the probe "{name}"',
  'element.rule': 'the rule "{name}"',
  'element.natRule': 'the inbound NAT rule "{name}"',
  'element.vm': 'the VM "{name}"',
  scriptRefused:
    'No script for the VM "{vm}": it would write placeholder values into the guest as if they were real: {values} (value = element.field ← source). ' +
    'Replace them with the real values (see Diagnostics, PlaceholderValue), then the script is written.',
  exportInput:
    'The {field} of {element} is a placeholder ({value}); the export asks for it as the required input {input} instead of writing it. ' +
    'Give the real value when you deploy, or replace it in Floatplan first.',
  nodeBadge: 'placeholder',
  nodeLabel: 'has placeholder values the import could not know: {fields}',
  nodeField: '{field} ({reason})',
};
