import { maskUrlPassword } from './urlPassword';

/**
 * A value as it may appear in a message: quoted and shortened, with line breaks made visible and a
 * URL's password hidden; for a secret only its length, so that no message, log, hover or outline
 * ever carries a credential.
 */
export function describeValue(value: string, secret: boolean): string {
  if (secret) return value.length === 1 ? 'a 1-character value' : `a ${value.length}-character value`;
  if (value === '') return 'an empty value';
  // A password inside a URL (`scheme://user:password@host`) is a secret whatever the variable's name.
  const visible = maskUrlPassword(value)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  const shown = visible.length > 40 ? `${visible.slice(0, 37)}…` : visible;
  return `\`${shown}\``;
}
