import type { ReadForm } from './readSites';

/**
 * Variables that something other than the project's env files provides or reads, so that comparing
 * the code with the env files says nothing about them. Kept short and each for a reason: a name here
 * silences a real finding too.
 */

/** Set by the system, the shell, CI, a hosting platform or the toolchain: code may read them without any env file setting them. */
const SET_BY_PLATFORM: ReadonlySet<string> = new Set([
  // The toolchain: Node's tools set NODE_ENV (next build, vite, jest), Next.js its runtime and phase.
  'NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE', 'INIT_CWD', 'JEST_WORKER_ID', 'VITEST',
  // The system and the shell.
  'HOME', 'PATH', 'PWD', 'USER', 'USERNAME', 'LOGNAME', 'SHELL', 'HOSTNAME', 'TZ', 'LANG', 'TERM', 'TMPDIR', 'TEMP', 'TMP', 'APPDATA', 'USERPROFILE',
  // CI and hosting platforms (Heroku, Render, Railway, Fly, Cloud Run and App Engine set PORT).
  'CI', 'PORT', 'DYNO', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION', 'GAE_ENV', 'GOOGLE_CLOUD_PROJECT', 'NETLIFY', 'CONTEXT', 'DEPLOY_URL', 'URL', 'RENDER',
  'AWS_REGION', 'AWS_EXECUTION_ENV', 'LAMBDA_TASK_ROOT', 'KUBERNETES_SERVICE_HOST', 'VIRTUAL_ENV',
  // The official python and node Docker images set their version (`ENV PYTHON_VERSION`), which apps print.
  'PYTHON_VERSION', 'NODE_VERSION',
]);

const SET_BY_PLATFORM_PREFIXES: readonly string[] = [
  'VERCEL', 'NEXT_PUBLIC_VERCEL_', 'GITHUB_', 'RUNNER_', 'GITLAB_', 'CI_', 'BUILDKITE', 'CIRCLE', 'NETLIFY_', 'RENDER_', 'RAILWAY_', 'FLY_', 'HEROKU_',
  'AWS_LAMBDA_', 'npm_', 'LC_', 'VITEST_', 'XDG_',
];

/** What Vite and Astro put in `import.meta.env` themselves. */
const IMPORT_META_BUILTINS: ReadonlySet<string> = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);

/** Whether the platform or the toolchain sets `key` (for the read form `form`): never "read but not set". */
export function setByPlatform(key: string, form: ReadForm): boolean {
  if (SET_BY_PLATFORM.has(key)) return true;
  if (form === 'import.meta.env' && IMPORT_META_BUILTINS.has(key)) return true;
  return SET_BY_PLATFORM_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** Read by a runtime or a tool itself (Node, Python, compose, the `debug` package, proxies): never "set but never read". */
const READ_BY_TOOLS: ReadonlySet<string> = new Set([
  'NODE_ENV', 'NODE_OPTIONS', 'NODE_TLS_REJECT_UNAUTHORIZED', 'NODE_EXTRA_CA_CERTS', 'NODE_PATH', 'TZ', 'DEBUG', 'PORT', 'HOST', 'BROWSER', 'GENERATE_SOURCEMAP',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'ALL_PROXY', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE',
  'DJANGO_SETTINGS_MODULE', 'GOOGLE_APPLICATION_CREDENTIALS', 'LANG', 'PATH', 'NEXT_TELEMETRY_DISABLED', 'PRISMA_HIDE_UPDATE_MESSAGE',
]);

/**
 * Prefixes a framework or tool reads by itself: browser variables inlined at build time (also in HTML
 * and config files EnvSense does not index), runtime config mapped by name (Nuxt), compose and Docker.
 */
const READ_BY_TOOLS_PREFIXES: readonly string[] = [
  'NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'EXPO_PUBLIC_', 'PUBLIC_', 'NUXT_', 'GATSBY_', 'VUE_APP_', 'STORYBOOK_', 'TAURI_', 'NX_', 'TURBO_',
  'PYTHON', 'PIP_', 'UV_', 'COMPOSE_', 'DOCKER_', 'BUILDKIT_', 'LC_', 'PG', 'AWS_',
];

/** Whether a runtime, a framework or a tool reads `key` by itself: never "set but never read". */
export function readByTools(key: string): boolean {
  return READ_BY_TOOLS.has(key) || READ_BY_TOOLS_PREFIXES.some((prefix) => key.startsWith(prefix));
}
