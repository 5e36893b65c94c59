import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../server/out/cli/main';

/** A fresh temporary folder holding `files` (paths relative to it, folders made as needed). */
export function folderWith(files: Readonly<Record<string, string | Buffer>>, prefix = 'envsense-cli-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

/** The CLI run in this process, as `envsense ARGV…`: its exit code and what it wrote. */
export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
}
