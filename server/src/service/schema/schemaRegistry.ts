import { BoundedMap } from '../boundedMap';
import { globTest } from './globMatch';
import type { KnownVariable, PatternSpec, SystemSchema } from './schemaTypes';

const NO_KNOWLEDGE: readonly KnownVariable[] = [];

/** All the schemas EnvSense knows (bundled and the team's), looked up by id and by variable name. */
export class SchemaRegistry {
  private readonly byId = new Map<string, SystemSchema>();
  private readonly byName = new Map<string, KnownVariable[]>();
  /** The variables of schemas that read names in any case (`namesIgnoreCase`), by their lower-case name. */
  private readonly byFoldedName = new Map<string, KnownVariable[]>();
  private readonly patterns: { spec: PatternSpec; schema: SystemSchema; matches: (name: string) => boolean }[] = [];

  constructor(schemas: readonly SystemSchema[]) {
    for (const schema of schemas) {
      this.byId.set(schema.id, schema);
      for (const [name, spec] of Object.entries(schema.variables)) {
        const list = this.byName.get(name) ?? [];
        list.push({ name, spec, schema });
        this.byName.set(name, list);
        if (schema.namesIgnoreCase) {
          const folded = this.byFoldedName.get(name.toLowerCase()) ?? [];
          folded.push({ name, spec, schema });
          this.byFoldedName.set(name.toLowerCase(), folded);
        }
      }
      for (const spec of schema.patterns ?? []) this.patterns.push({ spec, schema, matches: globTest(spec.pattern) });
    }
  }

  private detection: ReadonlySet<string> | undefined;

  /** Every key some schema detects its system by (`detect.keys`). */
  detectionKeys(): ReadonlySet<string> {
    this.detection ??= new Set(this.all().flatMap((schema) => schema.detect?.keys ?? []));
    return this.detection;
  }

  /** Whether a schema that reads names in any case knows `name` under another spelling (`DEBUG` for `debug`). */
  spelledOtherwise(name: string): boolean {
    if (this.byFoldedName.size === 0) return false;
    return this.byFoldedName.get(name.toLowerCase())?.some((known) => known.name !== name) ?? false;
  }

  get readsAnyCase(): boolean {
    return this.byFoldedName.size > 0;
  }

  all(): readonly SystemSchema[] {
    return [...this.byId.values()];
  }

  get(id: string): SystemSchema | undefined {
    return this.byId.get(id);
  }

  /** Memo by scope (the sorted ids of `among`, or `*`), then by name. */
  // The bundled registry lives as long as the server: a bounded memo forgets old names rather than
  // keep every name ever typed.
  private readonly lookups = new Map<string, BoundedMap<readonly KnownVariable[]>>();

  /**
   * Every schema's knowledge of `name` (or of the schemas in `among`): exact names first, then name
   * patterns of schemas without it. Remembered, since every rule asks for every key on every keystroke.
   */
  lookup(name: string, among?: ReadonlySet<string>): readonly KnownVariable[] {
    if (among) {
      // What the schemas in `among` know is what all know, kept to those schemas (a pattern counts
      // only for a schema without the exact name, whichever the scope): most keys are known to none.
      const all = this.lookup(name);
      if (all.length === 0) return all;
    }
    const scope = among ? this.scopeOf(among) : '*';
    let memo = this.lookups.get(scope);
    if (!memo) {
      memo = new BoundedMap();
      this.lookups.set(scope, memo);
    }
    let known = memo.get(name);
    if (!known) {
      known = this.find(name, among);
      memo.set(name, known);
    }
    return known;
  }

  private readonly scopes = new WeakMap<ReadonlySet<string>, string>();

  private scopeOf(among: ReadonlySet<string>): string {
    let scope = this.scopes.get(among);
    if (scope === undefined) {
      scope = [...among].sort().join(',');
      this.scopes.set(among, scope);
    }
    return scope;
  }

  private find(name: string, among: ReadonlySet<string> | undefined): readonly KnownVariable[] {
    const named = this.byName.get(name);
    let exact = named ? named.filter((v) => !among || among.has(v.schema.id)) : NO_KNOWLEDGE;
    // `debug` is `DEBUG` to a schema that reads names in any case, unless it has `debug` itself; the knowledge keeps the schema's spelling.
    const folded = this.byFoldedName.size === 0 ? undefined : this.byFoldedName.get(name.toLowerCase());
    const spelled = folded?.filter((v) => v.name !== name && (!among || among.has(v.schema.id)) && !exact.some((e) => e.schema === v.schema));
    if (spelled && spelled.length > 0) exact = [...exact, ...spelled];
    let found: KnownVariable[] | undefined;
    for (const p of this.patterns) {
      if ((among && !among.has(p.schema.id)) || !p.matches(name) || exact.some((v) => v.schema === p.schema)) continue;
      (found ??= [...exact]).push({ name, spec: p.spec, schema: p.schema, pattern: p.spec.pattern });
    }
    // Most keys are known to no schema: they share one empty list.
    return found ?? (exact.length === 0 ? NO_KNOWLEDGE : exact);
  }

  /** Returns a registry with `extra` schemas added (a team schema or a template replaces a same-id one). */
  with(extra: readonly SystemSchema[]): SchemaRegistry {
    if (extra.length === 0) return this;
    const ids = new Set(extra.map((s) => s.id));
    return new SchemaRegistry([...this.all().filter((s) => !ids.has(s.id)), ...extra]);
  }
}
