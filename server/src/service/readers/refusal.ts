import type { ReaderRefusal } from './binding';

/**
 * Why a reader refuses a file, in words that quote nothing of the file: the readers' own messages
 * quote the rest of the line or the file, which may hold a secret.
 */
export function refusalReason(refusal: ReaderRefusal): string {
  const { message } = refusal;
  if (/unterminated quoted value|unclosed|unterminated/i.test(message)) return 'a quote that is never closed';
  if (/variable name|key cannot contain|zero length string|invalid name/i.test(message)) return 'a key it cannot read';
  if (/^Invalid template/.test(message)) return 'a `${` it cannot read';
  const required = /required variable (\S+) is missing a value/.exec(message);
  if (required) return `\`${required[1]!}\` is required (\`\${${required[1]!}:?…}\`) and unset`;
  if (/grow past/.test(message)) return 'values that grow without end';
  if (/^export names a key/.test(message)) return '`export` of a key the file does not define';
  return 'a line it cannot read';
}

/** The 1-based line of an offset, counting `\r\n`, `\r` and `\n` as an editor does. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}
