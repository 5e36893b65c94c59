/**
 * Which env files a compose file names, read from its text without a YAML parser: the entries of
 * every `env_file:` key, in its three forms (`env_file: a.env`, a list of paths, a list of
 * `{ path: …, required: … }`). The project `.env` beside the compose file is read by compose too (to
 * interpolate the compose file), which the caller knows from the folder.
 */
const COMPOSE_FILE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;

export function isComposeFile(name: string): boolean {
  return COMPOSE_FILE.test(name);
}

/** A YAML scalar as written on one line: quotes removed, a trailing comment dropped. */
function scalar(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  if (quoted) return quoted[2]!;
  // A comment starts at ` #` (searched once, left to right: `/\s+#.*$/` is quadratic on long blank runs).
  const comment = trimmed.search(/\s#/);
  return comment < 0 ? trimmed : trimmed.slice(0, comment).trimEnd();
}

const indentOf = (line: string) => line.length - line.trimStart().length;

export function composeEnvFiles(text: string): string[] {
  const files: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\s*)env_file\s*:(.*)$/.exec(lines[i]!);
    if (!match) continue;
    const inline = scalar(match[2]!);
    if (inline.startsWith('[')) {
      files.push(...inline.slice(1, inline.lastIndexOf(']')).split(',').map(scalar).filter((f) => f !== ''));
      continue;
    }
    if (inline !== '') {
      files.push(inline);
      continue;
    }
    const indent = match[1]!.length;
    for (i++; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      if (indentOf(line) <= indent && !line.trimStart().startsWith('-')) break;
      const item = /^\s*-\s*(?:path\s*:\s*)?(.*)$/.exec(line) ?? /^\s*path\s*:\s*(.*)$/.exec(line);
      const path = item ? scalar(item[1]!) : '';
      if (path !== '' && !/^(?:required|format)\s*:/.test(path)) files.push(path);
    }
    i--;
  }
  return files;
}
