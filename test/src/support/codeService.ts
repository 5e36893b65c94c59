import { loadCodeParsers } from '../../../server/out/node/codeParsers';
import type { EnvSenseSettings, LanguageService } from '../../../server/out/service';
import { CodeIndex } from '../../../server/out/service/code/codeIndex';
import type { CodeParser } from '../../../server/out/service/code/syntaxNode';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import { memoryFs } from './memoryFs';
import { schemaService } from './service';

let parsers: Promise<CodeParser> | undefined;

/** tree-sitter and its grammars, loaded once per test process. */
export function codeParsers(): Promise<CodeParser> {
  parsers ??= loadCodeParsers();
  return parsers;
}

/**
 * A language service over in-memory files under /workspace (as `schemaService`), with the code index
 * built over the same files, as the server builds it in the background before handing it over.
 */
export async function codeService(files: Readonly<Record<string, string>>, settings?: EnvSenseSettings): Promise<{ service: LanguageService; index: CodeIndex }> {
  const service = schemaService(files, settings);
  const fs = memoryFs(files);
  const index = new CodeIndex(fs, gitFactsFromFiles(fs), await codeParsers());
  await index.build(['/workspace']);
  service.setCodeIndex(index);
  return { service, index };
}
