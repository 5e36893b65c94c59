// Bundles the extension client, the language server and the CLI into one file each (dist/).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// mainFields: jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
const common = { mainFields: ['module', 'main'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning' };
const executable = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // tree-sitter is loaded at run time from dist/tree-sitter/ (copied below), never bundled.
  build({ ...common, ...executable, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server.js', external: ['@vscode/tree-sitter-wasm'] }),
  build({ ...common, ...executable, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['@vscode/tree-sitter-wasm'] }),
]);
chmodSync('dist/server.js', 0o755);
// tree-sitter and the grammars the server parses code with, beside the bundle (loaded at run time).
const wasm = dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'));
mkdirSync('dist/tree-sitter', { recursive: true });
for (const file of ['tree-sitter.js', 'tree-sitter.wasm', 'tree-sitter-javascript.wasm', 'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm', 'tree-sitter-python.wasm']) {
  copyFileSync(join(wasm, file), join('dist/tree-sitter', file));
}
chmodSync('dist/cli.js', 0o755);
