import type { DiagnosticCode } from './diagnostics/codes';
import type { KnownVariable } from './schema/schemaTypes';
import { schemaFixesFor } from './schemaFixes';
import type { RandomBytes } from './secrets/generateSecret';
import type { GitStatus } from './workspace/gitFacts';
import type { Assignment, EnvDocument, EnvNode, Span } from './parser';
import { keyIndex } from './parser/keyIndex';
import { nodeAt } from './parser/nodeAt';
import { parseDotenv } from './parser/dotenvParser';
import { quoteForDotenv } from './parser/quoteValue';

export interface TextChange {
  readonly span: Span;
  readonly newText: string;
}

/** Changes to another file than the one fixed (e.g. `.gitignore`), created when it does not exist. */
export interface OtherFileChange {
  readonly path: string;
  /** The file's current text, or undefined when the fix creates it. */
  readonly existing: string | undefined;
  readonly changes: readonly TextChange[];
}

/** A fix for one finding. `safe` fixes keep what the loader reads and may be applied unattended. */
export interface Fix {
  readonly title: string;
  readonly changes: readonly TextChange[];
  readonly otherFiles?: readonly OtherFileChange[];
  readonly safe: boolean;
}

/** What fixes may consult besides the text: the schemas, secrecy, git and other files. */
export interface FixContext {
  readonly env: EnvDocument;
  readonly appliedKnowledge: (key: string) => readonly KnownVariable[];
  readonly isSecret: (key: string, value: string) => boolean;
  readonly git: GitStatus | undefined;
  readonly fileName: string | undefined;
  /**
   * A file a fix may write, with its current text (undefined when the fix creates it); undefined
   * when writing it is not safe (a symbolic link, not a regular file, outside the workspace).
   */
  readonly writableFile: (path: string) => { readonly existing: string | undefined } | undefined;
  /** Required keys of the applied schemas that the file does not set (computed when a fix asks). */
  readonly missingRequired: () => readonly string[];
  readonly random?: RandomBytes;
}

/** The fixes for a finding of `code` at `span`, built from the parsed document (never from the message). */
export function fixesFor(context: FixContext, code: DiagnosticCode, span: Span): Fix[] {
  const { env } = context;
  const schemaFix = schemaFixesFor(context, code, span);
  if (schemaFix) return schemaFix;
  const node = nodeAt(env, span.start);
  if (!node) return [];
  const { text } = env;
  switch (code) {
    case 'value-cut-by-hash':
    case 'unquoted-whitespace': {
      const intended = text.slice(span.start, span.end);
      const quoted = quoteForDotenv(intended);
      if (quoted === undefined) return [];
      return [{ title: `Quote the value`, changes: [{ span, newText: quoted }], safe: code === 'unquoted-whitespace' }];
    }
    case 'unclosed-quote': {
      if (node.kind !== 'assignment') return [];
      return closeQuote(text, node);
    }
    case 'duplicate-key':
      // Python code after an assignment may still read its value: removing it can break the module.
      if (node.kind !== 'assignment' || env.dialect === 'python') return [];
      return [removeEarlierDuplicate(env, node)];
    case 'spaces-around-equals':
      if (node.kind !== 'assignment') return [];
      return [
        {
          title: 'Remove the spaces around =',
          changes: [{ span: { start: node.keySpan.end, end: Math.max(node.valueSpan.start, node.separatorSpan.end) }, newText: '=' }],
          safe: true,
        },
      ];
    case 'colon-separator':
      if (node.kind !== 'assignment') return [];
      return [{ title: 'Write KEY=value', changes: [{ span: { start: node.separatorSpan.start, end: node.valueSpan.start }, newText: '=' }], safe: true }];
    case 'ignored-line':
      return node.kind === 'ignored' ? ignoredLineFixes(text, node) : [];
    default:
      return [];
  }
}

/**
 * Removes an earlier line of a key set again later. dotenv loads the same either way; a shell that
 * sources the file does too, unless the removed line exports the key and the last one does not.
 */
function removeEarlierDuplicate(env: EnvDocument, node: Assignment): Fix {
  const last = keyIndex(env).lastOfRepeated(node.key);
  const keepsExport = node.exportSpan === undefined || last?.exportSpan !== undefined;
  return { title: `Remove this earlier ${node.key} line`, changes: [{ span: afterBom(env.text, node.span), newText: '' }], safe: keepsExport };
}

/** A span that starts at the file's byte order mark starts after it instead, so a fix keeps the mark. */
function afterBom(text: string, span: Span): Span {
  return span.start === 0 && text.startsWith('\uFEFF') ? { start: 1, end: Math.max(1, span.end) } : span;
}

function ignoredLineFixes(text: string, node: Extract<EnvNode, { kind: 'ignored' }>): Fix[] {
  const focus = node.focus;
  switch (node.reason) {
    case 'uppercase-export':
      // Not safe: the variable dotenv skipped until now starts to load.
      return [{ title: 'Write `export` in lower case', changes: [{ span: focus, newText: 'export' }], safe: false }];
    case 'slash-comment':
      return [{ title: 'Make it a # comment', changes: [{ span: focus, newText: '#' }], safe: true }];
    case 'colon-without-space':
      return [{ title: 'Write KEY=value', changes: [{ span: focus, newText: '=' }], safe: false }];
    case 'missing-separator':
    case 'template-tag':
    case 'invalid-line':
    case 'missing-key':
    case 'non-ascii-key':
      return [{ title: 'Comment out the line', changes: [{ span: afterBom(text, { start: node.span.start, end: node.span.start }), newText: '# ' }], safe: false }];
  }
}

/** Closes a quote at the end of the value, when dotenv then reads the text between the quotes. */
function closeQuote(text: string, node: Assignment): Fix[] {
  const raw = text.slice(node.valueSpan.start, node.valueSpan.end);
  const quote = raw[0]!;
  const inner = raw.slice(1);
  if (node.commentSpan) return [];
  const reparsed = parseDotenv(`K=${quote}${inner}${quote}\n`).assignments;
  if (reparsed.length !== 1 || reparsed[0]!.value !== inner) return [];
  return [{ title: `Close the ${quote} quote`, changes: [{ span: { start: node.valueSpan.end, end: node.valueSpan.end }, newText: quote }], safe: false }];
}
