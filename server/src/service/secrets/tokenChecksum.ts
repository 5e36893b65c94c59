/**
 * GitHub's token format since 2021 (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`), which npm's `npm_` tokens
 * share: a 4-character prefix, 30 random base62 characters, then the CRC32 of those 30 in base62,
 * padded to 6. A value whose last 6 characters are not that checksum was typed or altered by hand: it
 * cannot be a working token.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function base62(n: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62]! + out;
  return out.padStart(6, '0');
}

/** Whether a 40-character `xxx_` token carries the checksum of its 30 random characters. */
export function hasTokenChecksum(token: string): boolean {
  if (token.length !== 40 || !/^[A-Za-z0-9]{36}$/.test(token.slice(4))) return false;
  return base62(crc32(token.slice(4, 34))) === token.slice(34);
}
