/**
 * A test of whether a name matches a schema name pattern (split once: a registry asks it for every key), where `*` stands for any text and every other
 * character for itself. Without backtracking: the text between stars is found leftmost, one after
 * the other, which is exact for such patterns, so `A*A*A*A*B` against a 100 KB key is one pass per part
 * (a regex from the glob would backtrack polynomially there).
 */
export function globTest(pattern: string): (name: string) => boolean {
  const parts = pattern.split('*');
  const first = parts[0]!;
  if (parts.length === 1) return (name) => name === first;
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((part) => part !== '');
  return (name) => {
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    const end = name.length - last.length;
    let at = first.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}
