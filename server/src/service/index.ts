export { createLanguageService, type LanguageService, type LanguageServiceOptions } from './languageService';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/codes';
export { DEFAULT_SETTINGS, readSettings, type EnvSenseSettings } from './settings';
export { parse } from './parser';
export type * from './parser/envDocument';
