import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { syntaxRules } from '../../../server/out/service/rules/syntax/rule';
import { schemaService } from '../support/service';

/** Counts the nodes the syntax rule judges (every rule judges the same nodes). */
let judged = 0;
const judge = syntaxRules.node!;
(syntaxRules as { node: typeof judge }).node = (scope, node, text) => {
  judged++;
  return judge(scope, node, text);
};

const lines = (n: number) => Array.from({ length: n }, (_, i) => `KEY_${i}=value${i}`).join('\n');
const typeAt = (document: TextDocument, line: number, text: string) =>
  TextDocument.update(document, [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text }], document.version + 1);

test('an edit judges again only the line it changed, whatever the requests in between', () => {
  const service = schemaService();
  let document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, lines(1000));
  service.doValidation(document);
  judged = 0;
  document = typeAt(document, 500, 'X');
  service.doHover(document, { line: 10, character: 1 });
  service.doComplete(document, { line: 10, character: 0 });
  service.doValidation(document);
  assert.equal(judged, 1);
  service.findDocumentSymbols(document);
  service.doValidation(document);
  assert.equal(judged, 1);
});

test('a changed workspace keeps the parse but judges the document again', () => {
  const service = schemaService();
  const document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, lines(10));
  const env = service.parseDocument(document);
  service.doValidation(document);
  judged = 0;
  service.workspaceChanged();
  assert.equal(service.parseDocument(document), env);
  service.doValidation(document);
  assert.equal(judged, 10);
});
