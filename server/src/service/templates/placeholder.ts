/**
 * The placeholder a template holds for a secret: `<your-secret-key>` for `SECRET_KEY`. It has the
 * form EnvSense itself reports as "a placeholder left in" (`placeholder-value`), so a teammate who
 * copies the template and forgets to fill it in is told.
 */
export function placeholderFor(key: string): string {
  const words = key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `<your-${words === '' ? 'value' : words}>`;
}
