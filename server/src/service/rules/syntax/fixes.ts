import type { Assignment, EnvDocument, IgnoredLine, Span } from '../../parser';
import { keyIndex } from '../../parser/keyIndex';
import { nodeAt } from '../../parser/nodeAt';
import { parseDotenv } from '../../parser/dotenvParser';
import type { Fix, FixBuilder } from '../../fixes/fix';
import { assignmentAt } from '../../fixes/assignmentAt';
import { quoteValueFix } from '../../fixes/quoteValue';

export const quoteCutValue: FixBuilder = (context, span) => quoteValueFix(context, span, false);

export const closeQuoteFix: FixBuilder = (context, span) => {
  const node = assignmentAt(context.env, span.start);
  return node ? closeQuote(context.env.text, node) : [];
};

export const removeDuplicateFix: FixBuilder = (context, span) => {
  const node = assignmentAt(context.env, span.start);
  // Python code after an assignment may still read its value: removing it can break the module.
  if (!node || context.env.dialect === 'python') return [];
  return [removeEarlierDuplicate(context.env, node)];
};

export const ignoredLineFix: FixBuilder = (context, span) => {
  const node = nodeAt(context.env, span.start);
  return node?.kind === 'ignored' ? ignoredLineFixes(context.env.text, node) : [];
};

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

function ignoredLineFixes(text: string, node: IgnoredLine): Fix[] {
  const focus = node.focus;
  switch (node.reason) {
    case 'uppercase-export':
      // Not safe: the variable dotenv skipped until now starts to load.
      return [{ title: 'Write "export" in lower case', changes: [{ span: focus, newText: 'export' }], safe: false }];
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
