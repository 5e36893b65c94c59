import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import { MAX_LOCATIONS } from './definition';
import { policyOf, type NavFile } from './navFiles';
import { occurrencesOf, type OccurrenceKind } from './occurrences';
import { rangeIn } from './ranges';
import { targetAt } from './target';

const KIND: Record<OccurrenceKind, DocumentHighlightKind> = {
  assignment: DocumentHighlightKind.Write,
  reference: DocumentHighlightKind.Read,
  commented: DocumentHighlightKind.Text,
};

/** The key under the cursor within its own file: assignments written, references read, commented-out keys as text. */
export function findDocumentHighlights(own: NavFile, offset: number): DocumentHighlight[] {
  const policy = policyOf(own);
  const target = targetAt(own.analysis.env, policy, offset);
  if (!target) return [];
  const occurrences = occurrencesOf(own.analysis.env, policy, target.name);
  return occurrences.slice(0, MAX_LOCATIONS).map((occurrence) => ({ range: rangeIn(own, occurrence.span), kind: KIND[occurrence.kind] }));
}
