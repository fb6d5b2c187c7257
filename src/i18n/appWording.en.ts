import type { TextKey } from '../core/i18n/text';

// The core's import texts tell a CLI user which option to give (--param, --lb, --parameters); in the app the same fix
// is a field of the Import dialog. These are the app's words for exactly those texts (appWording.test.ts keeps the
// list complete: every core text that names a command-line option has its app words here).

/** The app's English for the core texts that name command-line options. */
export const appWordingEn = {
  'import.shape.parametersFile': 'it is a parameters file; choose it under “Parameters file”, next to the template',
  'import.reason.parameterNoValue': "parameter '{name}' has no value; enter one in the parameter form",
  'import.arm.parameterNoValue':
    "Parameter '{name}' has no value: the template gives no defaultValue and none was given. Everything built from it is left as a marked placeholder; enter its value in the parameter form.",
  'import.arm.paramsFileJson':
    'The parameters file is not valid JSON ({detail}); its values were not used. Fix the file or type the values in the parameter form.',
  'import.arm.paramUnknown': "“{name}” names no parameter of this template; its value was ignored. The template's parameters are: {list}.",
  'import.arm.paramType': "The value “{text}” does not fit parameter '{name}': it is of type {type}, so the value must be {expected}.",
  'import.arm.origin.--param': ' (from the parameter form)',
  'import.arm.allowedValues':
    "Parameter '{name}' is {value}{where}, which is not one of its allowedValues: {allowed}. Azure would refuse the deployment; choose an allowed value in the parameter form.",
  'import.arm.copyCount':
    '{path} is a copy loop whose count cannot be evaluated ({why}); its copies are left out. Give the missing value in the parameter form.',
  'import.arm.hintFix': ' Enter {names} in the parameter form (or choose a parameters file) to import the real value.',
  'import.arm.secondLoadBalancer':
    '"{name}" (at {label}) is not imported: another load balancer of the file is chosen. To get every load balancer in one topology, choose "All" in the Load balancer list above.',
  'import.tf.secondLoadBalancer':
    '{other} is another load balancer; only {lb} is imported. To get every load balancer in one topology, choose "All" in the Load balancer list above.',
  'import.ref.unresolved':
    '{what} names the frontend "{frontend}" of the load balancer "{loadBalancer}", which is not among the load balancers imported; the reference is left out. Choose "All" in the Load balancer list above to import it too, or draw the reference on the canvas.',
  'import.tf.paramUnknown': '“{name}” is not a variable of this file, so its value changes nothing. Check the spelling{known}.',
  'import.tf.reason.variableNoDefault': 'the variable "{name}" has no default and no value was given; enter it in the parameter form',
  'import.tf.reason.variableUndeclared':
    'the variable "{name}" is not declared in this file and no value was given; give it as a name=value line under the parameter form, or import the file that declares it too',
} as const satisfies Partial<Record<TextKey, string>>;
