import { relative, sep } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleScope } from '../diagnostics/finding';
import { hasTemplateHeader, scopeOf, type ScopeWithParts } from '../diagnostics/ruleScope';
import type { NodeFindings } from '../diagnostics/runRules';
import { parse, type Dialect, type EnvDocument, type Span } from '../parser';
import { reparseDotenv } from '../parser/reparse';
import { selectSchemas, selectionSignature, type SchemaSelection } from '../schema/schemaSelection';
import { secretTestOf, type SecretTest } from '../secrets/secrecy';
import { secretValueSpans } from '../secrets/secretValueSpans';
import { pathOfUri } from '../workspace/workspaceFs';
import { NOTHING_LOADED_BEFORE, type LoadedBefore } from '../workspace/workspaceView';
import type { AnalysisEnvironment } from './environment';
import { findProblems } from './problems';
import type { FamilyOrder } from '../family/familyOrder';
import { withFamily } from '../family/familyScope';
import { codeScopeOf } from '../code/codeScope';

/**
 * What an analysis takes over from the last one of its document made in the same environment: the
 * results only, never the analysis itself, so that versions do not chain up in memory.
 */
interface Carried {
  /** The schema selection and its signature (directives, detection keys, dialect): kept while the signature is the same. */
  selection?: { readonly signature: string; readonly selection: SchemaSelection };
  /** The rule scope, the same object while its parts are the same. */
  scope?: ScopeWithParts;
  /** What the node rules judged, taken over for the nodes the edit did not touch. */
  nodeFindings?: NodeFindings;
}

/**
 * One version of a document and everything EnvSense knows about it: the text, its parse, the schemas
 * that apply (with the readers), the rule scope (file roles in `scope.file`, secrecy, git, the files loaded before)
 * and the problems. Made once per text, dialect and environment; each part is computed when first
 * asked for (folding needs only the parse, completion no git facts) and then kept.
 */
export class DocumentAnalysis {
  readonly path: string | undefined;
  private readonly carried: Carried;
  private selectionMemo: SchemaSelection | undefined;
  private loadedBeforeMemo: readonly LoadedBefore[] | undefined;
  private scopeMemo: RuleScope | undefined;
  private findingsMemo: Finding[] | undefined;
  /** The code index's version the findings were made with: the rules comparing the file with the code judge again when it changes. */
  private findingsCodeVersion: number | undefined;
  private secretSpansMemo: readonly Span[] | undefined;

  private constructor(
    readonly document: TextDocument,
    readonly text: string,
    readonly dialect: Dialect,
    readonly env: EnvDocument,
    readonly environment: AnalysisEnvironment,
    carried: Carried,
  ) {
    this.path = pathOfUri(document.uri);
    this.carried = { ...carried };
  }

  /**
   * The analysis of `document`: `previous` itself when its text, dialect and environment are the
   * same; else a new one, whose text is parsed again only where it changed.
   */
  static of(document: TextDocument, dialect: Dialect, environment: AnalysisEnvironment, previous: DocumentAnalysis | undefined): DocumentAnalysis {
    // The text decides, not the version alone: a client may send new text under an old version.
    const text = document.getText();
    const carried = previous?.environment === environment ? previous.carried : {};
    if (previous && previous.text === text && previous.dialect === dialect) {
      // Kept only for the same document object: a document opened again is a new object, and positions
      // must be computed on the one the editor now has.
      return previous.environment === environment && previous.document === document ? previous : new DocumentAnalysis(document, text, dialect, previous.env, environment, carried);
    }
    // While the user types, only what changed is parsed again.
    const env = previous && previous.dialect === 'dotenv' && dialect === 'dotenv' ? reparseDotenv(previous.env, text) : parse(text, dialect);
    return new DocumentAnalysis(document, text, dialect, env, environment, carried);
  }

  /** The schemas that apply and the file's readers; the last version's while what they depend on in the text is the same. */
  get selection(): SchemaSelection {
    if (this.selectionMemo) return this.selectionMemo;
    const { settings, bundled, workspace } = this.environment;
    const before = this.carried.selection;
    if (before && selectionSignature(this.env, before.selection.registry) === before.signature) {
      this.selectionMemo = before.selection;
    } else {
      const selection = selectSchemas(this.path, this.env, settings, bundled, workspace);
      this.carried.selection = { signature: selectionSignature(this.env, selection.registry), selection };
      this.selectionMemo = selection;
    }
    return this.selectionMemo;
  }

  get isSecret(): SecretTest {
    return secretTestOf(this.selection.registry);
  }

  /** Where the secret values are written, for an editor to hide them on screen. */
  get secretValueSpans(): readonly Span[] {
    this.secretSpansMemo ??= secretValueSpans(this.env, this.isSecret);
    return this.secretSpansMemo;
  }

  /** Assignments of the files loaded before this one. */
  get loadedBefore(): readonly LoadedBefore[] {
    this.loadedBeforeMemo ??= this.path ? this.environment.workspace.loadedBefore(this.path) : NOTHING_LOADED_BEFORE;
    return this.loadedBeforeMemo;
  }

  /** The file's env family as its loader reads it (the `envsense.loader` setting, else detected), from the disk. */
  get family(): FamilyOrder | undefined {
    const { path, dialect } = this;
    if (path === undefined || dialect !== 'dotenv') return undefined;
    return this.environment.workspace.familyOrder(path, this.environment.settings.loader);
  }

  /**
   * The scope node rules judge by: the last version's object while none of its parts changed, with
   * the family order for the rule that compares the file with its family (see family/familyScope).
   */
  get scope(): RuleScope {
    if (this.scopeMemo) return this.scopeMemo;
    const { path, env } = this;
    const { workspace } = this.environment;
    const selection = this.selection;
    const made = scopeOf(
      {
        dialect: env.dialect,
        path,
        workspacePath: path ? relative(workspace.rootOf(path), path).split(sep).join('/') : undefined,
        selection,
        isSecret: secretTestOf(selection.registry),
        git: path ? workspace.gitStatus(path) : undefined,
        loadedBefore: this.loadedBefore,
        templateHeader: hasTemplateHeader(env),
        code: path && workspace.codeIndex ? codeScopeOf(workspace.codeIndex, workspace, path) : undefined,
      },
      this.carried.scope,
    );
    this.carried.scope = made;
    this.scopeMemo = withFamily(made.scope, this.family);
    return this.scopeMemo;
  }

  /** Findings before severities are applied, judging again only the nodes the edit changed. */
  get findings(): Finding[] {
    const codeVersion = this.environment.workspace.codeIndex?.version;
    if (this.findingsMemo && this.findingsCodeVersion === codeVersion) return this.findingsMemo;
    const run = findProblems({ document: this.document, env: this.env, scope: this.scope, settings: this.environment.settings }, this.carried.nodeFindings);
    this.carried.nodeFindings = run.remembered;
    this.findingsMemo = run.findings;
    this.findingsCodeVersion = codeVersion;
    return run.findings;
  }
}
