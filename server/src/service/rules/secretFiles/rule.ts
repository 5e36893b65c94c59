import type { Finding, Rule, RuleContext, RuleScope } from '../../diagnostics/finding';
import type { Assignment, EnvNode } from '../../parser';
import { fileLevelSpan } from '../../diagnostics/fileLevelSpan';
import { isPublicByDesign } from '../../secrets/publicKeys';
import { credentialKind, isRealCredential, isTypedPassword, looksGenerated } from '../../secrets/valueSmells';
import { describeValue } from '../../diagnostics/describeValue';

/**
 * Secrets and git: real-looking credentials in a file git would commit or in a shared template, and
 * a file holding secrets that git would commit or already tracks.
 */
export const secretFileRules: Rule = { node: leakedCredential, document: secretFile };

function leakedCredential(scope: RuleScope, node: EnvNode): Finding[] {
  const { file } = scope;
  const committed = file.git !== undefined && !file.git.ignored;
  if (!(committed || file.template)) return [];
  const where = file.template ? 'a template that is meant to be shared' : 'a file that git would commit';
  // A vendor's token in a comment (`# STRIPE_KEY=sk_live_…`, kept "for later") is committed all the same.
  if (node.kind === 'comment') {
    const kind = credentialKind(node.text.replace(/^[\w.-]+\s*=\s*/, ''));
    return kind && kind !== 'a connection URL with a password'
      ? [{ code: 'leaked-credential', span: node.span, message: `This comment holds what looks like ${kind}, in ${where}. Revoke it and delete the line: git keeps it.` }]
      : [];
  }
  if (node.kind !== 'assignment') return [];
  const kind = credentialKind(node.value);
  if (kind) {
    return [{ code: 'leaked-credential', span: node.valueSpan, message: `${node.key} looks like ${kind}, in ${where}. Revoke it, and keep the real value in an ignored file or a secret manager.` }];
  }
  // No vendor's format, but a secret whose value was generated: EnvSense cannot tell a working key
  // from a default every clone shares (deploy kits ship those), so it says so as information.
  if (file.template || !scope.isSecret(node.key, node.value) || isPublicByDesign(node.key, node.value) || !looksGenerated(node.value)) return [];
  return [
    {
      code: 'leaked-credential',
      span: node.valueSpan,
      message: `${node.key} holds a generated-looking secret (${describeValue(node.value, true)}), in ${where}. If it is not a default that every copy of the project shares, revoke it and keep it in an ignored file or a secret manager.`,
      severity: 'information',
    },
  ];
}

function secretFile(context: RuleContext): Finding[] {
  const { file } = context;
  const findings: Finding[] = [];
  if (!file.git || file.template || (file.git.ignored && !file.git.tracked)) return findings;
  // The message names three secrets and says whether there are more: four are enough to look for.
  const secrets = new Set<string>();
  for (const assignment of context.env.assignments) {
    if (holdsSecret(context, assignment)) secrets.add(assignment.key);
    if (secrets.size > 3) break;
  }
  if (secrets.size === 0) return findings;
  const names = [...secrets].slice(0, 3).join(', ') + (secrets.size > 3 ? ', …' : '');
  const span = fileLevelSpan(context.env.text);
  findings.push(
    file.git.tracked
      ? {
          code: 'secret-file-tracked',
          span,
          message: `This file holds secrets (${names}) and git already tracks it: adding it to .gitignore now does not remove it from the repository or its history. Untrack it with \`git rm --cached ${file.git.relativePath}\` and rotate the secrets.`,
        }
      : {
          code: 'secret-file-not-ignored',
          span,
          message: `This file holds secrets (${names}) and git would commit it: add it to .gitignore.`,
        },
  );
  return findings;
}

/**
 * A value that works somewhere: a credential by its form whatever the key (a vendor's token, a URL
 * with a password off this machine), or a secret whose value is generated or, for a password, typed
 * with care — not a placeholder, a reference or a local default such as `postgres`.
 */
function holdsSecret(context: RuleContext, assignment: Assignment): boolean {
  const { key, value } = assignment;
  if (credentialKind(value) !== undefined) return true;
  if (!context.isSecret(key, value) || isPublicByDesign(key, value)) return false;
  return isRealCredential(value) || (/PASS|PWD/i.test(key) && isTypedPassword(value));
}
