/** The lesson's English texts on the first screen (button, loading line, start refusal); the panel's: ../messages.en.ts. */
export const en = {
  button: 'Lesson',
  buttonTitle: 'A guided floating IP lesson on the canvas, with a quiz',
  keepFailed:
    'The lesson did not start: it replaces the canvas, and your topology “{name}” could not be kept in this browser first ({reason}), so a reload during the lesson would lose it. Download it, then choose Start anyway.',
  storageFull: 'the browser’s storage for this site is full',
  startAnyway: 'Start anyway',
  loading: 'Loading the lesson…',
};
