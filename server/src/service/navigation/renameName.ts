import { parse, type Dialect } from '../parser';
import { READERS, type ReaderId } from '../readers/readerTable';

const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What `${…}` and `$…` can name (see parser/references.ts). */
const REFERENCE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

/**
 * Why `name` cannot be the new name of a key, in words; undefined when it can. In a dotenv file the
 * name must be read back as that key by Node's dotenv (EnvSense's parse) and by each of the file's
 * readers, and, when the key is referenced, be one that `${…}` can name; in a Python file it must be
 * a name Python assigns (ASCII, as the secrets-file reader reads them) and not a keyword.
 */
export function invalidName(name: string, dialect: Dialect, readers: readonly ReaderId[], referenced: boolean): string | undefined {
  if (name.length === 0) return 'A key cannot be empty.';
  const shown = show(name);
  if (dialect === 'python') {
    if (!PYTHON_NAME.test(name)) return `${shown} is not a Python name: use letters, digits and _, not starting with a digit.`;
    if (PYTHON_KEYWORDS.has(name)) return `${shown} is a Python keyword.`;
    return undefined;
  }
  const line = `${name}=x\n`;
  const own = parse(line, 'dotenv').assignments;
  if (own.length !== 1 || own[0]!.key !== name || own[0]!.value !== 'x') {
    return `${shown} is not a key Node's dotenv reads: a key is made of letters, digits, _, . and -.`;
  }
  for (const reader of readers) {
    const read = READERS[reader].read(line);
    if (read.refusal !== undefined || read.values.get(name)?.value !== 'x') return `${shown} is not a key ${READERS[reader].name} reads, and it reads this file.`;
  }
  if (referenced && !REFERENCE_NAME.test(name)) {
    return `${shown} cannot be written in a \${…} reference (letters, digits and _, not starting with a digit), and this key is referenced.`;
  }
  return undefined;
}

/** The name as a message can show it: quoted, control characters escaped, cut when long. */
function show(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}
