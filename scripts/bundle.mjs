// Bundles the extension client, the language server and the CLI into one file each (dist/).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

// mainFields: jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
const common = { mainFields: ['module', 'main'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning' };
const executable = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, ...executable, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server.js' }),
  build({ ...common, ...executable, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
chmodSync('dist/server.js', 0o755);
chmodSync('dist/cli.js', 0o755);
