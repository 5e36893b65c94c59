import { basename } from 'node:path';
import { definedKeys } from '../diagnostics/ruleScope';
import type { FixContext } from '../fixes';
import { missingRequiredKeys } from '../rules/schema';
import { decidingIds } from '../schema/schemaSelection';
import type { RandomBytes } from '../secrets/generateSecret';
import type { DocumentAnalysis } from './documentAnalysis';

/** What fixes consult, from a document's analysis. */
export function fixContextOf(analysis: DocumentAnalysis, random: RandomBytes | undefined): FixContext {
  const { env, selection, path } = analysis;
  const { workspace } = analysis.environment;
  return {
    env,
    appliedKnowledge: (key) => selection.registry.lookup(key, decidingIds(selection)),
    isSecret: analysis.isSecret,
    git: path ? workspace.gitStatus(path) : undefined,
    fileName: path ? basename(path) : undefined,
    writableFile: (file) => (path ? workspace.writableFile(file, path) : undefined),
    missingRequired: () => [...missingRequiredKeys(selection, definedKeys(env, analysis.loadedBefore)).keys()],
    ...(random ? { random } : {}),
    ...(selection.templateFamily ? { templateFamily: selection.templateFamily } : {}),
    templateValues: analysis.environment.settings.templateValues,
  };
}
