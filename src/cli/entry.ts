// The CLI process's entry (bundled into dist-cli/floatplan.mjs, run by bin/floatplan.mjs): quiet on a
// closed pipe, one line and exit 3 for a fault main cannot catch, exit code from main.
import { endQuietlyOnClosedPipe } from './closedPipe';
import { main } from './main';
import { guardProcess } from './processGuard';

guardProcess(process.argv.slice(2));
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
