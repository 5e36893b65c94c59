import { isWhitespace } from '../parser/chars';

/**
 * Go's character classes and quoting as godotenv 1.5.1 uses them, for its port in `godotenv.ts`.
 * Go reads the file as UTF-8 bytes; every class here that godotenv applies rune by rune works on
 * UTF-16 code units unchanged, because none of them holds a character outside the BMP.
 */

/** Go's `unicode.IsSpace`: JavaScript's `\s` without U+FEFF, with U+0085. */
export function isGoUnicodeSpace(c: number): boolean {
  return c === 0x85 || (c !== 0xfeff && isWhitespace(c));
}

/** godotenv's own `isSpace`: whitespace on a line (`\t \v \f \r`, space, U+0085, U+00A0), not `\n`. */
export function isGodotenvSpace(c: number): boolean {
  return c === 9 || c === 11 || c === 12 || c === 13 || c === 32 || c === 0x85 || c === 0xa0;
}

/**
 * Whether godotenv lets one byte of a key through. Its key loop ranges over bytes and reads each
 * byte as the rune of the same number, so a UTF-8 byte is judged as a Latin-1 character: it passes
 * when that character is `isSpace` (0x85, 0xA0), `_`, `.`, or a Unicode letter or number.
 */
export function isGodotenvKeyByte(b: number): boolean {
  if (b < 0x80) return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 46 || isGodotenvSpace(b);
  return LATIN1_KEY_BYTES.has(b) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7);
}

/** Above 0x80 and below 0xC0: the spaces, letters (ª µ º) and numbers (² ³ ¹ ¼ ½ ¾) of Latin-1. */
const LATIN1_KEY_BYTES = new Set([0x85, 0xa0, 0xaa, 0xb5, 0xba, 0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]);

/** The UTF-8 bytes of one code point. */
export function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };

/** Go's `%q` of a string (`strconv.Quote`), as godotenv's error messages print text. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const short = SHORT_ESCAPES[cp];
    if (short !== undefined) out += short;
    else if (GO_PRINTABLE.test(char)) out += char;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + '"';
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
