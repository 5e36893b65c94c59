import type { Finding, Rule } from '../../diagnostics/finding';
import { isWhitespace } from '../../parser/chars';
import { READERS, readerExpands } from '../../readers/readerTable';

/**
 * Hints where the file means something else to other common readers of .env files: a shell's
 * `source` (with `set -a`), docker compose's `env_file`, dotenv-expand.
 */
export const compatRules: Rule = {
  node(scope, node, text) {
    if (scope.dialect !== 'dotenv' || node.kind !== 'assignment') return [];
    const findings: Finding[] = [];
    const separator = text[node.separatorSpan.start];
    const before = node.separatorSpan.start > node.keySpan.end;
    const after = node.valueSpan.start > node.separatorSpan.end && node.form !== 'empty';
    if (separator === '=' && (before || after) && !text.slice(node.keySpan.end, node.valueSpan.start).match(/[\r\n\u2028\u2029]/)) {
      findings.push({
        code: 'spaces-around-equals',
        span: { start: node.keySpan.start, end: Math.max(node.valueSpan.start, node.separatorSpan.end) },
        message: `A shell that sources this file runs \`${node.key}\` as a command because of the spaces around \`=\`; dotenv reads it either way. Write \`${node.key}=value\`.`,
      });
    }
    if (separator === ':' && READERS[scope.reader].nodeSyntax) {
      findings.push({
        code: 'colon-separator',
        span: node.separatorSpan,
        message: `dotenv reads \`${node.key}: value\`, but a shell that sources this file does not. Write \`${node.key}=value\`.`,
      });
    }
    if (node.form === 'unquoted') {
      const value = text.slice(node.valueSpan.start, node.valueSpan.end);
      for (let i = 0; i < value.length; i++) {
        if (isWhitespace(value.charCodeAt(i))) {
          findings.push({
            code: 'unquoted-whitespace',
            span: node.valueSpan,
            message: `A shell that sources this file sets ${node.key} to the text before the first space and runs the rest as a command. Quote the value.`,
          });
          break;
        }
      }
    }
    if (scope.isSecret(node.key, node.value)) return findings;
    for (const reference of node.references) {
      const written = text.slice(reference.span.start, reference.span.end);
      // A reader that replaces the reference itself has nothing to warn about.
      if (readerExpands(scope.reader, written)) continue;
      const reader = scope.reader === 'dotenv' ? 'dotenv' : READERS[scope.reader].name;
      findings.push({
        code: 'reference-not-expanded',
        span: reference.span,
        message: `${reader} loads \`${written}\` as written; docker compose, shells and dotenv-expand replace it with the value of ${reference.name}.`,
      });
    }
    return findings;
  },
};
