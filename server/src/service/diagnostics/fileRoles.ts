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
const TEST = /(?:^|[._-])(?:test|tests|testing|ci|e2e|spec|playwright|cypress)(?:[._-]|$)/i;
const DOCKER = /(?:^|[._-])(?:docker|compose|container)(?:[._-]|$)/i;
/** A loader's or a tool's own test data: anything under these folders. */
const FIXTURE_FOLDER = /^(?:tests?|spec|__tests__|fixtures?|testdata|e2e|playwright|cypress|ci|\.ci)$/i;

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
  const near = [name, ...folders.slice(-2)];
  if (near.some((part) => PRODUCTION.test(part))) roles.add('production');
  if (near.some((part) => DEVELOPMENT.test(part))) roles.add('development');
  if (TEST.test(name) || folders.some((folder) => FIXTURE_FOLDER.test(folder))) roles.add('test');
  if (near.some((part) => DOCKER.test(part))) roles.add('docker');
  if (roles.size === 0) roles.add('loaded');
  return roles;
}
