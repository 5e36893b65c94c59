export { findDefinition } from './definition';
export { findReferences } from './references';
export { prepareRename, rename, type PrepareRenameAnswer, type RenameAnswer, type RenameOptions } from './rename';
export { findDocumentHighlights } from './highlights';
export { findWorkspaceSymbols } from './workspaceSymbols';
export { memberFile, openFile, policyOf, type NavFile } from './navFiles';
export { targetAt } from './target';
export type { NavigationHost } from './host';
