/**
 * What bundlers send to the browser (variables with a public prefix) and what is public by design
 * there (Firebase and Google Maps browser keys, publishable keys, analytics write keys).
 */
const PUBLIC_PREFIXES: readonly [string, string][] = [
  ['NEXT_PUBLIC_', 'Next.js'],
  ['VITE_', 'Vite'],
  ['REACT_APP_', 'Create React App'],
  ['EXPO_PUBLIC_', 'Expo'],
  ['NUXT_PUBLIC_', 'Nuxt'],
  ['GATSBY_', 'Gatsby'],
  ['PUBLIC_', 'SvelteKit and Astro'],
];
/** Keys that browser SDKs are given on purpose: Firebase and Google Maps browser keys, Mapbox public tokens, analytics write keys, … */
export const MEANT_PUBLIC = /PUBLISHABLE|ANON_KEY|PUBLIC_(?:API_)?KEY|SITE_KEY|_DSN$|FIREBASE|MAPS?_|MAPBOX|GOOGLE_API_KEY|ANALYTICS|MEASUREMENT|SEGMENT|POSTHOG|AMPLITUDE|MIXPANEL|RECAPTCHA|HCAPTCHA|TURNSTILE|ALGOLIA_SEARCH/;
/** Values public by design: publishable keys (`pk_…`, Mapbox `pk.…`), URLs, contract addresses. */
export const PUBLIC_VALUE = /^(?:pk_|pk\.|https?:\/\/[^@]*$|0x[0-9a-fA-F]{40}\b)/;

/** A JWT's claims, or undefined when the value is not one. */
export function jwtClaims(value: string): Record<string, unknown> | undefined {
  const parts = /^eyJ[A-Za-z0-9_-]+\.(eyJ[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/.exec(value);
  if (!parts) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Public by design: `PUBLIC_VALUE`, or a Supabase `anon` key (a JWT whose role is `anon`). */
export function isPublicValue(value: string): boolean {
  return PUBLIC_VALUE.test(value) || jwtClaims(value)?.['role'] === 'anon';
}

/** SvelteKit and Astro send bare `PUBLIC_` variables; elsewhere the prefix means nothing to a bundler. */
const BARE_PUBLIC = ['@sveltejs/kit', 'astro'];

/**
 * The bundler that sends `key` to the browser, with its prefix; undefined for a server-only key. The
 * bare `PUBLIC_` prefix counts only where SvelteKit or Astro is among the project's dependencies.
 */
export function publicPrefixOf(key: string, dependencies?: ReadonlySet<string>): readonly [string, string] | undefined {
  const found = PUBLIC_PREFIXES.find(([prefix]) => key.startsWith(prefix));
  if (found?.[0] === 'PUBLIC_' && !BARE_PUBLIC.some((name) => dependencies?.has(name))) return undefined;
  return found;
}

/**
 * A key that the browser is meant to get, or a value that is public by design. A Google API key
 * (`AIza…`) is public behind a browser prefix or under a browser SDK's name (Firebase, Maps), and may
 * be a server key elsewhere.
 */
export function isPublicByDesign(key: string, value: string): boolean {
  const prefix = PUBLIC_PREFIXES.find(([p]) => key.startsWith(p));
  if (value.startsWith('AIza')) return prefix !== undefined || MEANT_PUBLIC.test(key);
  return (prefix !== undefined && MEANT_PUBLIC.test(key.slice(prefix[0].length))) || isPublicValue(value);
}
