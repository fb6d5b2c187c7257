/** Texts of the Bicep importer (keys `import.bicep.*`), in English: what the CLI prints. */
export const importBicepEn = {
  // Bicep.
  'bicep.module':
    "The module '{symbol}' ({source}) is another file, which Floatplan does not read; values taken from its outputs are imported as placeholders. " +
    'Import that file on its own if it defines the load balancer.',
  'bicep.unsupported': 'Floatplan does not read {what}; values that depend on it are imported as placeholders.',
  'bicep.avmNotWritten':
    "{key} of the module '{symbol}' is not written out in this file ({text}), so its elements are not imported. Write the array in the module call, or import the file that defines it.",
  'bicep.avmLoop':
    "The module '{symbol}' is deployed once per item of its for loop ({count} of {source}); Floatplan imported the load balancer of the first item.",
  'bicep.items.one': '{n} item',
  'bicep.items.many': '{n} items',
  'bicep.items.each': 'each item',
  'bicep.avmNoParams': "The params of the module '{symbol}' are not written out in this file, so the load balancer has no elements.",
  'bicep.avmLocal':
    "The module '{symbol}' ({source}) is read as the Azure Verified Module for load balancers (avm/res/network/load-balancer), because its parameters have that module's shape; " +
    'its defaults are applied (e.g. disableOutboundSnat true). If that file is a different module, import it on its own.',
  'bicep.what.function': 'the function {name}()',
  'bicep.what.import': 'an import from another file',
  'bicep.what.assert': 'an assert',
  'bicep.what.test': 'a test block',
  'bicep.typeSyntax':
    "Floatplan's Bicep parser (tree-sitter-bicep) does not know the type syntax here ({detail}); a type declaration changes no value, so it is skipped.",
};
