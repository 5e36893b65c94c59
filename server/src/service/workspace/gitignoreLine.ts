/**
 * A `.gitignore` line for the file at `relativePath` (from the repository root, with `/`): exactly
 * that file when the path has a folder; a bare name (`.env`) matches that name in every folder, as
 * people write it. Undefined when no line can be written: a line break would end the pattern and start another
 * line of the path's choosing. Git reads `\` as an escape, so it is escaped itself, as are the glob
 * characters `*?[`, a leading `#` (a comment) or `!` (a negation), and trailing spaces (dropped).
 */
export function gitignoreLineFor(relativePath: string): string | undefined {
  if (/[\r\n]/.test(relativePath) || relativePath === '') return undefined;
  let line = relativePath.replace(/[\\*?[]/g, '\\$&');
  if (line.startsWith('#') || line.startsWith('!')) line = `\\${line}`;
  return line.replace(/ +$/, (spaces) => '\\ '.repeat(spaces.length));
}
