import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';

/**
 * A completion list with what all its items share moved into `itemDefaults` (LSP 3.17), for clients
 * that announce it: the range every item replaces and the data every item carries. Hundreds of key
 * items then no longer repeat the same range and uri (a third of the answer's bytes).
 */
export function withItemDefaults(list: CompletionList, supported: ReadonlySet<string>): CompletionList {
  const [first] = list.items;
  if (!first || list.items.length < 2) return list;
  const itemDefaults: NonNullable<CompletionList['itemDefaults']> = {};
  let items: CompletionItem[] = list.items;
  const range = supported.has('editRange') ? sharedRange(items) : undefined;
  if (range) {
    itemDefaults.editRange = range;
    items = items.map(({ textEdit, ...item }) => ({ ...item, textEditText: textEdit!.newText }));
  }
  const data = supported.has('data') ? sharedData(items) : undefined;
  if (data !== undefined) {
    itemDefaults.data = data;
    items = items.map(({ data: _shared, ...item }) => item);
  }
  return range || data !== undefined ? { ...list, itemDefaults, items } : list;
}

function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (!first || !('range' in first)) return undefined;
  const key = JSON.stringify(first.range);
  return items.every((item) => item.textEdit && 'range' in item.textEdit && JSON.stringify(item.textEdit.range) === key) ? first.range : undefined;
}

function sharedData(items: readonly CompletionItem[]): unknown {
  const first = items[0]?.data;
  if (first === undefined) return undefined;
  const key = JSON.stringify(first);
  return items.every((item) => JSON.stringify(item.data) === key) ? first : undefined;
}
