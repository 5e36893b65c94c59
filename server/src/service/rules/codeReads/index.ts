import { ruleFamily } from '../family';
import { commentOutUnreadFix } from './fixes';
import { codeReadsRule } from './rule';

/**
 * The env files compared with the code that reads them: a key the code reads that no env file of its
 * project sets, a value the code cannot convert (both reported on the read site, in the code document,
 * by code/codeDiagnostics.ts), and a key no code reads (in the env file). Low severities: a deployment,
 * CI or a tool may set or read what neither side shows.
 */
export const codeReads = ruleFamily({
  codes: {
    'read-but-not-set': { severity: 'information', summary: 'The code reads a variable that no env file, template or schema default of its project provides, without a fallback.' },
    'read-type-mismatch': { severity: 'warning', summary: 'The code converts a variable (`int(…)`, `Number(…)`, `JSON.parse(…)`, `env.bool(…)`) whose value in the env files does not convert as it expects.' },
    'set-but-never-read': { severity: 'hint', summary: 'No code of the workspace reads the key (only said when the whole workspace was indexed and every read names its key).' },
  },
  limits: {
    // A generated project's env file is filled in by its generator, not read by the generator's code.
    'set-but-never-read': { rendered: 'off' },
  },
  rule: codeReadsRule,
  fixes: {
    'set-but-never-read': commentOutUnreadFix,
  },
});
