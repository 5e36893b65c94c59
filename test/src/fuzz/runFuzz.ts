import fc from 'fast-check';
import { assertConforms } from '../support/conformance';
import { anyText, dotenvFile } from '../support/dotenvArbitrary';

/** `npm run fuzz [runs]`: the conformance property on many more generated files than `npm test`. */
const runs = Number(process.argv[2] ?? 1_000_000);
const started = Date.now();
fc.assert(fc.property(dotenvFile, assertConforms), { numRuns: runs });
fc.assert(fc.property(anyText, assertConforms), { numRuns: Math.ceil(runs / 10) });
console.log(`${runs} generated files and ${Math.ceil(runs / 10)} arbitrary texts agree with dotenv.parse (${((Date.now() - started) / 1000).toFixed(1)} s)`);
