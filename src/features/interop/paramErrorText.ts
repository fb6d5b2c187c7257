import type { messages } from './messages';
import type { ParamLineError } from './params';

type T = (key: keyof typeof messages.en, params?: Record<string, string | number>) => string;

/** One refused parameter line in the current language. */
export function paramErrorText(t: T, e: ParamLineError): string {
  switch (e.kind) {
    case 'missingEquals':
      return t('paramMissingEquals', { line: e.line, text: e.text });
    case 'emptyName':
      return t('paramEmptyName', { line: e.line });
    case 'badName':
      return t('paramBadName', { line: e.line, name: e.name });
    case 'duplicate':
      return t('paramDuplicate', { line: e.line, name: e.name, first: e.first });
    case 'alsoInForm':
      return t('paramAlsoInForm', { line: e.line, name: e.name });
  }
}
