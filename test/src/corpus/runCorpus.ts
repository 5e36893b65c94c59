import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, labelsOf, type Label } from './corpusFindings';
import { scoreCorpus } from './corpusScore';
import { secretlintHits } from './secretlintRun';
import { secretsSideBySide } from './secretsSideBySide';

/**
 * `npm run corpus`: EnvSense on the labelled corpus. Prints the precision of errors and warnings per
 * code and overall, the false errors, the recall of the labelled real problems, and every error or
 * warning that has no label yet. `--label` adds each unlabelled one to its repository's LABELS.json
 * with the verdict `"?"`, for a person to decide.
 */
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

const score = scoreCorpus(process.argv.includes('--only') ? new Set(process.argv.slice(process.argv.indexOf('--only') + 1)) : undefined);
console.log(`corpus: ${score.files} files from ${score.repositories} repositories`);
console.log('\nby code: precision of errors and warnings (real / reported), recall of labelled real problems (found at any severity / labelled):');
const codes = [...new Set([...score.byCode.keys(), ...score.recallByCode.keys()])].sort();
for (const code of codes) {
  const { real, noise } = score.byCode.get(code) ?? { real: 0, noise: 0 };
  const { found, labelled } = score.recallByCode.get(code) ?? { found: 0, labelled: 0 };
  console.log(`  ${code.padEnd(26)} precision ${String(real).padStart(3)} / ${String(real + noise).padEnd(3)} → ${percent(real, real + noise).padEnd(6)}  recall ${String(found).padStart(3)} / ${String(labelled).padEnd(3)} → ${percent(found, labelled)}`);
}
console.log(`  ${'all'.padEnd(26)} ${String(score.real).padStart(4)} / ${String(score.real + score.noise).padEnd(4)} → ${percent(score.real, score.real + score.noise)}`);
const family = ['leaked-credential', 'weak-secret', 'placeholder-value', 'public-secret', 'example-secret'].map((code) => score.byCode.get(code) ?? { real: 0, noise: 0 });
const familyReal = family.reduce((sum, c) => sum + c.real, 0);
const familyAll = family.reduce((sum, c) => sum + c.real + c.noise, 0);
console.log(`  ${'secret family'.padEnd(26)} ${String(familyReal).padStart(4)} / ${String(familyAll).padEnd(4)} → ${percent(familyReal, familyAll)}  (leaked, weak, placeholder, public, example)`);
console.log(`\nfalse errors: ${score.falseErrors.length}`);
for (const f of score.falseErrors) console.log(`  ${f.repo}/${f.file}:${f.line} ${f.code}`);
const labelledReal = score.real + score.realLost.length;
console.log(`recall of labelled real problems: ${score.real + score.missedFound} of ${labelledReal + score.missed} (${percent(score.real + score.missedFound, labelledReal + score.missed)}); ${score.realLost.length} labelled real no longer reported, ${score.missed - score.missedFound} known misses`);
for (const l of score.realLost) console.log(`  lost: ${l.repo}/${l.file}:${l.line} ${l.code}`);
console.log(`unlabelled errors and warnings: ${score.unlabelled.length}`);
for (const f of score.unlabelled) console.log(`  ${f.repo}/${f.file}:${f.line} ${f.severity} ${f.code}: ${f.message}`);

void (async () => {
  const side = secretsSideBySide(await secretlintHits());
  console.log('\nleaked credentials, line by line, against the labelled real credentials (precision, recall):');
  for (const [tool, { reported, real, labelled }] of Object.entries(side)) {
    console.log(`  ${tool.padEnd(11)} ${String(real).padStart(3)} real of ${String(reported).padEnd(3)} reported → ${percent(real, reported).padEnd(6)} found ${real} of ${labelled} → ${percent(real, labelled)}`);
  }
})();

if (process.argv.includes('--label')) {
  const byRepo = new Map<string, Label[]>();
  for (const f of score.unlabelled) {
    const list = byRepo.get(f.repo) ?? [];
    byRepo.set(f.repo, list);
    list.push({ file: f.file, line: f.line, code: f.code, verdict: '?' as Label['verdict'], reason: `${f.severity}: ${f.message}` });
  }
  for (const [repo, added] of byRepo) {
    const labels = labelsOf(repo);
    writeFileSync(join(CORPUS, repo, 'LABELS.json'), `${JSON.stringify({ findings: [...labels.findings, ...added], missed: labels.missed }, null, 2)}\n`);
  }
  console.log(`\nwrote ${score.unlabelled.length} "?" labels into ${byRepo.size} LABELS.json files`);
}
