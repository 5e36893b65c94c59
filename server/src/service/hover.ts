import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { describeValue } from './diagnostics/describeValue';
import { nodeAt } from './parser/nodeAt';
import type { Assignment, Span } from './parser';
import { describeVariable } from './schema/describeVariable';
import { speakerRank, type SchemaSelection } from './schema/schemaSelection';
import type { KnownVariable } from './schema/schemaTypes';
import type { CompletionContext } from './completion';
import { keyIndex } from './parser/keyIndex';
import type { ReaderRead } from './readers/binding';
import { READERS, readerReadOf } from './readers/reader';
import { lineOfOffset, refusalReason } from './readers/refusal';
import { isSecretAssignment, referencesSecret } from './secrets/assignmentSecrecy';
import { stepReadOf, withOpenDocument } from './family/familyOrder';
import { perEnvironmentText, unknownLoaderText } from './family/hoverSection';
import type { LoaderSetting } from './family/loaderIds';

/** What hover consults: the completion context, with the `envsense.loader` setting (`auto` when absent). */
export interface HoverContext extends CompletionContext {
  readonly loader?: LoaderSetting;
}

/** Documentation of a key, of an allowed value, or of what a `${VAR}` reference points to. */
export function doHover(context: HoverContext, position: Position): Hover | null {
  const { document, env, selection } = context;
  const offset = document.offsetAt(position);
  const within = (span: Span) => span.start <= offset && offset <= span.end && span.end > span.start;
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });

  const node = nodeAt(env, offset) ?? nodeAt(env, offset - 1);
  if (node?.kind === 'assignment') {
    const assignment = node;
    const reference = assignment.references.find((r) => within(r.span));
    if (reference) return { contents: markdown(referenceText(context, assignment, reference.name)), range: range(reference.span) };

    // The schemas that apply speak for the key; only when none of them knows it do the others.
    const knowledge = selection.registry.lookup(assignment.key);
    const fromApplied = knowledge.filter((k) => selection.appliedIds.has(k.schema.id));
    const applied = fromApplied.length > 0 ? bySpeaker(selection, fromApplied) : knowledge;
    if (within(assignment.keySpan)) {
      const sections = applied.map((known, i) => describeVariable(i === 0 ? known : withoutDeprecation(known)));
      sections.push(loadsText(context, assignment));
      const family = familyText(context, assignment);
      if (family !== undefined) sections.push(family);
      return { contents: markdown(sections.join('\n\n---\n\n')), range: range(assignment.keySpan) };
    }
    // A secret's value is never named, not even when a schema documents it.
    if (within(assignment.valueSpan) && !isSecretAssignment(context.isSecret, env.text, assignment)) {
      for (const known of applied) {
        const value = known.spec.values?.find((v) => v.value === assignment.value);
        if (value?.description) {
          return { contents: markdown(`\`${value.value}\` — ${value.description}\n\n(${assignment.key}, ${known.schema.name})`), range: range(assignment.valueSpan) };
        }
      }
    }
  }
  return null;
}

function referenceText(context: CompletionContext, from: Assignment, name: string): string {
  const { env, document } = context;
  const earlier = env.assignments.filter((a) => a.key === name && a.span.start < from.span.start);
  const definition = earlier[earlier.length - 1] ?? env.assignments.find((a) => a.key === name);
  if (definition) {
    const line = document.positionAt(definition.keySpan.start).line + 1;
    return `\`${name}\` is set on line ${line} of this file and loads ${describeValue(definition.value, isSecretAssignment(context.isSecret, env.text, definition))}.`;
  }
  const loaded = context.loadedBefore.find((entry) => entry.assignment.key === name);
  if (loaded) return `\`${name}\` is set in ${loaded.file} and loads ${describeValue(loaded.assignment.value, isSecretAssignment(context.isSecret, loaded.text, loaded.assignment))}.`;
  return `\`${name}\` is not set in this file or in the files loaded before it.`;
}

/**
 * For a key of a file whose family loads two files or more: which file's value wins in each of the
 * loader's environments, this file read from the open document's text, the others from the disk.
 */
function familyText(context: HoverContext, assignment: Assignment): string | undefined {
  const { path, workspace, env } = context;
  if (path === undefined || workspace === undefined || env.dialect !== 'dotenv') return undefined;
  const order = workspace.familyOrder(path, context.loader ?? 'auto');
  if (!order) return unknownLoaderText(workspace.family(path));
  const reader = order.plan.loader.reader;
  return perEnvironmentText({
    key: assignment.key,
    order,
    readOf: withOpenDocument(order, stepReadOf(readerReadOf(env, reader), reader, env.text)),
    isSecret: context.isSecret,
    secretHere: isSecretAssignment(context.isSecret, env.text, assignment),
  });
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

/**
 * What each reader of the file loads for the key, named with why it is assumed: one line when they
 * agree, one per reader when they do not (python-dotenv keeps `a#b` and replaces `${VAR}`, Node's
 * dotenv does neither).
 */
function loadsText(context: CompletionContext, assignment: Assignment): string {
  const { env, selection } = context;
  const written = isSecretAssignment(context.isSecret, env.text, assignment);
  if (env.dialect !== 'dotenv') return `${assignment.key} loads ${describeValue(assignment.value, written)}.`;
  // A reader that expands `${DB_PASSWORD}` loads the secret itself.
  const secret = written || referencesSecret(context.isSecret, assignment, (name) => (keyIndex(env).lastOfRepeated(name) ?? env.assignments.find((a) => a.key === name))?.value);
  const loads = selection.readers.map((reader) => {
    // Node's dotenv is the parse itself: the key's last assignment, without reading the file again.
    const last = keyIndex(env).lastOfRepeated(assignment.key) ?? assignment;
    const read: ReaderRead = reader.id === 'dotenv' ? { values: new Map([[last.key, { key: last.key, value: last.value, start: last.span.start }]]) } : readerReadOf(env, reader.id);
    const loaded = read.refusal ? undefined : read.values.get(assignment.key)?.value;
    const what = read.refusal
      ? `nothing (it refuses the file at line ${lineOfOffset(env.text, read.refusal.offset)}: ${refusalReason(read.refusal)})`
      : loaded === undefined || loaded === null
        ? 'nothing (the key stays unset)'
        : describeValue(loaded, secret || context.isSecret(assignment.key, loaded));
    return { who: `${READERS[reader.id].name} (${reader.because})`, what };
  });
  if (loads.every((load) => load.what === loads[0]!.what)) {
    const who = loads.map((load) => load.who);
    const names = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)!} read` : `${who[0]!} reads`;
    return `${assignment.key} loads ${loads[0]!.what}, as ${names} it.`;
  }
  return `${assignment.key} loads ${loads.map((load) => `${load.what} as ${load.who} reads it`).join('; ')}.`;
}

/**
 * What the applied schemas know of a key, the one that speaks for it first; a name pattern (`FLASK_*`)
 * only when no schema knows the exact name.
 */
function bySpeaker(selection: SchemaSelection, known: readonly KnownVariable[]): KnownVariable[] {
  const exact = known.filter((k) => k.pattern === undefined);
  return [...(exact.length > 0 ? exact : known)].sort((a, b) => speakerRank(selection, a) - speakerRank(selection, b));
}

/** A schema that does not speak for the key documents it, without repeating the speaker's deprecation. */
function withoutDeprecation(known: KnownVariable): KnownVariable {
  if (!known.spec.deprecated) return known;
  const { deprecated: _dropped, ...spec } = known.spec;
  return { ...known, spec };
}
