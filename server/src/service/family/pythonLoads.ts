/**
 * The `load_dotenv(...)` calls of a Python module, in the order written: the file each names and
 * whether it overrides. Only a path written as a string literal is read (`load_dotenv(".env.local")`,
 * `load_dotenv(BASE_DIR / ".env")`, `load_dotenv(os.path.join(BASE_DIR, ".env"))`: the last literal
 * of the path argument); a call without a path loads `.env` (python-dotenv's `find_dotenv()`).
 */
export interface PythonLoad {
  /** The file name the call loads (the literal's last path part), or undefined when no literal says it. */
  readonly file: string | undefined;
  /** The path as written, for messages. */
  readonly written: string;
  /** `override=True`: this call sets keys that are set already. */
  readonly override: boolean;
}

/** At most this many calls of one module are read. */
const MAX_CALLS = 20;

const CALL = /\bload_dotenv[ \t]*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
const KEYWORD = /\b(override|stream|verbose|interpolate|encoding)[ \t]*=/;
const LITERAL = /[rRbBuU]?(["'])([^"'\r\n]*)\1/g;

export function pythonLoads(text: string): PythonLoad[] {
  const loads: PythonLoad[] = [];
  for (const match of text.matchAll(CALL)) {
    if (loads.length >= MAX_CALLS) break;
    const args = match[1]!;
    const keyword = KEYWORD.exec(args);
    // The path is the first argument (or `dotenv_path=`): what comes before the other keywords.
    const pathPart = keyword ? args.slice(0, keyword.index) : args;
    if (/\bstream[ \t]*=/.test(args)) continue;
    const override = /\boverride[ \t]*=[ \t]*True\b/.test(args);
    // `os.environ["ENV_FILE"]` and `os.getenv("ENV_FILE")` name a variable, not a file: a path has a `.` or a `/`.
    const literals = [...pathPart.replace(/\[[^\]]*\]/g, '').matchAll(LITERAL)].map((literal) => literal[2]!).filter((literal) => /[./\\]/.test(literal));
    const last = literals.at(-1);
    const path = pathPart.trim().replace(/^dotenv_path[ \t]*=/, '').replace(/,$/, '').trim();
    // No path, or `find_dotenv()` without a name: the nearest `.env`.
    if (path === '' || (last === undefined && /^(?:dotenv\.)?find_dotenv[ \t]*\([^()]*\)$/.test(path))) {
      loads.push({ file: '.env', written: 'load_dotenv()', override });
    } else {
      const file = last === undefined ? undefined : last.split(/[\\/]/).filter((part) => part !== '').at(-1);
      loads.push({ file, written: `load_dotenv(${path})`, override });
    }
  }
  return loads;
}
