import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { parse } from '../../../server/out/service/parser';

/** The variables EnvSense reads from `text`, built as `dotenv.parse` builds its object. */
export function envsenseValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const assignment of parse(text, 'dotenv').assignments) values[assignment.key] = assignment.value;
  return values;
}

/** Fails with the text when EnvSense and dotenv disagree, or when the nodes do not give the text back. */
export function assertConforms(text: string): void {
  const document = parse(text, 'dotenv');
  const rebuilt = document.nodes.map((node) => text.slice(node.span.start, node.span.end)).join('');
  assert.equal(rebuilt, text, `nodes do not give the text back: ${JSON.stringify(text)}`);
  assert.deepEqual(envsenseValues(text), dotenv.parse(text), `values differ from dotenv.parse for ${JSON.stringify(text)}`);
  for (const assignment of document.assignments) {
    assert.equal(text.slice(assignment.keySpan.start, assignment.keySpan.end), assignment.key);
  }
}
