/**
 * Where a URL's password lies in a value (`scheme://user:password@host`), so that it can be hidden
 * whatever it holds: `#`, `/`, `@`, spaces, an empty user (`redis://:password@host`). It runs from
 * after `://user:` to the last `@` of the value, since a host never holds an `@` and a password may;
 * without any `@` (a value cut short by a `#` comment) from there to the end, unless it is a port.
 * Over-hiding a path with an `@` in it is the price of never showing a part of a password.
 * Linear: each URL's user is scanned up to its first `:`, with no regular expression.
 */
export function urlPasswordSpans(value: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const lastAt = value.lastIndexOf('@');
  let scheme = value.indexOf('://');
  while (scheme >= 0) {
    const span = passwordAfter(value, scheme + 3, lastAt);
    if (span) spans.push(span);
    scheme = value.indexOf('://', span ? span.end : scheme + 3);
  }
  return spans;
}

/** The password of the URL whose user starts at `from`, if it has one. */
function passwordAfter(value: string, from: number, lastAt: number): { start: number; end: number } | undefined {
  for (let i = from; i < value.length; i++) {
    const c = value[i];
    if (c === ':') {
      if (lastAt > i) return { start: i + 1, end: lastAt };
      return isPort(value, i + 1) ? undefined : { start: i + 1, end: value.length };
    }
    // A user name holds none of these: a colon after them belongs to a host, a port or a path.
    if (c === '/' || c === '?' || c === '#' || c === '@' || c === '[') return undefined;
  }
  return undefined;
}

/** Digits up to the end of the value or to the path, query or fragment: `host:5432/db`. */
function isPort(value: string, from: number): boolean {
  let i = from;
  while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
  return i > from && (i === value.length || value[i] === '/' || value[i] === '?' || value[i] === '#');
}

/** The value with every URL password in it replaced by `•••`. */
export function maskUrlPassword(value: string): string {
  let shown = '';
  let from = 0;
  for (const span of urlPasswordSpans(value)) {
    shown += `${value.slice(from, span.start)}•••`;
    from = span.end;
  }
  return shown + value.slice(from);
}
