import { booleanLiterals } from './describeVariable';
import { matchesWhole } from './linearRegex';
import type { KnownVariable, VariableSpec, VariableType } from './schemaTypes';

/**
 * Whether a value has the form a schema gives, and if not, the expected form in words ("an
 * integer", "one of DEBUG, INFO", "a URL starting with postgres:// or postgresql://").
 */
export function expectedForm(value: string, known: KnownVariable, secret = false): string | undefined {
  const { spec, schema } = known;
  const type = spec.type ?? 'string';
  if (type === 'boolean') {
    const literals = booleanLiterals(spec, schema);
    const accepted = literals.accepted ?? [literals.true, literals.false];
    return accepted.includes(value) ? undefined : `a boolean (\`${literals.true}\` or \`${literals.false}\`)`;
  }
  if (type === 'enum') {
    const values = (spec.values ?? []).map((v) => v.value);
    const same = spec.caseSensitive === false ? values.some((v) => v.toLowerCase() === value.toLowerCase()) : values.includes(value);
    return same || values.length === 0 ? undefined : `one of ${values.join(', ')}`;
  }
  const problem = checkType(value, type, spec, secret);
  if (problem) return problem;
  if (spec.regex !== undefined && !matchesWhole(spec.regex, value)) return `a value matching \`${spec.regex}\``;
  if (spec.minLength !== undefined && value.length < spec.minLength) return `at least ${spec.minLength} characters`;
  if (spec.maxLength !== undefined && value.length > spec.maxLength) return `at most ${spec.maxLength} characters`;
  return undefined;
}

/** What is wrong with the value's type; for a secret, without quoting any part of it. */
function checkType(value: string, type: VariableType, spec: VariableSpec, secret: boolean): string | undefined {
  switch (type) {
    case 'integer':
    case 'port': {
      const min = spec.minimum ?? (type === 'port' ? 0 : undefined);
      const max = spec.maximum ?? (type === 'port' ? 65535 : undefined);
      const what = type === 'port' ? 'a port number' : 'an integer';
      if (!/^[+-]?\d+$/.test(value)) return `${what}${range(min, max)}`;
      return inRange(Number(value), min, max) ? undefined : `${what}${range(min, max)}`;
    }
    case 'number':
      // Each digit can be read one way only, so a long value that fails does not backtrack.
      if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) return `a number${range(spec.minimum, spec.maximum)}`;
      return inRange(Number(value), spec.minimum, spec.maximum) ? undefined : `a number${range(spec.minimum, spec.maximum)}`;
    case 'url':
      return checkUrl(value, spec.schemes);
    case 'email':
      return /^[^\s@<>]+@[^\s@<>]+$/.test(value) ? undefined : 'an email address';
    case 'host':
      if (value.includes('://')) return 'a host name, not a URL';
      return /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?|\[[0-9A-Fa-f:.]+\])(?::\d+)?$/.test(value) ? undefined : 'a host name or IP address';
    case 'uuid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? undefined : 'a UUID';
    case 'json':
      try {
        JSON.parse(value);
        return undefined;
      } catch {
        return 'JSON';
      }
    case 'duration':
      return /^\d+(?:\.\d+)?\s*(?:ms|s|m|h|d)?$/.test(value) ? undefined : 'a duration (e.g. `30`, `30s`, `5m`)';
    case 'list': {
      if (!spec.items) return undefined;
      for (const item of value.split(spec.separator ?? ',').map((i) => i.trim()).filter((i) => i !== '' && i !== '*')) {
        const problem = checkType(item, spec.items, {}, secret);
        if (problem) return `a list of ${spec.items} values separated by \`${spec.separator ?? ','}\` (${secret ? 'an item' : `\`${item}\``} is not ${problem})`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function checkUrl(value: string, schemes: readonly string[] | undefined): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  if (schemes && schemes.length > 0 && (scheme === undefined || !schemes.some((s) => s.toLowerCase() === scheme))) {
    return `a URL starting with ${schemes.map((s) => `\`${s}://\``).join(' or ')}`;
  }
  try {
    new URL(value);
    return undefined;
  } catch {
    return 'a URL';
  }
}

function inRange(n: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || n >= min) && (max === undefined || n <= max);
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}
