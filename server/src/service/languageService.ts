import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { getCodeActions } from './codeActions';
import { dialectOf } from './dialect';
import type { Finding, Rule, RuleContext } from './diagnostics/finding';
import { filterSuppressed } from './diagnostics/suppressions';
import { toDiagnostics } from './diagnostics/toDiagnostics';
import { getFoldingRanges } from './folding';
import { parse, type Dialect, type EnvDocument } from './parser';
import { compatRules } from './rules/compat';
import { syntaxRules } from './rules/syntax';
import { isSecretName } from './secrets/secretNames';
import { DEFAULT_SETTINGS, type EnvSenseSettings } from './settings';
import { findDocumentSymbols } from './symbols';

export interface LanguageServiceOptions {
  readonly settings?: EnvSenseSettings;
}

/** The whole of EnvSense's knowledge, free of any editor or transport. */
export interface LanguageService {
  configure(settings: EnvSenseSettings): void;
  dialectOf(uri: string): Dialect;
  parseDocument(document: TextDocument): EnvDocument;
  /** Findings before severities are applied (the CLI's `--fix` works from these). */
  findProblems(document: TextDocument): Finding[];
  doValidation(document: TextDocument): Diagnostic[];
  getCodeActions(document: TextDocument, context: CodeActionContext): CodeAction[];
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

const RULES: readonly Rule[] = [syntaxRules, compatRules];

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  const cache = new Map<string, { version: number; dialect: Dialect; text: string; env: EnvDocument }>();

  const dialectFor = (uri: string) => dialectOf(uri, settings.secretsFiles);

  const parseDocument = (document: TextDocument): EnvDocument => {
    const dialect = dialectFor(document.uri);
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.dialect === dialect) return cached.env;
    const text = document.getText();
    if (cached && cached.text === text && cached.dialect === dialect) return cached.env;
    const env = parse(text, dialect);
    cache.set(document.uri, { version: document.version, dialect, text, env });
    return env;
  };

  const findProblems = (document: TextDocument): Finding[] => {
    const env = parseDocument(document);
    const lineOf = (offset: number) => document.positionAt(offset).line + 1;
    const context: RuleContext = { env, lineOf, isSecret: isSecretName };
    const findings = RULES.flatMap((rule) => rule(context));
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return filterSuppressed(env, findings, lineOf);
  };

  return {
    configure(next) {
      settings = next;
    },
    dialectOf: dialectFor,
    parseDocument,
    findProblems,
    doValidation: (document) => toDiagnostics(document, findProblems(document), settings),
    getCodeActions: (document, context) => getCodeActions(document, parseDocument(document), context),
    findDocumentSymbols: (document) => findDocumentSymbols(document, parseDocument(document), isSecretName),
    getFoldingRanges: (document) => getFoldingRanges(document, parseDocument(document)),
    forget(uri) {
      cache.delete(uri);
    },
  };
}
