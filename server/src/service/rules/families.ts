import type { Rule } from '../diagnostics/finding';
import { codeReads } from './codeReads';
import { compat } from './compat';
import { conventions } from './conventions';
import { drift } from './drift';
import { familyOrder } from './familyOrder';
import { readers } from './readers';
import { references } from './references';
import { schema } from './schema';
import { secretFiles } from './secretFiles';
import { selection } from './selection';
import { suspicious } from './suspicious';
import { syntax } from './syntax';

/** Every rule family, the one list: codes, role limits, rules and fixes are all read from here. Rules run in this order. */
export const FAMILIES = [syntax, compat, schema, conventions, suspicious, references, secretFiles, readers, familyOrder, selection, drift, codeReads] as const;

export const RULES: readonly Rule[] = FAMILIES.flatMap((family) => (family.rule ? [family.rule] : []));
