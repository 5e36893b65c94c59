import type * as vscode from 'vscode';
import { parse, type Span } from '../../server/src/service/parser';
import { SchemaRegistry } from '../../server/src/service/schema/schemaRegistry';
import { secretTestOf } from '../../server/src/service/secrets/secrecy';
import { secretValueSpans } from '../../server/src/service/secrets/secretValueSpans';

/**
 * The secret spans of a document computed in the extension host, to hide values before the server
 * can answer (it may still be starting, and answers a newly opened file only after checking it). It
 * is the server's own function on the same parse, judged without schemas, by names and value formats:
 * since no source can make a value public, it hides a subset of what the server's answer will.
 * Undefined for a text too long to parse on every keystroke without slowing the editor down.
 */
export function localSecretSpans(document: vscode.TextDocument): Span[] | undefined {
  const text = document.getText();
  if (text.length > LOCAL_LIMIT) return undefined;
  // The client serves dotenv files by language and Python secrets files by name, whatever their language.
  return secretValueSpans(parse(text, document.languageId === 'dotenv' ? 'dotenv' : 'python'), BY_NAME_AND_FORMAT);
}

/** Real env files have a few kilobytes; this parses in a few milliseconds. */
const LOCAL_LIMIT = 200_000;

const BY_NAME_AND_FORMAT = secretTestOf(new SchemaRegistry([]));
