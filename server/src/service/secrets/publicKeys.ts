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
/** Values public by design: Google browser keys (`AIza…`), publishable keys (`pk_…`, Mapbox `pk.…`), URLs, contract addresses. */
export const PUBLIC_VALUE = /^(?:AIza|pk_|pk\.|https?:\/\/[^@]*$|0x[0-9a-fA-F]{40}\b)/;

/** The bundler that sends `key` to the browser, with its prefix; undefined for a server-only key. */
export function publicPrefixOf(key: string): readonly [string, string] | undefined {
  return PUBLIC_PREFIXES.find(([prefix]) => key.startsWith(prefix));
}

/** A key that the browser is meant to get, or a value that is public by design. */
export function isPublicByDesign(key: string, value: string): boolean {
  const prefix = publicPrefixOf(key);
  return (prefix !== undefined && MEANT_PUBLIC.test(key.slice(prefix[0].length))) || PUBLIC_VALUE.test(value);
}
