/**
 * The custom requests that the VS Code client and the server share. Other editors can use them too;
 * every feature they serve is also reachable through standard LSP.
 */
import type { Range } from 'vscode-languageserver-types';
import type { DocumentSchemas } from './service/languageService';

/**
 * `envsense/documentSchemas`: which schemas apply to a document and why, for the status bar; with
 * `restricted` (the reason, in words) when the workspace is not trusted.
 */
export const DOCUMENT_SCHEMAS_REQUEST = 'envsense/documentSchemas';

/**
 * What the client passes in `initializationOptions`: `trusted: false` in VS Code's restricted mode;
 * `saveFilesCommand`, a client command that saves the documents whose uris it is given (fixes that
 * edit another file carry it).
 */
export interface InitializationOptions {
  readonly settings?: unknown;
  readonly trusted?: boolean;
  readonly saveFilesCommand?: string;
}

export interface DocumentSchemasParams {
  readonly uri: string;
}

export type DocumentSchemasResult = DocumentSchemas | null;

/**
 * `envsense/secretRanges`: where the values EnvSense keeps secret are written in an open document
 * (values only, without quotes or keys; commented-out assignments too), for an editor to hide them
 * on screen; null for a document the server does not have.
 */
export const SECRET_RANGES_REQUEST = 'envsense/secretRanges';

export interface SecretRangesParams {
  readonly uri: string;
}

export type SecretRangesResult = { readonly ranges: Range[] } | null;

/**
 * The files whose change alters diagnostics (schemas, templates, manifests, git's ignore rules and
 * index) or what navigation read (the env files of a family, those workspace symbols list).
 */
export const WATCHED_FILES_GLOB =
  '**/{.envsense/*.json,.env*,*.env,.flaskenv,*.template,*.example,*secrets*.py,local_settings.py,.gitignore,.git/index,.git/info/exclude,requirements*.txt,pyproject.toml,Pipfile,package.json,composer.json,Gemfile,go.mod,compose*.yml,compose*.yaml,docker-compose*.yml,docker-compose*.yaml,manage.py,artisan}';

/** Code files: their changes update the code index (read sites, declared schemas), not the env files' caches. */
export const CODE_FILES_GLOB = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,py}';

/** Characters that open an env context in code (`process.env.`, `os.environ['`); in env files they trigger nothing. */
export const CODE_TRIGGER_CHARACTERS: readonly string[] = ['.', "'", '"', '`'];
