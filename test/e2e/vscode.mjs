// npm run test:e2e:vscode — EnvSense as a user meets it: the packaged .vsix installed into a real
// VS Code 1.100 (code-server 4.100.3), driven from headless Chromium with playwright-core. Each step
// asserts what the user sees; the README's screenshots are taken here, so they stay true.
// Needs Debian's chromium, ripgrep, libkrb5-dev and pkg-config (.ci/run installs them) and the npm
// registry the first time (code-server is installed into .e2e/, which nothing outside the clone shares).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { installCodeServer, startCodeServer } from './vscode/codeServer.mjs';
import { scenarios } from './vscode/scenarios.mjs';
import { Workbench } from './vscode/workbench.mjs';
import { writeWorkspace } from './vscode/workspace.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const e2e = join(root, '.e2e');
const started = Date.now();
const bin = installCodeServer(e2e);

mkdirSync(join(e2e, 'runs'), { recursive: true });
const run = mkdtempSync(join(e2e, 'runs/run-'));
const vsix = join(run, 'envsense.vsix');
const packed = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-package-secrets', 'database-connection-string', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (packed.status !== 0) throw new Error('vsce package failed');

const workspace = join(run, 'workspace');
mkdirSync(workspace);
writeWorkspace(workspace);

const codeServer = await startCodeServer({
  bin,
  home: join(run, 'home'),
  vsix,
  userSettings: {
    'files.autoSave': 'off',
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'git.openRepositoryInParentFolders': 'always',
  },
});
const browser = await chromium.launchPersistentContext(join(run, 'chromium'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 720 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${codeServer.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const workbench = new Workbench(page);
  for (const [name, scenario] of scenarios) {
    const at = Date.now();
    try {
      await scenario({ workbench, workspace, images: join(root, 'images') });
      console.log(`ok ${name} (${Date.now() - at} ms)`);
    } catch (error) {
      failed = true;
      const shot = join(run, `failed-${name.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`not ok ${name}: ${error instanceof Error ? error.stack : error}\n  screenshot: ${shot}`);
      break;
    }
  }
} finally {
  await browser.close();
  codeServer.stop();
}
if (failed) {
  console.error(codeServer.log().slice(-4000));
  process.exit(1);
}
rmSync(run, { recursive: true, force: true });
console.log(`vscode e2e: every scenario passed in code-server ${Date.now() - started} ms`);
