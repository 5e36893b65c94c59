import { dirname, join } from 'node:path';
import type { CodeLanguage, CodeParser } from '../service/code/syntaxNode';

/**
 * Loads tree-sitter and the grammars VS Code itself uses (`@vscode/tree-sitter-wasm`) for JavaScript,
 * TypeScript, TSX and Python, from `wasmDir` (the package's folder, or a copy shipped in dist/).
 * Asynchronous once at start; each parse after that is synchronous. The tree is returned as is: the
 * caller reads it at once and drops it (trees live in WebAssembly memory and are freed with the parser's
 * next parse).
 */
export async function loadCodeParsers(wasmDir: string = packageWasmDir()): Promise<CodeParser> {
  // A path required at run time: the bundle ships the package's files beside it rather than inlining them.
  const { Parser, Language } = require(join(wasmDir, 'tree-sitter.js')) as typeof import('@vscode/tree-sitter-wasm');
  await Parser.init({ locateFile: (file: string) => join(wasmDir, file) });
  const grammars: Record<CodeLanguage, string> = {
    javascript: 'tree-sitter-javascript.wasm',
    typescript: 'tree-sitter-typescript.wasm',
    tsx: 'tree-sitter-tsx.wasm',
    python: 'tree-sitter-python.wasm',
  };
  const parsers = new Map<CodeLanguage, InstanceType<typeof Parser>>();
  for (const [language, file] of Object.entries(grammars) as [CodeLanguage, string][]) {
    const parser = new Parser();
    parser.setLanguage(await Language.load(join(wasmDir, file)));
    parsers.set(language, parser);
  }
  const lastTrees = new Map<CodeLanguage, { delete(): void }>();
  return (text, language) => {
    const parser = parsers.get(language);
    if (!parser) return undefined;
    const tree = parser.parse(text);
    if (!tree) return undefined;
    lastTrees.get(language)?.delete();
    lastTrees.set(language, tree);
    return tree.rootNode;
  };
}

function packageWasmDir(): string {
  return dirname(require.resolve('@vscode/tree-sitter-wasm'));
}
