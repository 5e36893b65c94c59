// The work without any transport or delay: the language service in this process, through its exported API.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchDocument, positionOf } from './realisticFile.mjs';
import { dotenvParseMs } from './dotenvReference.mjs';
import { heading, median, ms, ratio, report, timeRuns, timeRunsWithSetup } from './stats.mjs';
import { completionPositions, hoverPositions, toggleAt } from './positions.mjs';

const require = createRequire(import.meta.url);
const { createLanguageService } = require('../server/out/service/index.js');
const { loadBundledSchemas } = require('../server/out/node/schemaFiles.js');
const { TextDocument } = require('vscode-languageserver-textdocument');

const root = fileURLToPath(new URL('..', import.meta.url));

export function serviceSection() {
  const bundled = loadBundledSchemas(root);
  const newService = () => createLanguageService({ ...bundled });
  let opened = 0;
  const open = (service, text) => {
    const document = TextDocument.create(`file:///bench/service-${++opened}/.env`, 'dotenv', 1, text);
    service.doValidation(document);
    return document;
  };

  const text = benchDocument(13_000);
  const reference = dotenvParseMs(text);
  heading('language service in-process, 13,000-line file (the work, no transport, no delay)');
  report('dotenv.parse of the same text', ms(reference), '(the 1× of every ratio in this section)');

  const openMs = median(timeRunsWithSetup(newService, (service) => open(service, text)));
  report('open → diagnostics (new service, not timed)', ms(openMs), ratio(openMs, reference), { text: '≤ 3×', met: openMs <= 3 * reference });

  const service = newService();
  const document = open(service, text);
  const typeInValue = toggleAt(positionOf(text, /^[A-Z0-9_]+=value-/));
  const editMs = median(timeRuns(() => service.doValidation(typeInValue(document)), { minRuns: 15, minMs: 1000 }));
  report('edit (1 char, middle) → diagnostics', ms(editMs), ratio(editMs, reference), { text: '≤ 1×', met: editMs <= reference });

  const small = benchDocument(10_000);
  const smallReference = dotenvParseMs(small);
  heading('language service in-process, 10,000-line file: each request after a one-character edit elsewhere');
  report('dotenv.parse of the same text', ms(smallReference));
  // A fresh service, as the server has after closing the 13,000-line files: no other document in memory.
  const requests = newService();
  const smallDocument = open(requests, small);
  const typeInComment = toggleAt(positionOf(small, /^# .*$/, 100));
  const after = (request) => median(timeRuns(() => request(typeInComment(smallDocument)), { minRuns: 15, minMs: 700 }));
  for (const [where, position] of Object.entries(completionPositions(small))) {
    const completionMs = after((d) => requests.doComplete(d, position));
    report(`completion at ${where}`, ms(completionMs), ratio(completionMs, smallReference));
  }
  for (const [where, position] of Object.entries(hoverPositions(small))) {
    const hoverMs = after((d) => requests.doHover(d, position));
    report(`hover on ${where}`, ms(hoverMs), ratio(hoverMs, smallReference));
  }
}
