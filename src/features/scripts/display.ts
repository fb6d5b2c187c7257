/**
 * The script as the page shows it: CRLF (the .cmd flavour) as LF. In highlighted markup a CR just before a
 * closing tag is parsed as a line break of its own, doubling lines; Copy and Download keep the original text.
 * @example displayText('echo a\r\necho b\r\n') // 'echo a\necho b\n'
 */
export function displayText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
