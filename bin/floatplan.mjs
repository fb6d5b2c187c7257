#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the bin works from a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { endQuietlyOnClosedPipe } = await import('../src/cli/closedPipe.ts');
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
