#!/usr/bin/env node
// The `afterview` command. The command is written in TypeScript and shares its code with
// the extension; tsx compiles it in memory as it loads (nothing is written to disk). The
// loader is registered under a namespace, so it only affects the command's own imports.
import { fileURLToPath } from 'node:url';

const say = (reason) => process.stderr.write(`afterview: ${reason}\n`);

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  say('the "tsx" package is missing; run "npm install" in the Afterview folder first');
  process.exit(2);
}

try {
  const tsconfig = fileURLToPath(new URL('../lib/app/cli/tsconfig.cli.json', import.meta.url));
  const cli = register({ namespace: 'afterview-cli', tsconfig });
  const { main } = await cli.import('../lib/app/cli/main.ts', import.meta.url);
  await main(process.argv.slice(2));
} catch (error) {
  // Only a broken installation gets here (main() reports its own errors); one line, no trace.
  say(`could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 2;
}
