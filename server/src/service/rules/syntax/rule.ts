import { describeValue } from '../../diagnostics/describeValue';
import type { Finding, Rule, RuleContext, RuleScope } from '../../diagnostics/finding';
import type { Assignment, IgnoredLine, IgnoredReason } from '../../parser';
import { isWhitespace } from '../../parser/chars';
import { READERS } from '../../readers/readerTable';
import { isSecretAssignment, valueCutByHash } from '../../secrets/assignmentSecrecy';

/** What the parser alone can tell: lines dotenv skips, values it reads differently than written. */
export const syntaxRules: Rule = {
  node(scope, node, text) {
    // These describe how Node's dotenv reads a line; python-dotenv reads the same lines otherwise.
    if (!READERS[scope.reader].nodeSyntax) return [];
    if (node.kind === 'ignored') return [ignoredLine(text, node)];
    if (node.kind === 'assignment' && scope.dialect === 'dotenv') return valueProblems(scope, text, node);
    return [];
  },
  document: duplicates,
};

const IGNORED_REASONS: Record<IgnoredReason, (focus: string) => string> = {
  'slash-comment': () => '`//` does not start a comment in a .env file; use `#`',
  'template-tag': () => 'a template tag is not a `KEY=value` line',
  'non-ascii-key': (focus) => `the name contains \`${focus}\`, but dotenv accepts only A–Z, a–z, 0–9, \`_\`, \`.\` and \`-\` in a name`,
  'uppercase-export': (focus) => `only lower-case \`export\` is understood, not \`${focus}\``,
  'missing-separator': (focus) => `\`${focus}\` is not followed by \`=\``,
  'colon-without-space': () => '`:` must be followed by a space (`KEY: value`)',
  'missing-key': (focus) => `there is no name before \`${focus}\``,
  'invalid-line': () => 'it is not a `KEY=value` line',
};

function ignoredLine(text: string, node: IgnoredLine): Finding {
  const focus = text.slice(node.focus.start, node.focus.end);
  let end = node.span.end;
  while (end > node.span.start && isWhitespace(text.charCodeAt(end - 1))) end--;
  let start = node.span.start;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  return {
    code: 'ignored-line',
    span: { start, end },
    message: `dotenv ignores this line: ${IGNORED_REASONS[node.reason](focus)}.`,
    unnecessary: true,
    // A template tag (`{% if … %}`) is there for the engine that renders the file, and a `//` line
    // without `=` was meant as the comment it is in effect: neither loses a variable.
    ...(node.reason === 'template-tag' || (node.reason === 'slash-comment' && !text.slice(node.span.start, node.span.end).includes('=')) ? { severity: 'hint' as const } : {}),
  };
}

function valueProblems(scope: RuleScope, text: string, node: Assignment): Finding[] {
  const findings: Finding[] = [];
  const cut = valueCutByHash(text, node);
  if (cut) {
    const { start, intended } = cut;
    findings.push({
      code: 'value-cut-by-hash',
      span: { start, end: start + intended.length },
      message: isSecretAssignment(scope.isSecret, text, node)
        ? `\`#\` starts a comment here, so ${node.key} loads only the ${node.value.length} characters before it, not all ${intended.length}. Quote the value to keep the \`#\`.`
        : `\`#\` starts a comment here, so ${node.key} loads ${describeValue(node.value, false)} instead of ${describeValue(intended, false)}. Quote the value to keep the \`#\`.`,
    });
  }

  const opening = text[node.valueSpan.start];
  if (node.form === 'unquoted' && (opening === "'" || opening === '"' || opening === '`')) {
    const rest = text.slice(node.valueSpan.start + 1, node.valueSpan.end);
    const closedLater = rest.includes(opening);
    findings.push({
      code: closedLater ? 'text-after-quote' : 'unclosed-quote',
      span: node.valueSpan,
      message: closedLater
        ? `Text follows the closing ${opening}, so dotenv does not read these quotes as quotes: ${node.key} loads ${describeValue(node.value, isSecretAssignment(scope.isSecret, text, node))}.`
        : `The ${opening} is not closed on this line, so dotenv keeps the quote character: ${node.key} loads ${describeValue(node.value, isSecretAssignment(scope.isSecret, text, node))}.`,
    });
  }

  if (node.form === 'quoted') {
    const swallowed = swallowedAssignments(text.slice(node.innerSpan.start, node.innerSpan.end));
    if (swallowed.length > 0) {
      const later = lineBreaks(text.slice(node.valueSpan.start, node.valueSpan.end - 1));
      findings.push({
        code: 'quote-spans-lines',
        span: { start: node.valueSpan.start, end: node.valueSpan.start + 1 },
        message:
          `The ${node.quote} opened here is closed only ${later === 1 ? '1 line' : `${later} lines`} later, so dotenv loads these ${later + 1} lines as the one value of ${node.key}; ` +
          `${swallowed.join(', ')} in between ${swallowed.length === 1 ? 'is' : 'are'} not loaded on ${swallowed.length === 1 ? 'its' : 'their'} own.`,
      });
    }
  }
  return findings;
}

function lineBreaks(text: string): number {
  return text.split(/\r\n|\r|\n/).length - 1;
}

/** Names of the lines inside a multiline value that read like assignments of their own. */
function swallowedAssignments(inner: string): string[] {
  const lines = inner.split(/\r\n|\r|\n/).slice(1);
  const names: string[] = [];
  for (const line of lines) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(line);
    if (match) names.push(match[1]!);
  }
  return names;
}

function duplicates(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  if (context.keys.repeated.size === 0) return findings;
  for (const assignment of context.env.assignments) {
    if (!context.keys.repeated.has(assignment.key)) continue;
    const winner = context.keys.lastOfRepeated(assignment.key)!;
    if (winner === assignment) continue;
    const same = winner.value === assignment.value;
    findings.push({
      code: 'duplicate-key',
      span: assignment.keySpan,
      message: same
        ? `${assignment.key} is set again, to the same value, on line ${context.lineOf(winner.keySpan.start)}; this line can go.`
        : `${assignment.key} is set again on line ${context.lineOf(winner.keySpan.start)}; the last value wins, so this line has no effect.`,
      unnecessary: true,
      // The same value twice changes nothing the app gets: tidy-up, not a problem.
      ...(same ? { severity: 'hint' as const } : {}),
    });
  }
  return findings;
}
