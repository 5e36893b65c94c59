import { goQuote } from './godotenvChars';

/**
 * Docker compose's interpolation of one `.env` value: a port of compose-go's `template/template.go`
 * (`Substitute` with `DefaultPattern`), which `dotenv/godotenv.go`'s `expandVariables` calls on
 * unquoted and double-quoted values. Its pattern is
 * `\$(?i:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|{(?:(?P<braced>[_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|(?P<invalid>)))`:
 * `$$` is `$`, `$NAME` and `${NAME}` are looked up, `${NAME<op>…}` runs greedily to the last `}` on
 * its line, and any other `${` is an error that makes compose refuse the file. `$` before anything
 * else stays as it is.
 *
 * compose-go re-scans each nested default (and finds its closing brace by counting from the start):
 * `${A:-` nested 20,000 deep is quadratic there. This port reads each character once and finds every
 * closing brace in O(log n), with an explicit stack instead of recursion.
 */

/** A value, or `undefined` for a name that is not set. */
export type Lookup = (name: string) => string | undefined;

export type TemplateResult = { readonly value: string } | { readonly error: { readonly message: string; readonly index: number } };

/** Thrown when the expanded text grows past the caller's budget (`$A$A$A…` on a large A, doubling chains). */
export class TemplateBudgetError extends Error {
  constructor(readonly index: number) {
    super('interpolation result too large');
  }
}

const LINE_FEED = 10;
const OPEN = 123;
const CLOSE = 125;

/** `[_a-z]` under `(?i)`: Go's case folding also gives U+017F (ſ, folds to s) and U+212A (Kelvin sign, folds to k). */
function isNameStart(c: number): boolean {
  return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x17f || c === 0x212a;
}
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);


/**
 * `getFirstBraceClosingIndex` for every `${` of one value. It counts braces from the `$`, and after a
 * `{` skips the next character; since the character before the `{` of `${` is `$`, the count from any
 * `${` walks the same positions as the walk from the start of the value (a walk only jumps over the
 * character after a `{`). So one walk from 0 gives each visited position's depth, and the closing
 * brace of the `${` at i is the first visited position after i+1 whose depth falls back to the depth
 * before i+1: a "first index ≥ q with value ≤ t" query on a min segment tree.
 */
class BraceDepths {
  private readonly size: number;
  private readonly tree: Int32Array;
  private readonly depthAfter: Int32Array;

  constructor(value: string) {
    const n = value.length;
    this.depthAfter = new Int32Array(n);
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.tree = new Int32Array(2 * size).fill(0x7fffffff);
    let depth = 0;
    for (let p = 0; p < n; ) {
      const c = value.charCodeAt(p);
      if (c === OPEN) depth++;
      else if (c === CLOSE) depth--;
      this.depthAfter[p] = depth;
      this.tree[size + p] = depth;
      p += c === OPEN ? 2 : 1;
    }
    for (let i = size - 1; i >= 1; i--) this.tree[i] = Math.min(this.tree[2 * i]!, this.tree[2 * i + 1]!);
  }

  /** The index of the `}` closing the `${` at `dollar`, looking before `limit`; -1 if there is none. */
  closing(dollar: number, limit: number): number {
    const target = this.depthAfter[dollar + 1]! - 1;
    return this.firstAtMost(dollar + 2, limit, target, 1, 0, this.size);
  }

  private firstAtMost(from: number, limit: number, target: number, node: number, lo: number, hi: number): number {
    if (hi <= from || lo >= limit || this.tree[node]! > target) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.firstAtMost(from, limit, target, 2 * node, lo, mid);
    return left >= 0 ? left : this.firstAtMost(from, limit, target, 2 * node + 1, mid, hi);
  }
}

/** What to do with a finished nested substitution. */
type Then = { readonly kind: 'append' } | { readonly kind: 'required'; readonly name: string; readonly at: number };

interface Frame {
  /** Where the scan of this substring goes on, and where the substring ends. */
  at: number;
  readonly end: number;
  /** Where the substring starts, for the message of an invalid template (Go's `tmplErr.Template`). */
  readonly start: number;
  out: string;
  readonly then: Then;
}

/**
 * `template.Substitute(value, lookup)`: the value, or compose's first error with the index of its `$`.
 * `budget` bounds the number of characters produced (each result character is produced once).
 */
export function substitute(value: string, lookup: Lookup, budget: number): TemplateResult {
  if (value.indexOf('$') < 0) return { value };
  const n = value.length;
  let braces: BraceDepths | undefined;
  let produced = 0;
  // Last `}` before each index, and the next line feed after it: where `(.*)}` can end.
  let lastClose: Int32Array | undefined;
  let nextLineFeed: Int32Array | undefined;
  const stack: Frame[] = [{ at: 0, end: n, start: 0, out: '', then: { kind: 'append' } }];

  const emit = (frame: Frame, text: string, index: number) => {
    produced += text.length;
    if (produced > budget) throw new TemplateBudgetError(index);
    frame.out += text;
  };
  const invalid = (frame: Frame, index: number): TemplateResult => ({
    error: { message: `Invalid template: ${goQuote(value.slice(frame.start, frame.end))}`, index },
  });

  for (;;) {
    const frame = stack[stack.length - 1]!;
    const dollar = frame.at < frame.end ? value.indexOf('$', frame.at) : -1;
    if (dollar < 0 || dollar >= frame.end) {
      emit(frame, value.slice(frame.at, frame.end), frame.at);
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return { value: frame.out };
      if (frame.then.kind === 'required') {
        const { name, at } = frame.then;
        const reason = frame.out;
        return { error: { message: reason === '' ? `required variable ${name} is missing a value` : `required variable ${name} is missing a value: ${reason}`, index: at } };
      }
      // Counted when it was produced, not again on its way up.
      parent.out += frame.out;
      continue;
    }
    emit(frame, value.slice(frame.at, dollar), frame.at);
    const next = dollar + 1 < frame.end ? value.charCodeAt(dollar + 1) : -1;
    if (next === 36) {
      emit(frame, '$', dollar);
      frame.at = dollar + 2;
      continue;
    }
    if (next !== OPEN) {
      if (next >= 0 && isNameStart(next)) {
        let stop = dollar + 2;
        while (stop < frame.end && isNameChar(value.charCodeAt(stop))) stop++;
        emit(frame, lookup(value.slice(dollar + 1, stop)) ?? '', dollar);
        frame.at = stop;
      } else {
        emit(frame, '$', dollar);
        frame.at = dollar + 1;
      }
      continue;
    }
    // `${`: a name, then `}` or an operator; anything else is the `invalid` group.
    const nameStart = dollar + 2;
    if (nameStart >= frame.end || !isNameStart(value.charCodeAt(nameStart))) return invalid(frame, dollar);
    let nameEnd = nameStart + 1;
    while (nameEnd < frame.end && isNameChar(value.charCodeAt(nameEnd))) nameEnd++;
    const name = value.slice(nameStart, nameEnd);
    const after = nameEnd < frame.end ? value.charCodeAt(nameEnd) : -1;
    if (after === CLOSE) {
      emit(frame, lookup(name) ?? '', dollar);
      frame.at = nameEnd + 1;
      continue;
    }
    const colon = after === 58 ? 1 : 0;
    const opChar = nameEnd + colon < frame.end ? value[nameEnd + colon] : undefined;
    if (opChar !== '-' && opChar !== '+' && opChar !== '?') return invalid(frame, dollar);
    const argStart = nameEnd + colon + 1;
    // `(.*)}` is greedy and `.` stops at a line feed: the match ends at the line's last `}`.
    if (!lastClose || !nextLineFeed) [lastClose, nextLineFeed] = closeAndLineTables(value);
    const lineEnd = Math.min(frame.end, nextLineFeed[argStart]!);
    const matchEnd = lastClose[lineEnd]!;
    if (matchEnd < argStart) return invalid(frame, dollar);
    braces ??= new BraceDepths(value);
    // `DefaultReplacementAppliedFunc`: the substitution ends at the first balanced `}` of the match,
    // and the rest of the match is substituted after it; with no balanced `}` it is the whole match.
    const closing = braces.closing(dollar, matchEnd + 1);
    const argEnd = closing >= 0 ? closing : matchEnd;
    const restStart = argEnd + 1;
    const hasRest = closing >= 0 && restStart <= matchEnd;
    frame.at = matchEnd + 1;
    const found = lookup(name);
    const op = (colon ? ':' : '') + opChar;
    // Which operand compose substitutes, if any (`withDefaultWhenAbsence`, `withDefaultWhenPresence`,
    // `withRequired`): the default or replacement only when it is used, the message only on failure.
    let operand: Then | undefined;
    switch (op) {
      case ':-':
        if (found === undefined || found === '') operand = { kind: 'append' };
        break;
      case '-':
        if (found === undefined) operand = { kind: 'append' };
        break;
      case ':+':
        if (found !== undefined && found !== '') operand = { kind: 'append' };
        break;
      case '+':
        if (found !== undefined) operand = { kind: 'append' };
        break;
      case ':?':
        if (found === undefined || found === '') operand = { kind: 'required', name, at: dollar };
        break;
      default:
        if (found === undefined) operand = { kind: 'required', name, at: dollar };
    }
    // Frames run last in, first out: the rest goes under the operand so that it runs after it.
    if (hasRest) stack.push({ at: restStart, end: matchEnd + 1, start: restStart, out: '', then: { kind: 'append' } });
    if (operand) stack.push({ at: argStart, end: argEnd, start: argStart, out: '', then: operand });
    else emit(frame, op === '+' || op === ':+' ? '' : (found ?? ''), dollar);
  }
}

function closeAndLineTables(value: string): [Int32Array, Int32Array] {
  const n = value.length;
  const lastClose = new Int32Array(n + 1);
  const nextLineFeed = new Int32Array(n + 1);
  let close = -1;
  for (let i = 0; i <= n; i++) {
    lastClose[i] = close;
    if (i < n && value.charCodeAt(i) === CLOSE) close = i;
  }
  let lineFeed = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && value.charCodeAt(i) === LINE_FEED) lineFeed = i;
    nextLineFeed[i] = lineFeed;
  }
  return [lastClose, nextLineFeed];
}
