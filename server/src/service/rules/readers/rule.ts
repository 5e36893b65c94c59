import { describeValue } from '../../diagnostics/describeValue';
import type { Finding, Rule } from '../../diagnostics/finding';
import { READERS, readerReadOf, type ReaderChoice } from '../../readers/reader';
import { refusalReason } from '../../readers/refusal';
import { referencesSecret } from '../../secrets/assignmentSecrecy';

const who = (reader: ReaderChoice) => `${READERS[reader.id].name} (${reader.because})`;

/**
 * What the file's readers make of it as a whole: a reader that refuses the file (godotenv and
 * compose stop at an unclosed quote or a key they cannot read, and then load nothing), and, where
 * several readers load the file, each key they load differently, said once with each value.
 */
export const readerRules: Rule = {
  document(context) {
    const { env, selection } = context;
    if (context.dialect !== 'dotenv') return [];
    // One reader that never refuses a file has nothing to say here (and is not run on every keystroke).
    if (selection.readers.length === 1 && !READERS[selection.reader.id].canRefuse) return [];
    const findings: Finding[] = [];
    const loading = [];
    for (const reader of selection.readers) {
      const read = readerReadOf(env, reader.id);
      if (read.droppedFrom !== undefined) {
        const start = read.droppedFrom;
        const lineEnd = env.text.slice(start).search(/\r|\n/);
        findings.push({
          code: 'reader-refuses',
          span: { start, end: lineEnd < 0 ? env.text.length : start + Math.max(1, lineEnd) },
          message: `${who(reader)} reads a \`"\` here that is never closed, and silently loads nothing from here to the end of the file.`,
          severity: reader.evidence ? 'error' : 'information',
        });
      }
      if (!read.refusal) {
        loading.push({ reader, values: read.values });
        continue;
      }
      const { offset } = read.refusal;
      const lineEnd = env.text.slice(offset).search(/\r|\n/);
      findings.push({
        code: 'reader-refuses',
        span: { start: offset, end: lineEnd < 0 ? env.text.length : offset + Math.max(1, lineEnd) },
        message: `${who(reader)} stops here on ${refusalReason(read.refusal)}, and then loads nothing from this file.`,
        // Only a reader the project shows is sure to read the file; one assumed by default may not.
        severity: reader.evidence ? 'error' : 'information',
      });
    }
    if (loading.length < 2) return findings;
    const last = new Map(env.assignments.map((assignment) => [assignment.key, assignment]));
    for (const [key, assignment] of last) {
      const loads = loading.map(({ reader, values }) => ({ reader, value: values.get(key)?.value }));
      if (loads.every((load) => load.value === loads[0]!.value)) continue;
      const secret =
        loads.some((load) => load.value != null && context.isSecret(key, load.value)) || referencesSecret(context.isSecret, assignment, (name) => last.get(name)?.value);
      const said = loads.map((load) => `${who(load.reader)} loads ${load.value == null ? 'nothing' : describeValue(load.value, secret)}`);
      findings.push({
        code: 'readers-disagree',
        span: assignment.keySpan,
        message: `The readers of this file load ${key} differently: ${said.join('; ')}.`,
        severity: loads.every((load) => load.reader.evidence) ? 'warning' : 'information',
      });
    }
    return findings;
  },
};
