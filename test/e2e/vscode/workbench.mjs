// What a user does and sees in VS Code's workbench, through the DOM of VS Code 1.100 (code-server)
// in headless Chromium. Everything goes through the keyboard, as a user would: the quick-fix menu's
// pointer block swallows synthetic clicks.
const MOD = 'Control';

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  async waitFor(description, probe, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await probe();
      if (last) return last;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
      await this.page.waitForTimeout(150);
    }
  }

  /** Opens a workspace file by Quick Open (picking the row of exactly that file) and waits for its tab. */
  async open(relativePath) {
    await this.page.keyboard.press(`${MOD}+P`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    const name = relativePath.split('/').pop();
    const folder = relativePath.includes('/') ? relativePath.slice(0, relativePath.lastIndexOf('/')) : '';
    const index = await this.waitFor(`${relativePath} in Quick Open`, async () => {
      const rows = await this.page.locator('.quick-input-widget .monaco-list-row').evaluateAll((all) =>
        all.map((row) => ({ name: row.querySelector('.label-name')?.textContent ?? '', folder: row.querySelector('.label-description')?.textContent ?? '' })),
      );
      const found = rows.findIndex((row) => row.name === name && (folder === '' ? row.folder === '' : row.folder.endsWith(folder)));
      return found >= 0 ? found + 1 : undefined;
    });
    for (let moves = 1; moves < index; moves++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await this.waitFor(`the tab of ${relativePath}`, async () => (await this.activeTab()) === name);
    await this.page.locator('.monaco-editor .view-lines').first().waitFor();
  }

  /** Waits until line `number` (1-based) of the active editor reads `text`. */
  async waitForLine(number, text) {
    let last;
    await this.waitFor(`line ${number} to read ${text}`, async () => (last = (await this.lines())[number - 1]) === text).catch((error) => {
      throw new Error(`${error.message}; it reads ${JSON.stringify(last)}`);
    });
  }

  async activeTab() {
    const tab = this.page.locator('.tab.active .label-name').first();
    return (await tab.count()) ? (await tab.innerText()).trim() : undefined;
  }

  /** The active editor's lines, in line order (the DOM keeps them in render order). */
  async lines() {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate((lines) =>
      [...lines.querySelectorAll('.view-line')]
        .map((line) => ({ top: parseFloat(line.style.top), text: line.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
  }

  /** Puts the cursor on line:column (1-based) with Go to Line. */
  async goTo(line, column = 1) {
    await this.page.keyboard.press(`${MOD}+G`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' }).catch(() => undefined);
    await this.waitFor(`the cursor at ${line}:${column}`, async () => (await this.page.locator('#status\\.editor\\.selection').innerText().catch(() => '')).includes(`Ln ${line}, Col ${column}`), 5_000).catch(() => undefined);
  }

  async statusItems() {
    return (await this.page.locator('.statusbar-item').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  }

  async languageMode() {
    return (await this.page.locator('#status\\.editor\\.mode').innerText()).trim();
  }

  /** The status bar's error / warning / info counts. */
  async problemCounts() {
    const text = await this.page.locator('#status\\.problems').innerText();
    const [errors, warnings, infos] = text.trim().split(/\s+/).map(Number);
    return { errors, warnings, infos: infos ?? 0 };
  }

  /** Triggers suggestions and returns the labels shown. */
  async suggest() {
    await this.page.keyboard.press(`${MOD}+Space`);
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor();
    return rows.evaluateAll((all) => all.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  /** The documentation of the focused suggestion, opening the details pane if it is closed. */
  async suggestDetails() {
    const details = this.page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await this.page.keyboard.press(`${MOD}+Space`);
    return this.waitFor('the suggestion details', async () => ((await details.isVisible()) ? (await details.innerText()).trim() : ''));
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text. */
  async hoverAtCursor() {
    await this.page.keyboard.press(`${MOD}+K`);
    await this.page.keyboard.press(`${MOD}+I`);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor();
    return this.waitFor('hover text', async () => (await this.page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim());
  }

  /** Opens the Problems panel (if it is not open) and returns its rows: accessible label and text. */
  async problemRows() {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press(`${MOD}+Shift+M`);
      await this.page.locator('.markers-panel').waitFor();
    }
    return this.page
      .locator('.markers-panel .monaco-list-row')
      .evaluateAll((rows) => rows.map((row) => ({ label: row.getAttribute('aria-label') ?? '', text: row.textContent ?? '' })));
  }

  /** Gives the keyboard back to the active editor. */
  async focusEditor() {
    await this.page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  /**
   * Opens the quick-fix menu at the cursor and returns its items' titles. The code actions are asked
   * again when the menu does not come (the request can race the diagnostics of an edit just made).
   */
  async quickFixes() {
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(`${MOD}+.`);
      try {
        await items.first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
        await this.escape();
        await this.focusEditor();
      }
    }
    return items.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
  }

  /** Picks the quick fix titled `title` from the open menu with the keyboard. */
  async pickQuickFix(title) {
    const titles = await this.quickFixes();
    const index = titles.indexOf(title);
    if (index < 0) throw new Error(`no quick fix "${title}" among ${JSON.stringify(titles)}`);
    const focused = async () => (await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label')) ?? '';
    for (let moves = 0; (await focused()) !== title; moves++) {
      if (moves > titles.length + 2) throw new Error(`could not focus "${title}"`);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' }).catch(() => undefined);
  }

  /** Whether the active tab has unsaved changes. */
  async activeTabDirty() {
    return (await this.page.locator('.tab.active.dirty').count()) > 0;
  }

  async escape() {
    await this.page.keyboard.press('Escape');
  }

  async screenshot(path) {
    await this.page.screenshot({ path });
  }
}
