import { RE2JS } from 're2js';

/**
 * File globs from settings (`envsense.secretsFiles`, `envsense.schemas[].fileMatch`), which a
 * repository sets in `.vscode/settings.json` or `.envsense.json`, compiled for RE2: matching is linear
 * in the path, so `*a*a*a*a*a*a*b` against a long file name cannot hang (picomatch's regexes backtrack
 * there). The syntax is the common one: `*` and `?` within a segment, `**` for any folders, `[…]` and
 * `{a,b}`; a pattern without `/` matches the file name, one with `/` the whole path. Dots are not special.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  // Translating a pattern looks ahead for its closing `]` and `}`: bounded here, so that a setting of
  // 200,000 `{` cannot make the translation itself quadratic. Real globs are a few dozen characters.
  const compiled = patterns.slice(0, MAX_GLOBS).flatMap((pattern) => {
    if (pattern.length > MAX_GLOB_LENGTH) return [];
    const regex = compileGlob(pattern);
    return regex ? [{ regex, whole: pattern.includes('/') }] : [];
  });
  return (path) => {
    const normal = path.replace(/\\/g, '/');
    const name = normal.slice(normal.lastIndexOf('/') + 1);
    return compiled.some(({ regex, whole }) => regex.matches(whole ? normal : name));
  };
}

const MAX_GLOBS = 1_000;
const MAX_GLOB_LENGTH = 1_000;

/** A glob that does not compile (an unclosed class RE2 rejects) matches nothing. */
function compileGlob(pattern: string): RE2JS | undefined {
  try {
    return RE2JS.compile(translate(pattern, 0, false).regex, RE2JS.DOTALL);
  } catch {
    return undefined;
  }
}

const SPECIAL = /[\\.+*?()|[\]{}^$]/;

function literal(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c;
}

/** The regex of `glob` from `at`, up to its end or, inside braces, up to the `}` that closes them. */
function translate(glob: string, at: number, inBraces: boolean): { regex: string; end: number } {
  let regex = '';
  let i = at;
  while (i < glob.length) {
    const c = glob[i]!;
    if (inBraces && (c === ',' || c === '}')) {
      if (c === '}') return { regex, end: i };
      regex += '|';
      i++;
    } else if (c === '\\' && i + 1 < glob.length) {
      regex += literal(glob[i + 1]!);
      i += 2;
    } else if (c === '*') {
      let stars = 0;
      while (glob[i] === '*') {
        stars++;
        i++;
      }
      const wholeSegment = stars > 1 && (i - stars === 0 || glob[i - stars - 1] === '/') && (i === glob.length || glob[i] === '/');
      if (wholeSegment && glob[i] === '/') {
        regex += '(?:.*/)?';
        i++;
      } else if (wholeSegment && regex.endsWith('/')) {
        // `dir/**` also matches `dir` itself.
        regex = `${regex.slice(0, -1)}(?:/.*)?`;
      } else {
        regex += wholeSegment ? '.*' : '[^/]*';
      }
    } else if (c === '?') {
      regex += '[^/]';
      i++;
    } else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, close);
      regex += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = close + 1;
    } else if (c === '{' && closesBraces(glob, i)) {
      const inner = translate(glob, i + 1, true);
      regex += `(?:${inner.regex})`;
      i = inner.end + 1;
    } else {
      regex += literal(c);
      i++;
    }
  }
  return { regex, end: i };
}

/** Whether the `{` at `open` has its `}` (nested braces counted, escapes skipped). */
function closesBraces(glob: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return true;
  }
  return false;
}
