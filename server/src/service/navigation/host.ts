import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Dialect } from '../parser';
import type { WorkspaceFs } from '../workspace/workspaceFs';
import type { WorkspaceView } from '../workspace/workspaceView';

/**
 * What navigation needs from the language service: the workspace (families, confined reads), the
 * file system (listing and real paths only; every read goes through `workspace.readInRoot`), the
 * editor's open documents, whose text wins over the disk's, and analyses.
 */
export interface NavigationHost {
  readonly workspace: WorkspaceView;
  readonly fs: WorkspaceFs;
  folders(): readonly string[];
  /** The documents open in the editor, with the text the editor has now. */
  openDocuments(): Iterable<TextDocument>;
  /** The analysis of a document: an open one's is the one every other feature uses; a disk file's is made for the request. */
  analyse(document: TextDocument, dialect: Dialect, open: boolean): DocumentAnalysis;
  dialectOf(uri: string): Dialect;
  /** A new object whenever the settings or the workspace change: what was read from the disk is dropped with it. */
  generation(): object;
}
