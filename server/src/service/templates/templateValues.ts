/**
 * What "Create template" writes for each value (the `envsense.templateValues` setting):
 * - `keepDefaults`: secrets emptied, every other value kept as the default teammates start from;
 * - `placeholders`: secrets replaced by a placeholder such as `<your-secret-key>` (which EnvSense
 *   reports as a placeholder left in, should a teammate copy it unfilled), other values kept;
 * - `empty`: every value emptied.
 * In no mode does a secret reach the template.
 */
export type TemplateValues = 'keepDefaults' | 'placeholders' | 'empty';

export const TEMPLATE_VALUES: readonly TemplateValues[] = ['keepDefaults', 'placeholders', 'empty'];

export const DEFAULT_TEMPLATE_VALUES: TemplateValues = 'keepDefaults';

export function isTemplateValues(value: unknown): value is TemplateValues {
  return typeof value === 'string' && (TEMPLATE_VALUES as readonly string[]).includes(value);
}
