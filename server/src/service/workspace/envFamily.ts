import { rolesOf } from '../diagnostics/fileRoles';

/**
 * A file's env family: the files of its folder that hold the same variables. For a dotenv file, `.env`
 * and every `.env.*` / `.env_*` / `.env-*` beside it (`.env.local`, `.env.production`,
 * `.env.example`, …); for a Python secrets file `secrets.py`, the same name with `.template` or
 * `.example` after it. Each member says whether it is a template (a file meant to be copied).
 * Which members load, in which order, is the loader's business (see the family order); this is only
 * who belongs.
 */
export interface FamilyMember {
  /** The file's name in the folder. */
  readonly name: string;
  readonly template: boolean;
  readonly dialect: 'dotenv' | 'python';
}

const DOTENV_MEMBER = /^\.env(?:[._-].+)?$/;
/** Beside `.env` but not a dotenv of its variables: encrypted copies, dotenvx's keys, editor swap files. */
const NOT_A_MEMBER = /\.(?:vault|keys|gpg|enc|age|asc|swp|swo)$/i;
const PYTHON_TEMPLATE = /\.(?:template|example)$/;

/** The members of the family of the file `name`, among the names of its folder (`name` itself included), sorted. */
export function familyMembers(name: string, folder: readonly string[]): FamilyMember[] {
  const python = pythonBase(name);
  const belongs = python === undefined ? (other: string) => DOTENV_MEMBER.test(other) && !NOT_A_MEMBER.test(other) : (other: string) => pythonBase(other) === python;
  if (!belongs(name)) return [];
  return [...new Set([name, ...folder])]
    .filter(belongs)
    .sort()
    .map((member) => ({ name: member, template: rolesOf(member, false).has('template'), dialect: python === undefined ? 'dotenv' : 'python' }));
}

/** `secrets.py` for `secrets.py`, `secrets.py.template` and `secrets.py.example`; undefined for any other name. */
function pythonBase(name: string): string | undefined {
  const base = name.replace(PYTHON_TEMPLATE, '');
  return base.endsWith('.py') && base.length > 3 ? base : undefined;
}

/**
 * The env files among a folder's names: every member of the `.env` family that is there, and each
 * Python secrets file (`isSecretsFile`, by name) with its templates. One answer for every feature that
 * asks which env files a folder holds (code navigation, the code diagnostics, declared schemas).
 */
export function envFilesAmong(names: readonly string[], isSecretsFile: (name: string) => boolean): FamilyMember[] {
  const present = new Set(names);
  const found = new Map<string, FamilyMember>();
  const add = (members: readonly FamilyMember[]) => {
    for (const member of members) if (present.has(member.name)) found.set(member.name, member);
  };
  add(familyMembers('.env', names));
  for (const name of names) if (name.endsWith('.py') && isSecretsFile(name)) add(familyMembers(name, names));
  return [...found.values()];
}
