import type { Dialect, EnvDocument } from '../parser';
import { templateSchema, varlockSchema } from './implicitSchemas';
import type { SystemSchema } from './schemaTypes';

const DOTENV_TEMPLATES = ['.env.example', '.env.template', '.env.sample', '.env.dist', '.env.defaults'];

/**
 * Which files next to `fileName` describe it: for a dotenv file, the folder's `.env.example` (and
 * its kin) and varlock's `.env.schema`; for `secrets.py`, `secrets.py.template` / `.example`.
 * A template does not describe itself.
 */
export function implicitSchemasOf(
  fileName: string,
  dialect: Dialect,
  siblings: readonly string[],
): { name: string; kind: (env: EnvDocument, name: string) => SystemSchema }[] {
  const present = new Set(siblings);
  if (dialect === 'python') {
    const base = fileName.replace(/\.(template|example)$/, '');
    if (base !== fileName) return [];
    return [`${fileName}.template`, `${fileName}.example`].filter((n) => present.has(n)).map((name) => ({ name, kind: templateSchema }));
  }
  const found: { name: string; kind: (env: EnvDocument, name: string) => SystemSchema }[] = [];
  if (!DOTENV_TEMPLATES.includes(fileName)) {
    for (const name of DOTENV_TEMPLATES) if (present.has(name)) found.push({ name, kind: templateSchema });
  }
  if (fileName !== '.env.schema' && present.has('.env.schema')) found.push({ name: '.env.schema', kind: varlockSchema });
  return found;
}
