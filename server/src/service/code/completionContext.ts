import type { CodeLanguage } from './syntaxNode';

/**
 * Where, in code, the cursor is about to name an environment variable: after `process.env.`, inside
 * `process.env['`, `os.environ['`, `os.getenv('`… Found on the cursor's line alone, so that it costs
 * nothing per keystroke (the syntax tree is for the index); a line comment before the match rules it
 * out. `start`–`end` is what a chosen name replaces: the part of the name already typed, and its rest
 * up to the closing quote.
 */
export interface EnvCompletionContext {
  readonly typed: string;
  readonly start: number;
  readonly end: number;
  /** The name goes inside quotes (`['…']`, `('…')`) rather than after a dot. */
  readonly quoted: boolean;
}

const SCRIPT_DOT = /(?:\bprocess\.env|\bimport\.meta\.env|\bBun\.env)\s*\.\s*([A-Za-z_$][\w$]*)?$/;
const SCRIPT_QUOTED = /(?:(?:\bprocess\.env|\bimport\.meta\.env|\bBun\.env)\s*\[\s*|\bDeno\.env\.get\(\s*)(['"`])([^'"`\\]*)$/;
const PYTHON_QUOTED = /(?:(?:\bos\.)?\benviron\s*\[\s*|(?:\bos\.)?\benviron\.get\(\s*|(?:\bos\.)?\bgetenv\(\s*|\benv(?:\.[a-z_]+)?\(\s*)(['"])([^'"\\]*)$/;

export function envCompletionContext(line: string, column: number, lineOffset: number, language: CodeLanguage): EnvCompletionContext | undefined {
  const before = line.slice(0, column);
  if (startsComment(before, language)) return undefined;
  if (language !== 'python') {
    const dot = SCRIPT_DOT.exec(before);
    if (dot) {
      const typed = dot[1] ?? '';
      const rest = /^[\w$]*/.exec(line.slice(column))![0];
      return { typed, start: lineOffset + column - typed.length, end: lineOffset + column + rest.length, quoted: false };
    }
  }
  const quoted = (language === 'python' ? PYTHON_QUOTED : SCRIPT_QUOTED).exec(before);
  if (!quoted) return undefined;
  const [, quote, typed = ''] = quoted;
  const after = line.slice(column);
  const close = after.indexOf(quote!);
  const rest = close >= 0 && /^[^\s'"`]*$/.test(after.slice(0, close)) ? close : /^[\w.-]*/.exec(after)![0].length;
  return { typed, start: lineOffset + column - typed.length, end: lineOffset + column + rest, quoted: true };
}

/** Whether a line comment begins before the cursor, outside any string (`#` in Python, `//` in scripts). */
function startsComment(before: string, language: CodeLanguage): boolean {
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const char = before[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || (char === '`' && language !== 'python')) {
      quote = char;
    } else if (language === 'python' ? char === '#' : char === '/' && before[i + 1] === '/') {
      return true;
    }
  }
  return false;
}
