import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, schemaService, SECRETS_URI } from '../support/service';

/** Every feature on every kind of hostile text: an answer, never an exception, and no text lost. */
const HOSTILE: Record<string, string> = {
  empty: '',
  'only line breaks': '\r\n\r\n\n\r',
  'BOM only': '\ufeff',
  'BOM then content': '\ufeffSECRET_KEY=abc\r\nPORT=80\r\n',
  'CRLF everywhere': 'A="x\r\ny"\r\nB=${A}\r\n# c\r\n',
  'unterminated quotes': 'A="open\nB=\'also open\nC=`and this\n',
  'binary bytes': '\u0000\u0001\u0002=\u0003\nKEY=\u0000value\n\u007f\u0080',
  'invalid UTF-8 as decoded': Buffer.from([0x41, 0x3d, 0xc3, 0x28, 0x0a, 0xff, 0xfe, 0x3d, 0x31, 0x0a, 0xed, 0xa0, 0x80]).toString('utf8'),
  'lone surrogates': 'A=\ud800\nB=\udc00x\n\ud83d',
  'a directive gone wrong': '# envsense: schema=,,,../../../../etc/passwd, ,\n# envsense-disable-next-line\n',
  'references gone wrong': 'A=${\nB=${}\nC=${A:-${B}}\nD=$$$\nE=${E}\n',
  'deep python': "X = (\n" + '['.repeat(5000) + "\nY = '''never closed\n",
};

const LONG_LINE = `BIG=${'x'.repeat(10 * 1024 * 1024)}`;

test('hostile input: validation, completion, hover, outline, folding and quick fixes all answer', () => {
  const service = schemaService();
  const cases = Object.entries({ ...HOSTILE, '10 MB on one line': LONG_LINE });
  for (const [name, text] of cases) {
    for (const uri of ['file:///workspace/.env', SECRETS_URI]) {
      const document = documentOf(text, uri);
      const diagnostics = service.doValidation(document);
      assert.ok(Array.isArray(diagnostics), name);
      for (const diagnostic of diagnostics) {
        assert.ok(diagnostic.range.start.line <= document.lineCount, `${name}: range inside the document`);
      }
      service.getCodeActions(document, { diagnostics });
      service.findDocumentSymbols(document);
      service.getFoldingRanges(document);
      const end = document.positionAt(text.length);
      for (const position of [{ line: 0, character: 0 }, { line: 0, character: 3 }, end]) {
        assert.ok(Array.isArray(service.doComplete(document, position).items), `${name}: completion`);
        service.doHover(document, position);
      }
    }
  }
});

test('hostile input: a 10 MB line gets one short message, not the value', () => {
  const diagnostics = schemaService().doValidation(documentOf(LONG_LINE));
  assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['placeholder-value', 'BIG still holds a placeholder (`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…`): set the real value.']]);
});
