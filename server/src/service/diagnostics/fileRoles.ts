/**
 * What a file is for, from its path and its top comments. A file may have several roles
 * (`docker/.env.production` is docker and production); `loaded` is the role of a file with none of
 * the others (`.env`).
 */
export type FileRole = 'template' | 'rendered' | 'development' | 'docker' | 'test' | 'production' | 'loaded';

export const FILE_ROLES: readonly FileRole[] = ['template', 'rendered', 'development', 'docker', 'test', 'production', 'loaded'];

/**
 * Names of files meant to be copied and filled in: `.env.example`, `.env.sample`, `.env.dist`,
 * `.env.template`, `.env.tpl`, `example.env`, `app.example.env`, `.env_sample`, `.env-sample`,
 * `secrets.py.template`, varlock's `.env.schema`.
 */
const TEMPLATE = /(?:^|[._-])(?:example|template|sample|dist|defaults|schema|tpl)(?:[._-]|$)/i;
const PRODUCTION = /(?:^|[._-])(?:prod|production|staging|stage|preprod|live)(?:[._-]|$)/i;
const DEVELOPMENT = /(?:^|[._-])(?:dev|develop|development|local)(?:[._-]|$)/i;
const TEST = /(?:^|[._-])(?:test|tests|testing|e2e|spec|playwright|cypress)(?:[._-]|$)/i;
const DOCKER = /(?:^|[._-])(?:docker|compose|container)(?:[._-]|$)/i;
/**
 * A folder says production or development only by its whole name (`.envs/.production/`, `local/`):
 * `apps/live-chat/` is no production, `services/local-auth/` no development. `docker` and `compose`
 * mean nothing else, so `DOCKER` reads folders' names word by word too (`docker-caddy/`).
 */
const PRODUCTION_FOLDER = /^\.?(?:prod|production|staging|stage|preprod)$/i;
const DEVELOPMENT_FOLDER = /^\.?(?:dev|develop|development|local)$/i;
/** A loader's or a tool's own test data: anything under these folders. */
const FIXTURE_FOLDER = /^(?:tests?|spec|__tests__|fixtures?|testdata|e2e|playwright|cypress)$/i;

/** The roles of the file at `path` (with `/`), given whether its top comments call it a template. */
export function rolesOf(path: string | undefined, templateHeader: boolean): ReadonlySet<FileRole> {
  const roles = new Set<FileRole>();
  if (templateHeader) roles.add('template');
  if (path === undefined) return roles.size > 0 ? roles : new Set(['loaded']);
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  const folders = parts.slice(0, -1);
  // A path a template engine renders (cookiecutter's `{{cookiecutter.project}}/.env`) is a template too.
  if (path.includes('{{') || path.includes('{%')) roles.add('rendered').add('template');
  if (TEMPLATE.test(name)) roles.add('template');
  const near = folders.slice(-2);
  if (PRODUCTION.test(name) || near.some((folder) => PRODUCTION_FOLDER.test(folder))) roles.add('production');
  if (DEVELOPMENT.test(name) || near.some((folder) => DEVELOPMENT_FOLDER.test(folder))) roles.add('development');
  if (TEST.test(name) || folders.some((folder) => FIXTURE_FOLDER.test(folder))) roles.add('test');
  if (DOCKER.test(name) || near.some((folder) => DOCKER.test(folder))) roles.add('docker');
  if (roles.size === 0) roles.add('loaded');
  return roles;
}
