// The scenarios, in order: each one starts where the previous one left the workbench.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DJANGO_SECRET, OLD_PASSWORD, SECRET_KEY, STAGING_PASSWORD } from './workspace.mjs';

/** Problems rows of `file` as `code line` (the file rows themselves are left out). */
async function problemCodes(workbench, file) {
  const rows = await workbench.problemRows();
  const codes = [];
  let current;
  for (const row of rows) {
    const fileRow = /^(\d+) problems? in file (\S+)/.exec(row.label);
    if (fileRow) {
      current = fileRow[2];
      continue;
    }
    // The row's text ends with the source, the code and the position: `…envsenseinvalid-value[Ln 1, Col 26]`.
    const found = /envsense([a-z-]+)\[Ln (\d+), Col \d+\]$/.exec(row.text);
    if (current === file && found) codes.push(`${found[1]} ${found[2]}`);
  }
  return codes;
}

async function waitForCodes(workbench, file, expected) {
  let last;
  await workbench.waitFor(`problems of ${file} to be ${JSON.stringify(expected)}`, async () => {
    last = await problemCodes(workbench, file);
    return JSON.stringify(last) === JSON.stringify(expected);
  }).catch((error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(last)}`);
  });
}

const ENV_PROBLEMS = ['invalid-value 1', 'invalid-value 5', 'missing-required 1', 'secret-file-not-ignored 1', 'leaked-credential 2'];

export const scenarios = [
  [
    'the .env opens as Dotenv, the status bar names its schema and a count',
    async ({ workbench }) => {
      await workbench.open('.env');
      assert.equal(await workbench.languageMode(), 'Dotenv');
      const status = await workbench.waitFor('the schema status', async () => (await workbench.statusItems()).find((text) => text.startsWith('Mentorship')));
      assert.equal(status, 'Mentorship System backend +2');
    },
  ],
  [
    'the Problems panel lists each finding with its code, and no secret value',
    async ({ workbench, images }) => {
      await waitForCodes(workbench, '.env', ENV_PROBLEMS);
      const text = (await workbench.problemRows()).map((row) => row.text).join('\n');
      assert.ok(!text.includes(SECRET_KEY), 'a secret value is shown in the Problems panel');
      await workbench.screenshot(join(images, 'e2e-problems.png'));
    },
  ],
  [
    'hover documents a key: its schema first, once, with the real source',
    async ({ workbench, images }) => {
      await workbench.focusEditor();
      await workbench.goTo(5, 3);
      const hover = await workbench.hoverAtCursor();
      assert.match(hover, /^MAIL_SERVER/);
      assert.match(hover, /SMTP server address/);
      assert.ok(!/EnvSense seed/.test(hover), hover);
      assert.equal(hover.split('Mentorship System backend').length - 1, 1, hover);
      await workbench.page.waitForTimeout(300); // the hover fades in
      await workbench.screenshot(join(images, 'e2e-hover.png'));
      await workbench.escape();
    },
  ],
  [
    'completion offers the missing key with its documentation, and accepting it writes the key',
    async ({ workbench, images }) => {
      await workbench.goTo(7, 1);
      await workbench.type('APP_MAIL_P');
      const labels = await workbench.suggest();
      assert.ok(labels.some((label) => label.startsWith('APP_MAIL_PASSWORD')), JSON.stringify(labels));
      const details = await workbench.suggestDetails();
      assert.match(details, /password/i);
      await workbench.screenshot(join(images, 'e2e-completion.png'));
      await workbench.page.keyboard.press('Enter');
      await workbench.waitFor('the accepted key on line 7', async () => /^APP_MAIL_PASSWORD=/.test((await workbench.lines())[6] ?? ''));
    },
  ],
  [
    'a value outside the enum: one fix per allowed value, closest first; applied, the error is gone',
    async ({ workbench, images }) => {
      await workbench.escape();
      await workbench.goTo(1, 27);
      const titles = await workbench.quickFixes();
      assert.deepEqual(titles.slice(0, 2), ['Write "dev"', 'Write "test"']);
      await workbench.screenshot(join(images, 'e2e-quickfix.png'));
      await workbench.escape();
      await workbench.pickQuickFix(titles[0]);
      await workbench.waitForLine(1, 'FLASK_ENVIRONMENT_CONFIG=dev');
      await waitForCodes(workbench, '.env', ['invalid-value 5', 'secret-file-not-ignored 1', 'leaked-credential 2']);
    },
  ],
  [
    "a URL where a host is expected: the fix writes the URL's host",
    async ({ workbench }) => {
      await workbench.focusEditor();
      await workbench.goTo(5, 14);
      await workbench.pickQuickFix("Write the URL's host, \"localhost\"");
      await workbench.waitForLine(5, 'MAIL_SERVER=localhost');
      await waitForCodes(workbench, '.env', ['secret-file-not-ignored 1', 'leaked-credential 2']);
    },
  ],
  [
    'Add .env to .gitignore: .gitignore is written and saved, and the warning is gone',
    async ({ workbench, workspace }) => {
      await workbench.focusEditor();
      await workbench.goTo(1, 1);
      await workbench.pickQuickFix('Add .env to .gitignore');
      await workbench.waitFor('.gitignore on disk', async () => readGitignore(workspace) === '__pycache__/\n.env\n');
      await waitForCodes(workbench, '.env', []);
    },
  ],
  [
    'secrets.py: the same warning and fix, .gitignore saved again',
    async ({ workbench, workspace }) => {
      await workbench.open('site/secrets.py');
      await waitForCodes(workbench, 'secrets.py', ['secret-file-not-ignored 1', 'leaked-credential 1']);
      const text = (await workbench.problemRows()).map((row) => row.text).join('\n');
      assert.ok(!text.includes(DJANGO_SECRET), 'a secret value is shown in the Problems panel');
      await workbench.focusEditor();
      await workbench.goTo(1, 1);
      await workbench.pickQuickFix('Add site/secrets.py to .gitignore');
      await workbench.waitFor('.gitignore on disk', async () => readGitignore(workspace) === '__pycache__/\n.env\nsite/secrets.py\n');
      await waitForCodes(workbench, 'secrets.py', []);
    },
  ],
  [
    "git's copy of a changed file (quick diff, git: scheme) is not diagnosed",
    async ({ workbench }) => {
      await workbench.open('.env.template');
      await workbench.goTo(1, 1);
      await workbench.type('X');
      await workbench.waitFor('the quick-diff decoration', async () => (await workbench.page.locator('.dirty-diff-glyph').count()) > 0);
      await workbench.page.waitForTimeout(1500);
      const files = (await workbench.problemRows()).flatMap((row) => /^\d+ problems? in file (\S+)/.exec(row.label)?.[1] ?? []);
      assert.ok(!files.some((file) => file.endsWith('.git')), JSON.stringify(files));
      await workbench.page.keyboard.press('Control+Z');
    },
  ],
  [
    'in code: hover on a read site and completion inside os.environ.get(\'…\') offer what the env files set',
    async ({ workbench, images }) => {
      await workbench.open('app/config.py');
      await workbench.goTo(3, 33);
      // The server reads the workspace code in the background: the hover comes once it has.
      const hover = await workbench.waitFor('the hover on a read site', async () => {
        const text = await workbench.hoverAtCursor().catch(() => '');
        if (!text.includes('read here')) await workbench.escape();
        return text.includes('read here') ? text : undefined;
      });
      assert.match(hover, /MAIL_SERVER — read here with os\.environ\.get/);
      assert.match(hover, /Set in \.\.\/\.env/);
      await workbench.escape();
      await workbench.goTo(5, 1);
      await workbench.type("DEBUG = os.environ.get('");
      const labels = await workbench.suggest();
      assert.ok(labels.some((label) => label.startsWith('SECURITY_PASSWORD_SALT')), JSON.stringify(labels));
      await workbench.suggestDetails();
      await workbench.screenshot(join(images, 'e2e-code.png'));
      await workbench.escape();
      await workbench.escape();
      await workbench.page.keyboard.press('Control+Z');
    },
  ],
];

function readGitignore(workspace) {
  try {
    return readFileSync(join(workspace, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
}

scenarios.push([
  'envsense.maskSecrets: secret values hidden, commented-out ones too, shown on the cursor line; the file unchanged',
  async ({ workbench, workspace, images }) => {
    const { page } = workbench;
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode/settings.json'), '{ "envsense.maskSecrets": true }\n');
    // Wait until the open .env is masked: the setting has reached the extension.
    await workbench.open('.env');
    await workbench.goTo(1, 1);
    await workbench.waitFor('the mask on .env', async () => !(await visibleText(page)).includes(SECRET_KEY));
    // Every frame from the moment .env.staging's text is in the DOM: is a secret value readable?
    await page.evaluate(recordFrames, [STAGING_PASSWORD, OLD_PASSWORD]);
    const before = readFileSync(join(workspace, '.env.staging'), 'utf8');
    await workbench.open('.env.staging');
    await workbench.waitFor('the mask on .env.staging', async () => {
      const text = await visibleText(page);
      return text.includes('MAIL_SERVER') && !text.includes(STAGING_PASSWORD) && !text.includes(OLD_PASSWORD);
    });
    await page.waitForTimeout(500);
    const frames = await page.evaluate(() => window.__envsenseFrames.stop());
    const shown = frames.filter((frame) => frame.readable);
    const painted = frames.findIndex((frame) => frame.present);
    console.log(
      `  first paint of .env.staging: ${shown.length} of ${frames.length - painted} frames showed a secret value` +
        (shown.length ? `, for ${Math.round(shown.at(-1).t - frames[painted].t)} ms after the text was first painted` : ''),
    );
    await workbench.screenshot(join(images, 'e2e-mask.png'));
    // The cursor's line shows its value; moving away hides it again.
    await workbench.goTo(2, 1);
    await workbench.waitFor('the value on the cursor line', async () => (await visibleText(page)).includes(STAGING_PASSWORD));
    assert.ok(!(await visibleText(page)).includes(OLD_PASSWORD));
    await workbench.goTo(4, 1);
    await workbench.waitFor('the mask back', async () => !(await visibleText(page)).includes(STAGING_PASSWORD));
    assert.equal(readFileSync(join(workspace, '.env.staging'), 'utf8'), before);
    assert.equal(await workbench.activeTabDirty(), false);
  },
]);

/** The active editor's text as drawn: characters hidden by a decoration (`display: none`) left out. */
async function visibleText(page) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate(drawnText);
}

function drawnText(lines) {
  const leaves = [...lines.querySelectorAll('.view-line span')].filter((span) => span.children.length === 0);
  return leaves.filter((span) => span.getClientRects().length > 0).map((span) => span.textContent).join('');
}

/** Runs in the page: a requestAnimationFrame loop noting, per frame, whether a value is in the DOM and readable. */
function recordFrames(secrets) {
  const frames = [];
  let running = true;
  const readableText = () =>
    [...document.querySelectorAll('.editor-group-container.active .view-line span')]
      .filter((span) => span.children.length === 0 && span.getClientRects().length > 0)
      .map((span) => span.textContent)
      .join('');
  const allText = () => document.querySelector('.editor-group-container.active .view-lines')?.textContent ?? '';
  const tick = () => {
    if (!running) return;
    const present = secrets.some((secret) => allText().includes(secret));
    if (present || frames.length > 0) frames.push({ t: performance.now(), present, readable: present && secrets.some((secret) => readableText().includes(secret)) });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__envsenseFrames = { stop: () => ((running = false), frames) };
}

// Last: the rename leaves the family's files edited in the editor.
scenarios.push(
  [
    'in code: a read no env file sets is said, and its fix adds the key to the template (saved); rename from the code renames the env files too',
    async ({ workbench, workspace }) => {
      await workbench.open('app/config.py');
      await workbench.goTo(5, 1);
      await workbench.type("TOKEN = os.environ['API_TOKEN']\n");
      await waitForCodes(workbench, 'config.py', ['read-but-not-set 5']);
      await workbench.focusEditor();
      await workbench.goTo(5, 22);
      await workbench.pickQuickFix('Add API_TOKEN to .env.template');
      await workbench.waitFor('API_TOKEN in .env.template on disk', async () => readFileSync(join(workspace, '.env.template'), 'utf8').includes('\nAPI_TOKEN=\n'));
      await waitForCodes(workbench, 'config.py', []);
      // F2 on MAIL_SERVER where the code reads it: the new name everywhere.
      await workbench.focusEditor();
      await workbench.goTo(3, 33);
      await workbench.page.keyboard.press('F2');
      const box = workbench.page.locator('.rename-box input');
      await box.waitFor();
      await box.fill('SMTP_SERVER');
      await workbench.page.keyboard.press('Enter');
      await workbench.waitForLine(3, "MAIL_SERVER = os.environ.get('SMTP_SERVER', 'localhost')");
      await workbench.open('.env');
      await workbench.waitForLine(5, 'SMTP_SERVER=localhost');
    },
  ]
);
