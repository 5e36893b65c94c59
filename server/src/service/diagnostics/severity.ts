/** How loud a diagnostic is; `off` is not shown at all. */
export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** A diagnostic code's default severity and its one-line summary (the README has a section per code). */
export interface DiagnosticInfo {
  readonly severity: Exclude<Severity, 'off'>;
  readonly summary: string;
}
