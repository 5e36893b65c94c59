import type { SchemaRegistry } from '../schema/schemaRegistry';
import { BoundedMap } from '../boundedMap';
import { isSecretName } from './secretNames';
import { leakedTokenKind } from './valueSmells';

/** Whether the value of an assignment (`key=value`) must never be shown. */
export type SecretTest = (key: string, value: string) => boolean;

/**
 * Secrecy is decided by every source at once, and any one of them makes a value secret:
 * - a schema that knows the key, applied to the file or not, and marks it `secret: true`;
 * - the key's name (`*_TOKEN`, `*_PASSWORD`, …, see secretNames);
 * - the value's own form: a token in a vendor's leaked format (`ghp_…`, `sk_live_…`, a private key)
 *   is secret whatever its name, so `GH_PAT` and `STRIPE_KEY` are masked too.
 *
 * No source can make a value public. Schemas come from the workspace (a team's `.envsense/*.json`, a
 * committed `.env.example`, a directive naming a file), that is from whoever wrote the repository: if a
 * schema that knows `GITHUB_TOKEN` without calling it secret, or one that says `secret: false`, could
 * unmask it, any file could switch masking off. So `secret: false` means the same as saying nothing;
 * a public value with a secret-looking name (a browser API key) is masked, which costs a look at the
 * file, where a leak could not be undone.
 *
 * A password inside a URL is not a reason to hide the whole URL: describeValue hides that part alone.
 */
export function secretTestOf(registry: SchemaRegistry): SecretTest {
  let test = tests.get(registry);
  if (!test) {
    test = createSecretTest(registry);
    tests.set(registry, test);
  }
  return test;
}

/** One test per registry, since every rule and feature asks for every key on every keystroke. */
const tests = new WeakMap<SchemaRegistry, SecretTest>();

function createSecretTest(registry: SchemaRegistry): SecretTest {
  const secretKey = (key: string) => isSecretName(key) || registry.lookup(key).some((known) => known.spec.secret === true);
  // One entry per key with its last value: a keystroke changes one value, so every other answer is a
  // single lookup and a string comparison, and memory stays bounded whatever the edits.
  const memo = new BoundedMap<{ readonly value: string; readonly secret: boolean }>();
  return (key, value) => {
    const known = memo.get(key);
    if (known && known.value === value) return known.secret;
    const secret = secretKey(key) || leakedTokenKind(value) !== undefined;
    memo.set(key, { value, secret });
    return secret;
  };
}
