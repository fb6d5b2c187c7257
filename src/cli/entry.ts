// The CLI process's entry (bundled into dist-cli/floatplan.mjs, run by bin/floatplan.mjs): quiet on a
// closed pipe, exit code from main.
import { endQuietlyOnClosedPipe } from './closedPipe';
import { main } from './main';

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
