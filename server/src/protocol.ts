/**
 * The custom requests that the VS Code client and the server share. Other editors can use them too;
 * every feature they serve is also reachable through standard LSP.
 */
import type { DocumentSchemas } from './service/languageService';

/** `envsense/documentSchemas`: which schemas apply to a document and why, for the status bar. */
export const DOCUMENT_SCHEMAS_REQUEST = 'envsense/documentSchemas';

export interface DocumentSchemasParams {
  readonly uri: string;
}

export type DocumentSchemasResult = DocumentSchemas | null;
