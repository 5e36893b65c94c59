// A real VS Code for the e2e run: code-server 4.100.3 (VS Code 1.100.3, the newest that runs on
// Node 20), installed into the clone's .e2e/ folder on first use, with everything it writes kept
// there too: npm's cache, ripgrep's download cache, its settings, extensions and data.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Installs code-server under `e2eDir` unless it is there; returns its launcher. */
export function installCodeServer(e2eDir) {
  const prefix = join(e2eDir, `code-server-${CODE_SERVER_VERSION}`);
  const bin = join(prefix, 'node_modules/.bin/code-server');
  if (existsSync(bin)) return bin;
  // @vscode/ripgrep downloads rg from GitHub, which these machines cannot reach: its cache is seeded
  // with Debian's rg, packed the way the download would be.
  const tmp = join(e2eDir, 'tmp');
  const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  const stage = mkdtempSync(join(tmp, 'rg-'));
  copyFileSync('/usr/bin/rg', join(stage, 'rg'));
  run('tar', ['-C', stage, '-czf', join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), 'rg']);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  console.log(`vscode e2e: installing code-server ${CODE_SERVER_VERSION} into ${prefix} (about a minute)`);
  run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: prefix,
    env: { ...process.env, TMPDIR: tmp, npm_config_cache: join(e2eDir, 'npm-cache'), npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  return bin;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1 with a throwaway profile under `home` and the .vsix installed.
 * Returns its address and a stop() that ends the whole process group (the extension host too).
 */
export async function startCodeServer({ bin, home, vsix, userSettings }) {
  const dirs = { userData: join(home, 'user-data'), extensions: join(home, 'extensions'), config: join(home, 'config'), data: join(home, 'data') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, HOME: home };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  run(bin, [...common, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const child = spawn(
    bin,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s:\n${log}`);
    await new Promise((wake) => setTimeout(wake, 250));
  }
  return {
    url,
    log: () => log,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
