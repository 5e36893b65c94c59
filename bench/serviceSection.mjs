// The work without any transport or delay: the language service in this process, through its exported API.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchDocument, positionOf } from './realisticFile.mjs';
import { dotenvParse } from './dotenvReference.mjs';
import { heading, ms, ratio, report, timePaired } from './stats.mjs';
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
  heading('language service in-process, 13,000-line file (the work, no transport, no delay; dotenv.parse timed in turn with each)');
  const beside = ({ time, reference }) => `${ratio(time, reference)}  (dotenv.parse ${ms(reference)})`;

  const opening = timePaired((service) => open(service, text), () => dotenvParse(text), { setup: newService, minRuns: 7, warmup: 2 });
  report('open → diagnostics (fresh service)', ms(opening.time), beside(opening), { text: '≤ 3×', met: opening.time <= 3 * opening.reference });

  const service = newService();
  const document = open(service, text);
  const typeInValue = toggleAt(positionOf(text, /^[A-Z0-9_]+=value-/));
  const editing = timePaired(() => service.doValidation(typeInValue(document)), () => dotenvParse(text));
  report('edit (1 char, middle) → diagnostics', ms(editing.time), beside(editing), { text: '≤ 1×', met: editing.time <= editing.reference });

  const small = benchDocument(10_000);
  heading('language service in-process, 10,000-line file: each request after a one-character edit elsewhere');
  // A fresh service, as the server has after closing the 13,000-line files: no other document in memory.
  const requests = newService();
  const smallDocument = open(requests, small);
  const typeInComment = toggleAt(positionOf(small, /^# .*$/, 100));
  const after = (request) => timePaired(() => request(typeInComment(smallDocument)), () => dotenvParse(small), { minMs: 700 });
  for (const [where, position] of Object.entries(completionPositions(small))) {
    const completing = after((d) => requests.doComplete(d, position));
    report(`completion at ${where}`, ms(completing.time), beside(completing));
  }
  for (const [where, position] of Object.entries(hoverPositions(small))) {
    const hovering = after((d) => requests.doHover(d, position));
    report(`hover on ${where}`, ms(hovering.time), beside(hovering));
  }
}
