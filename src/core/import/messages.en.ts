/**
 * Texts every importer shares (keys `import.*`: failures, JSON syntax, nouns, `reason.*` why a value could not be
 * evaluated), in English: what the CLI prints. Paths, names, expressions and values are parameters, never translated.
 */
export const importSharedEn = {
  // Words used as parameters.
  'noun.frontend': 'frontend',
  'noun.backendPool': 'backend pool',
  'noun.probe': 'probe',
  'noun.rule': 'rule',
  'noun.natRule': 'NAT rule',
  'noun.inboundNatRule': 'inbound NAT rule',
  'noun.loadBalancer': 'load balancer',
  'noun.nic': 'NIC',
  'noun.vm': 'VM',
  'noun.networkInterface': 'network interface',
  'noun.poolAddress': 'pool address',
  // Words kept as they are in every language (a Bicep translation that spans a parameter's edge).
  'word.verbatim': '{text}',
  'word.none': 'none',
  'word.noneParen': '(none)',
  'word.theValue': 'the value',
  'word.parameter': 'parameter',
  'word.variable': 'variable',
  'type.nothing': 'nothing',
  'type.array': 'an array',
  'type.unresolved': 'an unresolved value',
  'type.object': 'an object',
  'type.integer': 'an integer',
  'type.string': 'a string',
  'type.boolean': 'a boolean',
  'type.lambda': 'a lambda',

  // Import failures (the whole input could not be read).
  'error.unknownFormat':
    'This does not look like an ARM template (JSON), Terraform (HCL) or Bicep file. Pick the format explicitly if it is one of them.',
  'error.jsonEmpty': 'The file is empty: paste or choose an ARM template or `az network lb show` JSON.',
  'error.jsonNoValue': 'The file holds no JSON value: paste or choose an ARM template or `az network lb show` JSON.',
  'error.json': 'This is not valid JSON (line {line}, column {column}): {problem}. Fix the JSON there and import again.',
  'json.InvalidSymbol': 'unexpected character',
  'json.InvalidNumberFormat': 'malformed number',
  'json.PropertyNameExpected': 'expected a property name in double quotes',
  'json.ValueExpected': 'expected a value',
  'json.ColonExpected': 'expected ":"',
  'json.CommaExpected': 'expected ","',
  'json.CloseBraceExpected': 'expected "}"',
  'json.CloseBracketExpected': 'expected "]"',
  'json.EndOfFileExpected': 'unexpected text after the end of the JSON value',
  'json.UnexpectedEndOfString': 'a string is not closed',
  'json.UnexpectedEndOfComment': 'a comment is not closed',
  'json.InvalidEscapeCharacter': 'invalid escape in a string',
  'json.InvalidCharacter': 'invalid character in a string',
  'error.tfNoLoadBalancer':
    'No load balancer found: the file has no azurerm_lb resource and no azurerm_lb_rule, azurerm_lb_probe or azurerm_lb_backend_address_pool. ' +
    'Import the file (or module) that defines the load balancer.',
  'error.tfParserStart': 'The Terraform parser could not start: {detail}',
  'error.tfSyntax': 'This is not valid Terraform (HCL): {detail} Fix the file and import it again.',
  'error.tfJsonShape':
    'This Terraform JSON is not an object of blocks ({ "resource": { … } }); give a .tf.json file as Terraform writes it.',
  'error.tfLoaderRefuses': 'The import built a topology the loader refuses (a Floatplan bug; please report it): {detail}',
  'error.armLoaderRefuses': 'The imported topology does not load (an importer bug, please report it):\n{detail}',
  'error.bicepParserLoad':
    'The Bicep parser could not be loaded ({detail}). Reload the page, or convert the file with `az bicep build` and import the ARM JSON.',
  'error.bicepSyntax': 'This is not valid Bicep (line {line}, column {column}): {detail}. Fix the file there and import again.',
  'error.bicepMeaning': 'This Bicep cannot be read (line {line}, column {column}): {detail}',
  'error.tooLarge':
    'The file has {size} characters; Floatplan imports at most {max} (Azure refuses a template over 4 MB). Import the file of the load balancer alone.',
  'error.tooDeep':
    'The file nests brackets deeper than {max} levels (line {line}, column {column}); Floatplan stops reading there. No real definition nests this deep: check the file.',
  'error.budget':
    'The import stopped because {what}{where}. A load balancer definition needs far less: look there for a loop or a value that grows without bound.',
  'error.internal':
    'Floatplan could not import this file because of an internal error ({detail}). This is a bug in Floatplan: please report it with the file.',
  'budget.steps': 'the evaluation took more than {limit} steps',
  'budget.elements': 'the values it built hold more than {limit} elements',
  'budget.characters': 'the values it built hold more than {limit} characters',
  'budget.value': 'a value grew larger than {limit} characters (Azure refuses a template over 4 MB after expansion)',
  'budget.depth': 'values or expressions nest deeper than {limit} levels',
  'budget.where': ' at {where}',
  'budget.stack': 'expressions or values nest too deeply to evaluate safely',
  'error.bicepNoLoadBalancer':
    'No load balancer found: this Bicep file declares no Microsoft.Network/loadBalancers resource and calls no load-balancer module ' +
    '(br/public:avm/res/network/load-balancer). Import the file that declares the load balancer.',

  // Who holds each pool's frontend IP (holder.ts).
  'holder.appliance':
    'Backend pool "{pool}": the NICs of all its members ({vms}) have IP forwarding enabled, so they are taken as ' +
    'forwarding network virtual appliances (frontendIpHolder "appliance": no listener, packets keep their original destination).',
  'holder.forwardingSome':
    'Backend pool "{pool}": only some members\' NICs have IP forwarding enabled ({vms}), so it is unclear whether they are ' +
    'appliances; the pool keeps the default (every member holds the frontend IP). Set frontendIpHolder to "appliance" if they are.',
  'holder.cluster':
    'Backend pool "{pool}": {evidence}, so the frontend IP is taken as held by a {cluster} on its active node only ' +
    '(frontendIpHolder "{holder}"). Change it in the inspector if every member holds the address.',
  'holder.wsfc': 'Windows Server failover cluster (WSFC)',
  'holder.pacemaker': 'Pacemaker cluster',
  'holder.mixedOs':
    'Backend pool "{pool}": {evidence}, but its members run both Windows and Linux, so the cluster type is unclear; the ' +
    'pool keeps the default. Set frontendIpHolder to "cluster-windows" (WSFC) or "cluster-pacemaker".',
  'holder.haPortsNoForwarding':
    'Backend pool "{pool}" is behind the HA-ports rule "{rule}", the usual place of network virtual appliances, but no ' +
    "member's NIC has IP forwarding enabled; the pool keeps the default. If its members are appliances, enable IP " +
    'forwarding on their NICs and set frontendIpHolder to "appliance".',
  'holder.evidence.sqlImage': 'its members {vms} run a SQL Server image',
  'holder.evidence.sqlResource': 'the definition declares a SQL Server availability group or cluster ({type})',
  'holder.evidence.sqlPort':
    'rule "{rule}" balances SQL Server\'s port 1433 with its own probe port {port}, as Microsoft\'s availability group listener procedure does',
  'holder.evidence.sapProbe': 'probe port {port} is an SAP cluster probe port (620nn ASCS, 621nn ERS, 625nn HANA)',

  // The load balancer mapping (loadBalancer.ts, ids.ts).
  'noun.lbRule': 'load-balancing rule',
  'noun.outboundRule': 'outbound rule',
  'noun.inboundNatPool': 'inbound NAT pool',
  'nouns.frontend': 'frontends',
  'nouns.backendPool': 'backend pools',
  'nouns.probe': 'probes',
  'nouns.lbRule': 'load-balancing rules',
  'nouns.inboundNatRule': 'inbound NAT rules',
  'owner.rule': 'the rule "{name}"',
  'owner.natRule': 'the inbound NAT rule "{name}"',
  'owner.probe': 'the probe "{name}"',
  'owner.nic': 'NIC "{name}"',
  'field.protocol': 'protocol',
  'field.port': 'port',
  'field.interval': 'interval',
  'field.floatingIp': 'floating IP setting (enableFloatingIP)',
  'field.idleTimeout': 'idle timeout',
  'field.tcpReset': 'TCP reset setting',
  'field.loadDistribution': 'load distribution',
  'field.disableOutboundSnat': 'disableOutboundSnat setting',

  // Pool membership (membership.ts).
  'owner.ipConfig': 'IP configuration {n} of the NIC "{nic}"',
  'owner.backendAddress': 'backend address {n} of the pool "{pool}"',
  'noun.poolMember': 'pool member',
  'noun.natTarget': 'NAT rule target',

  // Reading the input (importArm.ts, floatplanMetadata.ts).
  'word.theDocument': 'the document',
  'word.theTemplate': 'the template',
  'word.templateOutputs': 'the template outputs',
  'word.jsonEmpty': 'the JSON is empty',
  'list.semicolon': '{a}; {b}',
  'shape.notObject': 'it is not a JSON object',
  'shape.parametersFile': 'it is a parameters file; give it with --parameters next to the template',
  'shape.otherResource': 'it is a {type} resource, not a load balancer',
  'shape.unknown': 'it is neither a template, a load balancer resource, a REST response nor `az network lb show` output',
  'error.armNoLoadBalancer':
    'No load balancer found: {skipped}. Import an ARM template with a Microsoft.Network/loadBalancers resource, the resource itself, or the output of `az network lb show`.',
  'error.lbNotFound': 'There is no load balancer "{name}" in this file; it has {names}. Give one of those names.',
  'meta.vmsInvalid': 'metadata.floatplanVms is not a valid list of VMs ({path}: {detail}); the VMs are left out.',
  'meta.memberUnknown': 'metadata.floatplanPoolMembers lists "{label}" in the pool "{pool}", but there is no such VM; it is left out.',
  'meta.natRuleUnknown':
    'metadata.floatplanNatRuleTargets names the inbound NAT rule "{name}", which the template does not have; its target is left out.',
  'meta.natTargetUnknown':
    'metadata.floatplanNatRuleTargets gives "{label}" as the target of the inbound NAT rule "{rule}", but there is no such VM; the rule is imported without a target.',

  // Why an ARM value could not be evaluated.
  'reason.parameterNoValue': "parameter '{name}' has no value; give one with --param {name}=value",
  'reason.passedNotValue': 'the value passed for \'{name}\' is not {"value": …} (a Key Vault reference?); only Azure can read it',
  'reason.fileEntryNotValue': 'the parameters file entry for \'{name}\' is not {"value": …}',
  'reason.fileKeyVault': "parameter '{name}' comes from Key Vault in the parameters file; only Azure can read it",
  'reason.fileEntryNoValue': 'the parameters file entry for \'{name}\' has no "value"',
  'reason.location': "the resource group's location is known only at deployment",
  'reason.dependsOnItself': "{kind} '{name}' depends on itself ({chain})",
  'reason.parameterUndeclared': "parameter '{name}' is not declared in the template (declared: {declared})",
  'reason.variableUndeclared': "variable '{name}' is not declared in the template (declared: {declared})",
  'reason.copyIndexOutside': 'copyIndex() is used outside a copy loop',
  'reason.copyIndexOutsideNamed': "copyIndex('{loop}') is used outside the copy loop '{loop}'",
  'reason.userArity.one': '{name}() takes {count} argument ({params}), got {got}',
  'reason.userArity.many': '{name}() takes {count} arguments ({params}), got {got}',
  'reason.userDepth': '{name}() calls itself more than 20 levels deep',
  'reason.userNoParameter': "function {name}() has no parameter '{p}' (it has {list})",
  'reason.userVariables': "function {name}() cannot use variables('{v}'): user-defined functions see only their parameters",
  'reason.referenceSelf': 'reference() to {path} depends on its own value',
  'reason.referenceUndeclared': 'a resource this template does not declare',
  'reason.referenceMany': "{count} resources of this template named '{target}'",
  'reason.reference': "reference('{target}') reads the deployed state of {why}; only Azure knows it",
  'reason.referenceExisting':
    "reference('{target}') reads a resource the template only refers to (existing: true); only Azure knows its state",
  'reason.nestsDeep': 'the value nests deeper than {max} levels; Floatplan stops reading there',
  'reason.copyName': 'a property copy loop needs a string name',
  'reason.copyCount': "copy loop '{name}' needs a count from 0 to 800, got {got}",
  'reason.fnError': '{fn}() could not compute a value ({detail})',
  'reason.tooLong':
    '{fn}() would make a text of {length} characters, more than the {max} a template can hold (Azure refuses a template over 4 MB)',
  'reason.syntax': 'not a valid template expression: {detail}',
  'reason.propertyOf': "cannot read property '{name}' of {type}",
  'reason.notInTemplate': "'{name}' is not set in the template, so its deployed value is known only to Azure",
  'reason.noProperty': "the object has no property '{name}' (it has {keys})",
  'reason.deployedOnly': '{what} is not in the template, so its deployed value is known only to Azure',
  'reason.arrayIndexType': 'an array is indexed with an integer, got {type}',
  'reason.indexOutside': 'index {index} is outside the array (length {length})',
  'reason.objectIndexType': 'an object is indexed with a string key, got {type}',
  'reason.noKey': "the object has no key '{key}' (it has {keys})",
  'reason.cannotIndex': 'cannot index {type}',
  'reason.ifArity': 'if() takes 3 arguments, got {got}',
  'reason.ifCondition': 'if() expects a boolean condition, got {type}',
  'reason.lambdaVariablesArity': 'lambdaVariables() takes 1 argument, got {got}',
  'reason.lambdaVariablesOutside': "lambdaVariables('{name}') is used outside a lambda with that variable",
  'reason.lambdaOutside': 'lambda() can only be an argument of map, filter, reduce, sort, toObject or mapValues',
  'reason.noUserFunction': 'the template defines no function {name}()',
  'reason.listFunction': '{name}() returns keys or secrets that only Azure knows',
  'reason.unsupportedFunction': 'Floatplan does not evaluate the function {name}()',
  'reason.lambdaExpected': "expected lambda('name', …, body) here",
  'reason.lambdaNames': 'lambda() variable names are strings',
  'reason.logicArity': '{fn}() takes at least 2 arguments, got {got}',
  'reason.logicType': '{fn}() combines booleans, got {type}',
  'reason.argType': '{fn}() expects {expected} as argument {index}, got {type}{value}',
  'reason.arity.one': '{fn}() takes {expected} argument, got {got}',
  'reason.arity.many': '{fn}() takes {expected} arguments, got {got}',
  'reason.arity.atLeast': 'at least {min}',
  'reason.arity.range': '{min} to {max}',
  // References between load balancers (format v2): a Gateway chain, a Global pool's regional frontends.
  'ref.unresolved':
    '{what} names the frontend "{frontend}" of the load balancer "{loadBalancer}", which is not among the load balancers imported; the reference is left out. Import that load balancer together with this one (without --lb), or draw the reference on the canvas.',
  'ref.unreadable':
    '{what} is not the id of a load balancer frontend ({id}); the reference is left out. Give a frontend IP configuration id (…/loadBalancers/<name>/frontendIPConfigurations/<frontend>).',
  'ref.frontendChain': 'The Gateway chain of the frontend "{name}" (gatewayLoadBalancer)',
  'ref.nicChain': 'The Gateway chain of the NIC "{nic}" (gatewayLoadBalancer)',
  'ref.globalMember': 'A backend address of the Global pool "{pool}" (loadBalancerFrontendIPConfiguration)',
};
