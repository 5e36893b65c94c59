/**
 * Character classes of dotenv's line regex, as JavaScript defines them: `\s` (whitespace, which
 * includes line breaks and the BOM), the line terminators that `^`/`$` see in multiline mode, and the
 * key characters `[\w.-]`.
 */

export const enum Ch {
  LineFeed = 10,
  CarriageReturn = 13,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  SingleQuote = 39,
  Minus = 45,
  Dot = 46,
  Colon = 58,
  Equals = 61,
  Backslash = 92,
  Underscore = 95,
  Backtick = 96,
}

/** JavaScript's `\s`. */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The characters after which `^` and before which `$` match in a multiline JavaScript regex. */
export function isRegexLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

const KEY_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) KEY_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) KEY_CHAR[c] = 1;
for (let c = 97; c <= 122; c++) KEY_CHAR[c] = 1;
KEY_CHAR[Ch.Underscore] = 1;
KEY_CHAR[Ch.Dot] = 1;
KEY_CHAR[Ch.Minus] = 1;

/** `[\w.-]`: the characters dotenv accepts in a key. */
export function isKeyChar(c: number): boolean {
  return c < 128 && KEY_CHAR[c] === 1;
}

export function isQuote(c: number): boolean {
  return c === Ch.SingleQuote || c === Ch.DoubleQuote || c === Ch.Backtick;
}
