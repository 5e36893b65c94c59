// Start → initialize: spawn to the initialize answer, beside what Node 20 itself costs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { initializedServer } from './lspClient.mjs';
import { heading, median, ms, report } from './stats.mjs';

const STARTS = 10;

// The least an LSP server on Node 20 can be: vscode-languageserver answering initialize, bundled as dist/server.js is.
const BARE_SERVER = `
const { createConnection, ProposedFeatures } = require('vscode-languageserver/node');
const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: {} }));
connection.listen();
`;

export async function startSection({ serverPath, tmp }) {
  const barePath = join(tmp, 'bare-server.js');
  await build({
    stdin: { contents: BARE_SERVER, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    outfile: barePath,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const timeStart = async (path) => {
    const { server, startMs } = await initializedServer(path, tmp);
    await server.stop();
    return startMs;
  };
  const times = { node: [], bare: [], envsense: [] };
  // Interleaved, so that a slow moment of the machine weighs on all three alike.
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.node.push(performance.now() - t0);
    times.bare.push(await timeStart(barePath));
    times.envsense.push(await timeStart(serverPath));
  }
  const [node, bare, envsense] = [times.node, times.bare, times.envsense].map(median);
  heading(`start (median of ${STARTS} starts; no text, so beside what Node 20 itself costs)`);
  report('node -e 0 (spawn → exit)', ms(node));
  report('bare vscode-languageserver → initialize', ms(bare), '(bundled, minified; the floor on Node 20)');
  report('envsense server → initialize', ms(envsense), `${(envsense / node).toFixed(2)}× node -e 0, +${ms(envsense - bare)} over the floor`, {
    text: '≤ 150 ms',
    met: envsense <= 150,
  });
}
