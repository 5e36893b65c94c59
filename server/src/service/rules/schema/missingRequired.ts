import type { Finding, KeySet, RuleContext } from '../../diagnostics/finding';
import { fileLevelSpan } from '../../diagnostics/fileLevelSpan';
import { demandsRequired, type SchemaSelection } from '../../schema/schemaSelection';

/** Required variables of the applied schemas that neither the file nor the files loaded before it set, with their schema's name. */
export function missingRequiredKeys(selection: SchemaSelection, present: KeySet): Map<string, string> {
  const missing = new Map<string, string>();
  for (const applied of selection.applied) {
    if (!demandsRequired(applied)) continue;
    const { schema } = applied;
    for (const [name, spec] of Object.entries(schema.variables)) {
      if (spec.required && !present.has(name) && !missing.has(name)) missing.set(name, schema.name);
    }
  }
  return missing;
}

export function missingRequired(context: RuleContext): Finding[] {
  // A template lists keys for others to fill; a secrets file holds only the secret part of the settings.
  if (context.file.template || context.env.dialect === 'python') return [];
  const missing = missingRequiredKeys(context.selection, context.definedKeys);
  if (missing.size === 0) return [];
  const bySchema = new Map<string, string[]>();
  for (const [name, schema] of missing) bySchema.set(schema, [...(bySchema.get(schema) ?? []), name]);
  return [
    {
      code: 'missing-required',
      span: fileLevelSpan(context.env.text),
      message: `Required and not set: ${[...bySchema].map(([schema, names]) => `${names.join(', ')} (${schema})`).join('; ')}.`,
    },
  ];
}
