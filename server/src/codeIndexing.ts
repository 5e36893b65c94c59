import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { loadCodeParsers } from './node/codeParsers';
import { nodeFs } from './node/nodeFs';
import { nodeGitFacts } from './node/nodeGitFacts';
import { CodeIndex } from './service/code/codeIndex';

/**
 * Builds the workspace's code index in the background once the editor is ready, with the editor's
 * progress indicator ("EnvSense: reading the code"), and hands it to the language service when done.
 * tree-sitter's WebAssembly is loaded from the bundle's `dist/tree-sitter/` (from the npm package
 * when running from the sources). A failure is logged and leaves EnvSense without code features,
 * never without its env-file features.
 */
export async function buildCodeIndex(connection: Connection, extensionRoot: string, folders: readonly string[], stopped: () => boolean): Promise<CodeIndex | undefined> {
  if (folders.length === 0) return undefined;
  const started = Date.now();
  try {
    const bundled = join(extensionRoot, 'dist', 'tree-sitter');
    const parse = await loadCodeParsers(existsSync(join(bundled, 'tree-sitter.js')) ? bundled : undefined);
    const index = new CodeIndex(nodeFs, nodeGitFacts(), parse);
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('EnvSense: reading the code', 0, 'where environment variables are read', false);
    await index.build(
      folders,
      ({ done, total }) => progress.report(total === 0 ? 100 : Math.floor((done / total) * 100), `${done} of ${total} files`),
      stopped,
    );
    progress.done();
    connection.console.log(`Read ${index.size} code files in ${Date.now() - started} ms${index.truncated ? ' (the workspace is larger than EnvSense reads: some files were left out)' : ''}.`);
    return stopped() ? undefined : index;
  } catch (error) {
    connection.console.error(`EnvSense could not read the workspace code, so it offers nothing in code files: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
