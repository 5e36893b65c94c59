/**
 * A `.gitignore` line that matches exactly the file at `relativePath` (from the repository root,
 * with `/`), or undefined when no line can: a line break would end the pattern and start another
 * line of the path's choosing. Git reads `\` as an escape, so it is escaped itself, as are the glob
 * characters `*?[`, a leading `#` (a comment) or `!` (a negation), and trailing spaces (dropped).
 */
export function gitignoreLineFor(relativePath: string): string | undefined {
  if (/[\r\n]/.test(relativePath) || relativePath === '') return undefined;
  let line = relativePath.replace(/[\\*?[]/g, '\\$&');
  if (line.startsWith('#') || line.startsWith('!')) line = `\\${line}`;
  return line.replace(/ +$/, (spaces) => '\\ '.repeat(spaces.length));
}
