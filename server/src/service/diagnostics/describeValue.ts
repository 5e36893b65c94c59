import { maskUrlPassword } from './urlPassword';

/**
 * A value as it may appear in a message: quoted and shortened, with line breaks made visible and a
 * URL's password hidden; for a secret only its length, so that no message, log, hover or outline
 * ever carries a credential.
 */
export function describeValue(value: string, secret: boolean): string {
  if (secret) return `${articleFor(value.length)} ${value.length}-character value`;
  if (value === '') return 'an empty value';
  // A password inside a URL (`scheme://user:password@host`) is a secret whatever the variable's name.
  const visible = maskUrlPassword(value)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  const shown = visible.length > 40 ? `${visible.slice(0, 37)}…` : visible;
  return `\`${shown}\``;
}

/** "an" before a number said with a vowel sound (8, 11, 18, 80–89, 800…, 8,000…), else "a". */
export function articleFor(n: number): 'a' | 'an' {
  const digits = String(n);
  if (digits.startsWith('8')) return 'an';
  // 11 and 18 ("eleven", "eighteen"), also as the lead group of 11,000 or 18,000,000.
  const lead = digits.length % 3 === 2 ? digits.slice(0, 2) : '';
  return lead === '11' || lead === '18' ? 'an' : 'a';
}
