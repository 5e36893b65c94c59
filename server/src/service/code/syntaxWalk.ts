import type { SyntaxNode } from './syntaxNode';

/** Every node, depth first, without recursion (a hostile file may nest expressions thousands deep). */
export function* walk(root: SyntaxNode): Generator<SyntaxNode> {
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

export const field = (node: SyntaxNode | null | undefined, name: string): SyntaxNode | null => node?.childForFieldName(name) ?? null;

export const named = (node: SyntaxNode | null | undefined): SyntaxNode[] => (node?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null);

export const isIdentifier = (node: SyntaxNode | null, name: string): boolean => node?.type === 'identifier' && node.text === name;

/** Whether two node objects stand for the same node (web-tree-sitter makes a new object per access). */
export const same = (a: SyntaxNode | null | undefined, b: SyntaxNode): boolean => a?.id === b.id;
