import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import { describeValue } from './diagnostics/describeValue';
import type { Assignment, EnvDocument, Span } from './parser';
import { LIMITS } from './diagnostics/limits';
import { isSecretAssignment } from './secrets/assignmentSecrecy';
import type { SecretTest } from './secrets/secrecy';
import { findSections } from './sections';

/**
 * The outline: every key, grouped under the file's comment headings when it has them; in a file of
 * more than 10,000 keys, the first 10,000 and a last entry that says so.
 */
export function findDocumentSymbols(document: TextDocument, env: EnvDocument, isSecret: SecretTest): DocumentSymbol[] {
  if (env.assignments.length <= LIMITS.symbols) return outline(document, env, isSecret);
  const shown = env.assignments[LIMITS.symbols - 1]!;
  const limited = { ...env, nodes: env.nodes.filter((node) => node.span.start <= shown.span.start), assignments: env.assignments.slice(0, LIMITS.symbols) };
  const rest = env.assignments.length - LIMITS.symbols;
  const restRange = { start: document.positionAt(env.assignments[LIMITS.symbols]!.span.start), end: document.positionAt(env.text.length) };
  const note = DocumentSymbol.create(`Outline limited to the first ${LIMITS.symbols.toLocaleString('en-US')} keys`, `${rest.toLocaleString('en-US')} more not shown`, SymbolKind.Null, restRange, restRange);
  return [...outline(document, limited, isSecret), note];
}

function outline(document: TextDocument, env: EnvDocument, isSecret: SecretTest): DocumentSymbol[] {
  const range = (span: Span): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const symbolOf = (assignment: Assignment): DocumentSymbol =>
    DocumentSymbol.create(
      assignment.key,
      describeValue(assignment.value, isSecretAssignment(isSecret, env.text, assignment)),
      SymbolKind.Variable,
      range(trimmedSpan(env.text, assignment.span)),
      range(assignment.keySpan),
    );

  const sections = findSections(env);
  if (sections.length === 0) return env.assignments.map(symbolOf);

  const symbols: DocumentSymbol[] = [];
  const firstHeading = sections[0]!.heading.span.start;
  for (const assignment of env.assignments) {
    if (assignment.span.start < firstHeading) symbols.push(symbolOf(assignment));
  }
  for (const section of sections) {
    const last = section.nodes[section.nodes.length - 1]!;
    const children = section.nodes.filter((node): node is Assignment => node.kind === 'assignment').map(symbolOf);
    symbols.push(
      DocumentSymbol.create(
        section.name,
        undefined,
        SymbolKind.Namespace,
        range(trimmedSpan(env.text, { start: section.heading.span.start, end: last.span.end })),
        range(trimmedSpan(env.text, section.heading.span)),
        children,
      ),
    );
  }
  return symbols;
}

/** A node's span without its final line break, so that a symbol ends on its own last line. */
export function trimmedSpan(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start: span.start, end };
}
