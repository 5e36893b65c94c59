import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { schemaService } from '../support/service';

setFlagsFromString('--expose_gc');
const collect = runInNewContext('gc') as () => void;

/** The heap in use once garbage is collected, in MB. */
function liveHeap(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}

test('opening and closing six files of 100,000 distinct keys leaves the memory where it was (caches are per document and bounded)', () => {
  const service = schemaService();
  const open = (n: number) => {
    const uri = `file:///workspace/app${n}/.env`;
    let document = TextDocument.create(uri, 'dotenv', 1, Array.from({ length: 100_000 }, (_, i) => `APP${n}_KEY_${i}=value${i}`).join('\n'));
    service.doValidation(document);
    service.findDocumentSymbols(document);
    service.doHover(document, { line: 10, character: 2 });
    document = TextDocument.update(document, [{ range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: 'X' }], 2);
    service.doValidation(document);
    service.forget(uri);
  };
  open(0);
  const afterFirst = liveHeap();
  for (let n = 1; n <= 6; n++) open(n);
  const growth = liveHeap() - afterFirst;
  // Before the caches were bounded, the heap grew by ~140 MB over these files and kept every key name.
  assert.ok(growth < 25, `the heap grew by ${growth.toFixed(1)} MB`);
});
