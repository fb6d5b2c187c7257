/**
 * Ends the process quietly when the reader of stdout or stderr goes away (`floatplan map big.json | head -1`):
 * Node reports that as an unhandled 'error' event with a stack, though nothing went wrong on our side.
 * The exit code stays whatever the command had set, as other Unix tools do on SIGPIPE.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
