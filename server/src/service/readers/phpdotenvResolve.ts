/**
 * phpdotenv's `Resolver::resolve`: for every `$` that its parser marked in a value (outside single
 * quotes and escapes), from the last to the first, `\A\${([a-zA-Z0-9_.]+)}` at that `$` is replaced by
 * the variable's current value when it has one, else left as it is. Working right to left makes
 * nesting work (`${A_${B}}` reads `B` first), because a match may run on into the text that an
 * earlier replacement produced.
 *
 * The library rebuilds the whole string at every `$`, which is quadratic (20,000 `${` in one value);
 * here the text from the current `$` on is a stack of chunks that remembers, for each chunk, how
 * long the run of name characters is from its start and whether a `}` ends it, so each step only
 * looks at the few characters after its `$`. The time is linear in the text plus the values put in.
 */
/** Thrown when the values put in exceed the budget: a few lines that each double the last grow past any memory. */
export class PhpGrowthLimit extends Error {}

/** How many characters of values all replacements of a file may put in, on top of ten times its length. */
export const PHP_GROWTH_BUDGET = 1_000_000;

export function resolvePhpVariables(
  chars: string,
  dollars: readonly number[],
  lookup: (name: string) => string | undefined,
  longestName: number,
  budget: { left: number },
): string {
  const tail = new Tail();
  let end = chars.length;
  for (let k = dollars.length - 1; k >= 0; k--) {
    const at = dollars[k]!;
    tail.push(chars.slice(at, end));
    end = at;
    if (tail.charAt(1) !== 0x7b) continue;
    const { run, closes } = tail.runAt(2);
    // A name longer than every known name cannot be known: the match would put itself back.
    if (run === 0 || !closes || run > longestName) continue;
    const value = lookup(tail.read(2, run));
    if (value === undefined) continue;
    budget.left -= value.length;
    if (budget.left < 0) throw new PhpGrowthLimit();
    tail.drop(run + 3);
    tail.push(value);
  }
  return chars.slice(0, end) + tail.text();
}

/** `[a-zA-Z0-9_.]` */
function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;
}

interface Chunk {
  readonly text: string;
  /** Name characters from this chunk's start on, through the chunks below when it is all name. */
  readonly run: number;
  /** Whether a `}` follows that run. */
  readonly closes: boolean;
}

/** The resolved text after the current `$`, as chunks; the last chunk is the first text. */
class Tail {
  private readonly chunks: Chunk[] = [];

  push(text: string): void {
    if (text === '') return;
    const below = this.chunks[this.chunks.length - 1];
    let run = 0;
    while (run < text.length && isNameChar(text.charCodeAt(run))) run++;
    if (run < text.length) this.chunks.push({ text, run, closes: text.charCodeAt(run) === 0x7d });
    else this.chunks.push({ text, run: run + (below?.run ?? 0), closes: below?.closes ?? false });
  }

  /** The chunk holding `offset` (index in `chunks`) and the offset inside it; offsets here are small. */
  private locate(offset: number): { index: number; inner: number } | undefined {
    let inner = offset;
    for (let index = this.chunks.length - 1; index >= 0; index--) {
      const text = this.chunks[index]!.text;
      if (inner < text.length) return { index, inner };
      inner -= text.length;
    }
    return undefined;
  }

  charAt(offset: number): number {
    const place = this.locate(offset);
    return place ? this.chunks[place.index]!.text.charCodeAt(place.inner) : -1;
  }

  runAt(offset: number): { run: number; closes: boolean } {
    const place = this.locate(offset);
    if (!place) return { run: 0, closes: false };
    const chunk = this.chunks[place.index]!;
    if (place.inner === 0) return chunk;
    let at = place.inner;
    while (at < chunk.text.length && isNameChar(chunk.text.charCodeAt(at))) at++;
    if (at < chunk.text.length) return { run: at - place.inner, closes: chunk.text.charCodeAt(at) === 0x7d };
    const below = this.chunks[place.index - 1];
    return { run: at - place.inner + (below?.run ?? 0), closes: below?.closes ?? false };
  }

  read(offset: number, length: number): string {
    const place = this.locate(offset);
    let out = '';
    let index = place?.index ?? -1;
    let inner = place?.inner ?? 0;
    while (out.length < length && index >= 0) {
      out += this.chunks[index]!.text.slice(inner, inner + length - out.length);
      index--;
      inner = 0;
    }
    return out;
  }

  drop(length: number): void {
    let left = length;
    while (left > 0) {
      const chunk = this.chunks.pop()!;
      if (chunk.text.length > left) this.push(chunk.text.slice(left));
      left -= chunk.text.length;
    }
  }

  text(): string {
    let out = '';
    for (let index = this.chunks.length - 1; index >= 0; index--) out += this.chunks[index]!.text;
    return out;
  }
}
