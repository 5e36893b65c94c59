import type { Location, Range } from 'vscode-languageserver-types';
import type { Span } from '../parser';
import type { NavFile } from './navFiles';

export function rangeIn(file: NavFile, span: Span): Range {
  const { document } = file.analysis;
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function locationIn(file: NavFile, span: Span): Location {
  return { uri: file.uri, range: rangeIn(file, span) };
}
