import { type Assignment, parse } from '../parser';
import type { ReaderBinding, ReaderEnvironment } from './binding';

/**
 * What Node's `dotenv` followed by `dotenv-expand` 12 (Vite, Next.js, Nuxt) loads from a file:
 * `expand({ parsed: dotenv.parse(text), processEnv: { ...environment } }).parsed`, a port of
 * `dotenv-expand/lib/main.js` checked against the real packages in tests. The raw values are
 * EnvSense's own parse, which equals `dotenv.parse`. The library's quirks are kept on purpose:
 * - keys are expanded in `for…in` order (array-index keys like `10` first, ascending), each seeing
 *   only the keys expanded before it, and the environment wins over them;
 * - `:-` and `-` both take the default when the variable is unset or empty, `:+` and `+` both take the
 *   alternative when it is set and non-empty; with no operator the expression is split on the text
 *   `null` (`expression.split(null)`), so `${a_null_b}` reads `a_` with default `_b`;
 * - each step replaces the first occurrence of the matched text (which may be an escaped `\${X}`
 *   earlier in the value), with `$$`, `$&`, `` $` `` and `$'` in the replacement interpreted by
 *   `String.prototype.replace`, and the value is scanned again until nothing matches;
 * - a value equal to an earlier state of the same expansion is not substituted again (its default is);
 * - `\$` becomes `$` at the end, and a non-empty environment value that differs from the file's
 *   raw value is taken as it is (escapes resolved), without expansion.
 * Names are looked up as own properties: the library also finds `Object.prototype` members
 * (`${constructor}`, a key `toString`), where it calls them as replacement functions or throws.
 */

/** dotenv-expand's pattern: `${expression}` (no braces inside) or `$NAME`, not after a backslash. */
const REFERENCE = /(?<!\\)\${([^{}]+)}|(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)/g;
const OPERATOR = /:\+|\+|:-|-/;

/**
 * The characters of work (text scanned, built and compared) that expanding one file may cost, where
 * the library is unbounded. It loops forever when a step gives the text back unchanged (`A=\${A}`
 * then `B=x${A}`: the port stops there, with that text); grows a value on every re-scan until V8
 * throws or runs out of memory (`A=$\`$&` then `B=xy${A}`; `B=y${A}` with `A=x${A}` in the
 * environment); doubles from key to key (`K1=$K0$K0`, `K2=$K1$K1`, …); and re-scans the whole value
 * after each replacement. The port re-scans only from where the text changed, and steps over inert
 * replacements without rebuilding the text, so 20,000 references cost linear time; the rebuilding
 * steps left (escapes or an unclosed `${` before many references) are quadratic, as in the library.
 * Real files cost a few thousand characters. Past the budget the value being expanded keeps the text
 * it had reached, every later value keeps its raw text (`\$` resolved in both), and the file has
 * cost O(budget + length).
 */
export const EXPANSION_BUDGET = 1 << 22;

interface Expression {
  readonly name: string;
  readonly operator: string | null;
  /** The default (`-`, `:-`, no operator) or alternative (`+`, `:+`) after the operator. */
  readonly rest: string;
}

/** `expression.split(splitter)`, first part as the name, the rest joined back with the splitter. */
function splitExpression(expression: string): Expression {
  const operator = OPERATOR.exec(expression);
  // With no operator the library splits on `null`, which String.prototype.split reads as "null".
  const splitter = operator ? operator[0] : 'null';
  const at = operator ? operator.index : expression.indexOf(splitter);
  if (at < 0) return { name: expression, operator: null, rest: '' };
  return { name: expression.slice(0, at), operator: operator ? operator[0] : null, rest: expression.slice(at + splitter.length) };
}

/**
 * `GetSubstitution` for a string pattern (no captures): the text `subject.replace(template, replacement)`
 * puts at `at`; undefined when it would be longer than `limit`.
 */
function substitute(replacement: string, subject: string, at: number, template: string, limit: number): string | undefined {
  let out = '';
  let copied = 0;
  for (let i = replacement.indexOf('$'); i >= 0 && i + 1 < replacement.length; i = replacement.indexOf('$', i)) {
    const next = replacement[i + 1];
    const special = next === '$' ? '$' : next === '&' ? template : next === '`' ? subject.slice(0, at) : next === "'" ? subject.slice(at + template.length) : undefined;
    if (special === undefined) {
      i++;
      continue;
    }
    if (out.length + (i - copied) + special.length > limit) return undefined;
    out += replacement.slice(copied, i) + special;
    i += 2;
    copied = i;
  }
  return out.length + replacement.length - copied > limit ? undefined : out + replacement.slice(copied);
}

/**
 * Where the re-scan may start after `text` changed from `at` on: nothing before `at` changed, and the
 * scan before found no reference before `at`, so a reference can only start there or reach into the
 * change: a `$` just before it, or a `${` after the last brace before it.
 */
function restartAt(text: string, at: number): number {
  let from = at > 0 && text[at - 1] === '$' ? at - 1 : at;
  const brace = Math.max(text.lastIndexOf('{', at - 1), text.lastIndexOf('}', at - 1));
  if (brace > 0 && text[brace] === '{' && text[brace - 1] === '$') from = Math.min(from, brace - 1);
  return from;
}

/** Text that cannot start, end, extend or escape a reference wherever it is put. */
const INERT = /^[^${}\\]*$/;

class Expansion {
  private spent = 0;
  /** The longest value a name can resolve to: a state longer than it can never equal one. */
  private longest = 0;
  private readonly expanded = new Map<string, string>();

  constructor(private readonly environment: ReaderEnvironment) {
    for (const value of Object.values(environment)) this.longest = Math.max(this.longest, value.length);
  }

  /** `env[key]` where `env = { ...runningParsed, ...processEnv }`. */
  private lookup(name: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.environment, name) ? this.environment[name] : this.expanded.get(name);
  }

  /** The loop of `expand` for one key (keys are given in `for…in` order). */
  load(key: string, raw: string): string {
    const fromEnvironment = Object.prototype.hasOwnProperty.call(this.environment, key) ? this.environment[key] : undefined;
    const value = fromEnvironment && fromEnvironment !== raw ? fromEnvironment : this.expandValue(raw);
    const loaded = value.replace(/\\\$/g, '$');
    this.expanded.set(key, loaded);
    this.longest = Math.max(this.longest, loaded.length);
    return loaded;
  }

  /** Spends `cost` characters of the budget; false (and the budget gone for the file) when it runs out. */
  private spend(cost: number): boolean {
    this.spent += cost;
    if (this.spent <= EXPANSION_BUDGET) return true;
    this.spent = Infinity;
    return false;
  }

  /**
   * `expandValue`, stopping where the library would loop forever or the budget runs out. The value
   * is `head.join('') + text.slice(at)`. The library re-scans the whole value after each replacement;
   * when a replacement is inert and nothing before it could join or escape a reference, the next
   * match is the next one in `text`, so the step appends to `head` instead (linear in the number of
   * references); any other step rebuilds the value and re-scans from the first place it can change.
   */
  private expandValue(value: string): string {
    let head: string[] = [];
    let headLength = 0;
    let text = value;
    let at = 0;
    let from = 0;
    let escape = text.indexOf('\\$');
    const seen = new Set<string>();
    for (;;) {
      REFERENCE.lastIndex = from;
      let match = REFERENCE.exec(text);
      if (!match) return head.join('') + text.slice(at);
      const length = headLength + text.length - at;
      if (length <= this.longest) {
        // A state that a name's value could equal: the library's `seen` needs it whole.
        if (!this.spend(length)) return head.join('') + text.slice(at);
        if (at > 0 || headLength > 0) {
          REFERENCE.lastIndex = match.index - at + headLength;
          [text, head, headLength, at] = [head.join('') + text.slice(at), [], 0, 0];
          escape = text.indexOf('\\$');
          match = REFERENCE.exec(text)!;
        }
        seen.add(text);
      }
      const template = match[0];
      const m = match.index;
      const { name, operator, rest } = splitExpression(match[1] ?? match[2]!);
      const known = this.lookup(name);
      let replacement: string;
      if (operator === ':+' || operator === '+') replacement = known ? rest : '';
      else replacement = known && !seen.has(known) ? known : rest;

      if (escape >= 0 && escape < at) escape = text.indexOf('\\$', at);
      const stop = this.expanded.get(name);
      if ((escape < 0 || escape + 1 >= m) && INERT.test(replacement) && !(m > 0 && text[m - 1] === '$') && !openBrace(text, at, m)) {
        const next = length - template.length + replacement.length;
        if (stop === undefined || stop.length !== next) {
          if (!this.spend(m - at + template.length + replacement.length)) return head.join('') + text.slice(at);
          head.push(text.slice(at, m), replacement);
          headLength += m - at + replacement.length;
          at = from = m + template.length;
          continue;
        }
      }

      const whole = head.join('') + text.slice(at);
      if (!this.spend(whole.length)) return whole;
      const q = whole.indexOf(template);
      const inserted = substitute(replacement, whole, q, template, EXPANSION_BUDGET - this.spent);
      if (inserted === undefined || !this.spend(inserted.length)) {
        this.spent = Infinity;
        return whole;
      }
      const next = whole.slice(0, q) + inserted + whole.slice(q + template.length);
      // The library stops when the text equals the referenced key's value loaded from the file.
      if (next === stop) return next;
      // The same text with the same states seen: the library would repeat this step forever.
      if (inserted === template) return next;
      [head, headLength, text, at] = [[], 0, next, 0];
      from = restartAt(text, q);
      escape = text.indexOf('\\$');
    }
  }
}

/** Whether `text[at, m)` ends in an unclosed `${` (a brace before `at` is never one, see expandValue). */
function openBrace(text: string, at: number, m: number): boolean {
  for (let i = m - 1; i >= at; i--) {
    const c = text[i];
    if (c === '}') return false;
    if (c === '{') return i > 0 && text[i - 1] === '$';
  }
  return false;
}

/** `for…in` order of an object's own keys: array indices ascending, then the rest as inserted. */
function forInOrder(keys: Iterable<string>): string[] {
  const indices: string[] = [];
  const names: string[] = [];
  for (const key of keys) (/^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1 ? indices : names).push(key);
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...names];
}

/** What `dotenv-expand` 12 gives over `dotenv.parse(text)`, with `environment` as its `processEnv`. */
export function dotenvExpandValues(text: string, environment: ReaderEnvironment = {}): Map<string, ReaderBinding> {
  const last = new Map<string, Assignment>();
  for (const assignment of parse(text, 'dotenv').assignments) {
    // `parsed.__proto__ = value` sets no key, so dotenv.parse leaves it out.
    if (assignment.key !== '__proto__') last.set(assignment.key, assignment);
  }
  const expansion = new Expansion(environment);
  const loaded = new Map<string, ReaderBinding>();
  for (const key of forInOrder(last.keys())) {
    const assignment = last.get(key)!;
    loaded.set(key, { key, value: expansion.load(key, assignment.value), start: assignment.span.start });
  }
  return loaded;
}
