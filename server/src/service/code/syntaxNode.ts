/**
 * The part of a tree-sitter syntax node that the read-site finder walks. web-tree-sitter's `Node`
 * has this shape; the service names only this, so that it loads no WebAssembly itself (the Node
 * shell does, see node/codeParsers.ts) and tests can hand it any parser's tree.
 */
export interface SyntaxNode {
  /** The same for every object that stands for this node (web-tree-sitter makes a new object per access). */
  readonly id: number;
  readonly type: string;
  readonly text: string;
  /** UTF-16 offsets into the source, as web-tree-sitter gives them for a JavaScript string. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly namedChildren: readonly (SyntaxNode | null)[];
  readonly parent: SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
}

/** The languages whose read sites EnvSense finds, each with the grammar VS Code itself uses. */
export type CodeLanguage = 'javascript' | 'typescript' | 'tsx' | 'python';

/** Parses source text of a language into a tree; `undefined` when the grammar is not loaded. */
export type CodeParser = (text: string, language: CodeLanguage) => SyntaxNode | undefined;
