import { randomBytes } from 'node:crypto';

/** Source of randomness; tests pass a fixed one. */
export type RandomBytes = (size: number) => Uint8Array;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh random secret of letters and digits (no character that needs quoting in a .env file or a
 * Python string), at least `minLength` long and 48 characters by default: about 285 bits.
 */
export function generateSecret(minLength = 0, random: RandomBytes = randomBytes): string {
  const length = Math.max(48, minLength);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length * 2)) {
      // 248 = 4 × 62: rejecting higher bytes keeps every character equally likely.
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}
