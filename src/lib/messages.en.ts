/** The English texts of this catalog; the other languages mirror its keys (see messages.ts). */
export const en = {
  failedTitle: '{area} stopped working',
  failedBody:
    'Something went wrong while showing this part of Floatplan, so it is hidden. The rest of the app still works and your topology is kept.',
  failedError: 'Details: {message}',
  tryAgain: 'Try again',
  copyReport: 'Copy error report',
  copied: 'Copied. Paste it into a bug report.',
  copyFailed: 'Could not copy: select the report text below and copy it.',
  reportDetails: 'Show the error report',
  reportLabel: 'Error report',
  includeTopology: 'Include the whole topology (names and addresses) in the report',
  reportNote: 'The report has the error, the app version and the shape of your topology (counts, no names or addresses).',
};
