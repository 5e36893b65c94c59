// npm run bench: EnvSense's lossless parser beside dotenv.parse (default and { fast: true }) on the
// same generated, realistic files, measured in the same run. Prints medians and ratios; asserts nothing.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const dotenv = require('dotenv');
const { parse } = require('../server/out/service/parser/index.js');
const { createLanguageService } = require('../server/out/service/index.js');
const { loadBundledSchemas } = require('../server/out/node/schemaFiles.js');
const { TextDocument } = require('vscode-languageserver-textdocument');

function realisticFile(lines) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['DATABASE', 'URL', 'SECRET', 'KEY', 'PORT', 'HOST', 'REDIS', 'AWS', 'REGION', 'MAIL', 'API', 'TOKEN', 'LOG', 'LEVEL'];
  const name = (i) => `${words[i % words.length]}_${words[(i * 7) % words.length]}_${i}`;
  const out = [];
  for (let i = 0; out.length < lines; i++) {
    const r = random();
    if (r < 0.08) out.push(`# ${words[i % words.length].toLowerCase()} settings for the service`);
    else if (r < 0.16) out.push('');
    else if (r < 0.56) out.push(`${name(i)}=value-${Math.floor(random() * 1e9).toString(36)}`);
    else if (r < 0.70) out.push(`${name(i)}="postgres://user:pw@db:5432/app_${i}" # primary`);
    else if (r < 0.80) out.push(`${name(i)}='${Math.floor(random() * 1e12).toString(36)} with spaces'`);
    else if (r < 0.88) out.push(`export ${name(i)}=${Math.floor(random() * 65535)}`);
    else if (r < 0.92) out.push(`${name(i)}=\${${name(i - 1)}}/path`);
    else if (r < 0.94 && out.length + 3 < lines) out.push(`${name(i)}="-----BEGIN KEY-----`, 'bXVsdGlsaW5lIHZhbHVl', '-----END KEY-----"');
    else out.push(`${name(i)}: yaml-style value`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function median(fn, text, minRuns, minMs) {
  const times = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const parsers = {
  envsense: (text) => parse(text, 'dotenv'),
  'dotenv.parse': (text) => dotenv.parse(text),
  'dotenv.parse fast': (text) => dotenv.parse(text, { fast: true }),
};

console.log('lines     envsense (ms)  dotenv (ms)  dotenv fast (ms)  envsense/dotenv  envsense/fast');
for (const lines of [1_000, 10_000, 100_000]) {
  const text = realisticFile(lines);
  for (const fn of Object.values(parsers)) median(fn, text, 5, 200); // warm up
  const [mine, reference, fast] = Object.values(parsers).map((fn) => median(fn, text, 15, lines >= 100_000 ? 3000 : 1000));
  console.log(
    `${String(lines).padEnd(8)}  ${mine.toFixed(3).padStart(12)}  ${reference.toFixed(3).padStart(11)}  ${fast.toFixed(3).padStart(16)}` +
      `  ${(mine / reference).toFixed(2).padStart(15)}  ${(mine / fast).toFixed(2).padStart(13)}`,
  );
}

// A keystroke in an editor: the document changes, then diagnostics and completion are computed.
console.log('\nservice on a 10,000-line file (median ms per keystroke, after a change)');
{
  const bundled = loadBundledSchemas(new URL('..', import.meta.url).pathname);
  const service = createLanguageService({ schemas: bundled.schemas, validateSchema: bundled.validateSchema });
  const base = '# envsense: schema=flagsmith\n' + realisticFile(10_000);
  let version = 0;
  const edited = () => TextDocument.create('file:///bench/.env', 'dotenv', ++version, base + `EDIT_${version}=x\n`);
  const reference = median((text) => dotenv.parse(text), base, 15, 1000);
  const validation = median(() => service.doValidation(edited()), null, 15, 1000);
  // Completion and hover answer at once; the server runs the rules after a 150 ms pause in typing.
  const completion = median(() => service.doComplete(edited(), { line: 5000, character: 0 }), null, 15, 1000);
  const hover = median(() => service.doHover(edited(), { line: 5000, character: 2 }), null, 15, 1000);
  console.log(`completion (parse + schemas + items): ${completion.toFixed(2)} ms (${(completion / reference).toFixed(2)}× dotenv.parse ${reference.toFixed(2)} ms)`);
  console.log(`hover (parse + schemas + markdown):    ${hover.toFixed(2)} ms (${(hover / reference).toFixed(2)}×)`);
  console.log(`diagnostics (parse + every rule):      ${validation.toFixed(2)} ms (${(validation / reference).toFixed(2)}×)`);
}
