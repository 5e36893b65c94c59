import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_CORPUS, CODE_RULES, codeLabelsOf, scoreCodeCorpus, type CodeLabel } from './codeCorpus';

/**
 * `node test/out/corpus/runCodeCorpus.js`: the code-versus-env-files rules on the labelled code
 * corpus. Prints the precision of each rule, the findings labelled noise, the labels no longer
 * reported, and every finding that has no label yet. `--label` adds each unlabelled one to its
 * repository's LABELS.json with the verdict `"?"`, for a person to decide.
 */
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

void (async () => {
  const score = await scoreCodeCorpus();
  console.log(`code corpus: ${score.findings.length} findings in ${score.repositories} repositories`);
  console.log('\nprecision by rule (real / labelled findings):');
  for (const code of CODE_RULES) {
    const { real, noise } = score.byCode.get(code)!;
    console.log(`  ${code.padEnd(20)} ${String(real).padStart(3)} / ${String(real + noise).padEnd(3)} → ${percent(real, real + noise)}`);
  }
  console.log(`\nnoise: ${score.noise.length}`);
  for (const f of score.noise) console.log(`  ${f.repo}/${f.file}:${f.line} ${f.code}`);
  console.log(`labels no longer reported: ${score.stale.length}`);
  for (const l of score.stale) console.log(`  ${l.repo}/${l.file}:${l.line} ${l.code} (${l.verdict})`);
  console.log(`unlabelled: ${score.unlabelled.length}`);
  for (const f of score.unlabelled) console.log(`  ${f.repo}/${f.file}:${f.line} ${f.severity} ${f.code}: ${f.message}`);

  if (process.argv.includes('--label')) {
    const byRepo = new Map<string, CodeLabel[]>();
    for (const f of score.unlabelled) {
      const list = byRepo.get(f.repo) ?? [];
      byRepo.set(f.repo, list);
      list.push({ file: f.file, line: f.line, code: f.code, verdict: '?' as CodeLabel['verdict'], reason: `${f.severity}: ${f.message}` });
    }
    for (const [repo, added] of byRepo) {
      writeFileSync(join(CODE_CORPUS, repo, 'LABELS.json'), `${JSON.stringify({ findings: [...codeLabelsOf(repo), ...added] }, null, 2)}\n`);
    }
    console.log(`\nwrote ${score.unlabelled.length} "?" labels into ${byRepo.size} LABELS.json files`);
  }
})();
