import type { Conversion, ReadForm } from './readSites';

/**
 * What a conversion the code makes does with a value, when that is certain and not what the code
 * means: `int('True')` raises, `Number('abc')` is NaN, `bool('False')` is True; said of the value as
 * "it" (`int() raises ValueError on it`). Each test is the language's or the library's own rule
 * (Python's `int()`/`float()` grammar, JavaScript's own `Number`, `parseInt`, `parseFloat` and
 * `JSON.parse`, django-environ's `parse_value`), so nothing is said of a value that converts;
 * conversions whose outcome depends on more than the value (`new URL(v, base)`, django-environ's
 * lenient float and URL parsing, a JavaScript comparison with `'true'`) say nothing.
 */
export type ConversionProblem = string;

const PYTHON_FORMS: ReadonlySet<ReadForm> = new Set(['os.environ', 'os.environ.get', 'os.getenv']);
const SCRIPT_FORMS: ReadonlySet<ReadForm> = new Set(['process.env', 'import.meta.env', 'Bun.env', 'Deno.env.get']);

export function conversionProblem(form: ReadForm, conversion: Conversion, value: string): ConversionProblem | undefined {
  if (PYTHON_FORMS.has(form)) return pythonProblem(conversion, value);
  if (form === 'django-environ') return djangoEnvironProblem(conversion, value);
  if (SCRIPT_FORMS.has(form)) return scriptProblem(conversion, value);
  return undefined;
}

/** Python's `int()` of a string: optional spaces and sign, digits with single underscores between them. */
const PYTHON_INT = /^\s*[+-]?\d(?:_?\d)*\s*$/;
const DIGITS = String.raw`\d(?:_?\d)*`;
/** Python's `float()` of a string: a decimal with an optional exponent, or inf, infinity, nan in any case. */
const PYTHON_FLOAT = new RegExp(String.raw`^\s*[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)\s*$`, 'i');
/** Strings a reader of `bool(...)` means as false; Python's `bool()` of any non-empty string is True. */
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', '0', 'no', 'off', 'n', 'f', 'none', 'null', 'disabled']);
/** Non-ASCII digits also convert in Python (`int('٣')`): such a value is not judged. */
const ASCII = /^[\x00-\x7f]*$/;

function pythonProblem(conversion: Conversion, value: string): ConversionProblem | undefined {
  if (!ASCII.test(value)) return undefined;
  switch (conversion) {
    case 'int':
      return PYTHON_INT.test(value) ? undefined : 'int() raises ValueError on it';
    case 'float':
      return PYTHON_FLOAT.test(value) ? undefined : 'float() raises ValueError on it';
    case 'bool':
      return FALSE_WORDS.has(value.trim().toLowerCase()) ? 'bool() of it is True, as of any non-empty string' : undefined;
    case 'json':
      return parsesAsPythonJson(value) ? undefined : 'json.loads() raises JSONDecodeError on it';
    default:
      return undefined;
  }
}

/** django-environ's true strings (`Env.BOOLEAN_TRUE_STRINGS`); any other text that is not a number reads as False. */
const ENVIRON_TRUE: ReadonlySet<string> = new Set(['true', 'on', 'ok', 'y', 'yes', '1']);

function djangoEnvironProblem(conversion: Conversion, value: string): ConversionProblem | undefined {
  // django-environ reads a value starting with `$` as the name of another variable.
  if (value.startsWith('$') || !ASCII.test(value)) return undefined;
  switch (conversion) {
    case 'int':
      return PYTHON_INT.test(value) ? undefined : 'env.int() raises ValueError on it';
    case 'bool': {
      // `int(value) != 0` first, then the true strings.
      if (PYTHON_INT.test(value)) return undefined;
      const word = value.trim().toLowerCase();
      return ENVIRON_TRUE.has(word) || FALSE_WORDS.has(word) || word === '' ? undefined : 'env.bool() reads it as False (only true, on, ok, y, yes and non-zero numbers are true)';
    }
    case 'json':
      return parsesAsPythonJson(value) ? undefined : 'env.json() raises JSONDecodeError on it';
    default:
      return undefined;
  }
}

function scriptProblem(conversion: Conversion, value: string): ConversionProblem | undefined {
  switch (conversion) {
    // `Number('')` is 0 and `parseInt('12px')` is 12: the site may be either, so only a value both give up on.
    case 'int':
      return Number.isNaN(Number(value)) && Number.isNaN(Number.parseInt(value)) ? 'Number() and parseInt() give NaN for it' : undefined;
    case 'float':
      return Number.isNaN(Number.parseFloat(value)) ? 'parseFloat() gives NaN for it' : undefined;
    case 'json':
      return parsesAsJson(value) ? undefined : 'JSON.parse() throws a SyntaxError on it';
    // Only `new URL(v)` without a base is a read site's conversion: Node's URL is the WHATWG one browsers, Deno and Bun share.
    case 'url':
      return URL.canParse(value) ? undefined : 'new URL() throws a TypeError on it';
    default:
      return undefined;
  }
}

/** A JSON text too long to parse on a keystroke is not judged. */
const MAX_JSON = 64 * 1024;

function parsesAsJson(value: string): boolean {
  if (value.length > MAX_JSON) return true;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** Python's json also takes NaN, Infinity and -Infinity: a text holding them is not judged. */
function parsesAsPythonJson(value: string): boolean {
  return parsesAsJson(value) || /NaN|Infinity/.test(value);
}
