/**
 * The paths git tracks, read from the bytes of `.git/index` without running git.
 *
 * The format (git's Documentation/gitformat-index.txt), all integers big-endian:
 * - a 12-byte header: the signature `DIRC`, the version (2, 3 or 4) and the number of entries;
 * - the entries, sorted by path: ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), the object
 *   id (20 bytes for SHA-1, 32 for SHA-256), 16 bits of flags (assume-valid, extended, stage, and the
 *   path's length capped at 0xFFF), then in version 3 and later 16 more bits when `extended` is set
 *   (skip-worktree, intent-to-add); then the path:
 *   - versions 2 and 3: the path, NUL, and 1 to 8 NULs in all so that the entry's length is a multiple of 8;
 *   - version 4: a varint N, then a NUL-terminated suffix: the path is the previous entry's path less
 *     its last N bytes, followed by the suffix; no padding;
 * - extensions, each a 4-byte signature and a 32-bit size (skipped; `link`, a split index whose entries
 *   live in another file, makes the answer unknown);
 * - a trailing checksum of the hash's length.
 * The hash length is stated only in the repository's config, which is never read: the index is parsed
 * as SHA-1 and, when its entries do not line up, as SHA-256.
 */
export interface TrackedPaths {
  /** Whether the path (from the repository root, with `/`) is in the index. */
  has(relativePath: string): boolean;
}

const HASH_SIZES = [20, 32] as const;
const STAT_BYTES = 40;
const SIGNATURE = 0x44495243; // "DIRC"
const LINK_EXTENSION = 0x6c696e6b; // "link"
const DIRECTORY_MODE = 0o040000;

/** The tracked paths, or undefined when the bytes are not an index this reader understands. */
export function parseGitIndex(bytes: Uint8Array): TrackedPaths | undefined {
  for (const hashSize of HASH_SIZES) {
    const parsed = parseWithHashSize(bytes, hashSize);
    if (parsed) return parsed;
  }
  return undefined;
}

function parseWithHashSize(bytes: Uint8Array, hashSize: number): TrackedPaths | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - hashSize;
  if (end < 12 || view.getUint32(0) !== SIGNATURE) return undefined;
  const version = view.getUint32(4);
  if (version < 2 || version > 4) return undefined;
  const count = view.getUint32(8);
  const decoder = new TextDecoder('utf-8');
  const files = new Set<string>();
  const sparseDirectories: string[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  let offset = 12;
  for (let i = 0; i < count; i++) {
    const entryStart = offset;
    const flagsAt = entryStart + STAT_BYTES + hashSize;
    if (flagsAt + 2 > end) return undefined;
    const flags = view.getUint16(flagsAt);
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) return undefined;
    const nameAt = flagsAt + 2 + (extended ? 2 : 0);
    const declaredLength = flags & 0xfff;
    const strip = version === 4 ? readVarint(bytes, nameAt, end) : { value: 0, next: nameAt };
    if (strip === undefined || strip.value > previous.length) return undefined;
    const nul = bytes.indexOf(0, strip.next);
    if (nul < 0 || nul >= end) return undefined;
    let name: Uint8Array;
    if (version === 4) {
      const suffix = bytes.subarray(strip.next, nul);
      name = new Uint8Array(previous.length - strip.value + suffix.length);
      name.set(previous.subarray(0, previous.length - strip.value));
      name.set(suffix, previous.length - strip.value);
      offset = nul + 1;
    } else {
      name = bytes.subarray(nameAt, nul);
      offset = entryStart + ((nameAt - entryStart + name.length + 8) & ~7);
      if (offset > end || bytes.subarray(nul, offset).some((b) => b !== 0)) return undefined;
    }
    if (declaredLength < 0xfff && name.length !== declaredLength) return undefined;
    previous = name;
    const path = decoder.decode(name);
    // A sparse index holds a folder outside the sparse cone as one entry, `dir/`, standing for its files.
    if ((view.getUint32(entryStart + 24) & 0o170000) === DIRECTORY_MODE && path.endsWith('/')) sparseDirectories.push(path);
    else files.add(path);
  }
  while (offset + 8 <= end) {
    if (view.getUint32(offset) === LINK_EXTENSION) return undefined;
    offset += 8 + view.getUint32(offset + 4);
  }
  if (offset !== end) return undefined;
  return { has: (relativePath) => files.has(relativePath) || sparseDirectories.some((directory) => relativePath.startsWith(directory)) };
}

/** Git's offset varint: 7 bits a byte, high bit = more, and each continuation adds one before shifting. */
function readVarint(bytes: Uint8Array, at: number, limit: number): { value: number; next: number } | undefined {
  let byte = bytes[at];
  if (byte === undefined || at >= limit) return undefined;
  let value = byte & 0x7f;
  let next = at + 1;
  while (byte & 0x80) {
    byte = bytes[next];
    if (byte === undefined || next >= limit || value > 0xffffff) return undefined;
    value = ((value + 1) << 7) | (byte & 0x7f);
    next++;
  }
  return { value, next };
}
