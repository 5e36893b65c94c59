import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What a test puts on the disk: text, a symbolic link to a target, or a named pipe (FIFO). */
export type DiskEntry = string | { readonly link: string } | { readonly fifo: true };

/**
 * A fresh folder holding `workspace/` (the workspace root) and, beside it, `outside/` (files an
 * attacker would point at). Paths in `workspace` and `outside` are relative to each folder.
 */
export function diskWorkspace(workspace: Record<string, DiskEntry>, outside: Record<string, DiskEntry> = {}): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'envsense-security-'));
  const root = join(base, 'workspace');
  const elsewhere = join(base, 'outside');
  mkdirSync(root);
  mkdirSync(elsewhere);
  for (const [folder, entries] of [[root, workspace], [elsewhere, outside]] as const) {
    for (const [name, entry] of Object.entries(entries)) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      if (typeof entry === 'string') writeFileSync(path, entry);
      else if ('link' in entry) symlinkSync(entry.link, path);
      else execFileSync('mkfifo', [path]);
    }
  }
  return { root, outside: elsewhere };
}
