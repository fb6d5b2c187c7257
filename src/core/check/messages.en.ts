/**
 * Texts of `floatplan check` (keys `check.*`), in English: its own findings, the placeholder note, the text format's
 * summary and configuration errors. Codes, file names, paths and globs are parameters, never translated.
 */
export const checkEn = {
  unreadable: '{file} cannot be read: {detail} (To leave it out of the check, list it under "ignore" in floatplan.config.json.)',
  noLoadBalancer: '{file} holds no load balancer, so there is nothing to check in it: {detail}',
  'suppression.noReason':
    'This floatplan-ignore comment for {codes} gives no reason, so it suppresses nothing. Say why after a colon: "floatplan-ignore {codes}: <reason>".',
  'suppression.unused':
    'This floatplan-ignore comment for {codes} suppressed nothing: no such finding is on this line or the next. Remove the comment (or correct the code).',
  placeholder:
    '{message} (This rests on a placeholder value of {elements}, which the import could not know; it is reported as a warning at most until the value is given with --param or --parameters.)',
  'summary.problems':
    '{count} problem(s) ({errors} error(s), {warnings} warning(s), {info} info) in {files} file(s), {lbs} load balancer(s) checked{suppressed}.',
  'summary.clean': 'no problems found in {files} file(s) ({lbs} load balancer(s)){suppressed}.',
  'summary.suppressed': ', {count} suppressed',
  'config.json': '{file}: not valid JSON: {detail}',
  'config.shape': '{file}: {path}: {detail}',
  'config.unknownKey': 'unknown key; the keys are "rules" and "ignore"',
  'config.notObject': 'must be an object',
  'config.unknownCode': 'unknown code{hint}; codes are listed in docs/diagnostics.md and docs/check.md',
  'config.didYouMean': ' (did you mean {code}?)',
  'config.badSeverity': '{value} is not a severity; use "off", "error", "warning" or "info"',
  'config.badIgnore': 'a glob must be a non-empty string, e.g. "generated/**"',
  'config.notList': 'must be a list of globs, e.g. ["generated/**"]',
};
