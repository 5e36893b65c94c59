import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileLevelSpan } from './fileLevelSpan';
import type { Finding } from './finding';

/**
 * Where EnvSense gives up, so that no file, however large or strange, can block the server: every
 * answer must come back in well under a second. Real env files have hundreds of lines; these bounds
 * are hundreds of times that.
 */
export const LIMITS = {
  /** Files with more lines are not analysed at all. */
  lines: 200_000,
  /** Files with more characters are not analysed at all (one 10 MB line still is). */
  characters: 32 * 1024 * 1024,
  /** Problems reported per file; a file with more gets one finding that says how many were left out. */
  findings: 1_000,
  /** Keys in the outline. */
  symbols: 10_000,
  /** Variables offered after `${`. */
  references: 1_000,
} as const;

export function isTooLarge(document: TextDocument): boolean {
  // The line count is kept by the document as it changes; the text is asked for only when it is needed.
  return document.lineCount > LIMITS.lines || document.getText().length > LIMITS.characters;
}

/** The one finding of a file too large to analyse. */
export function tooLargeFinding(document: TextDocument): Finding {
  const lines = document.lineCount;
  const what = lines > LIMITS.lines ? `${count(lines)} lines` : `${count(document.getText().length)} characters`;
  const limit = lines > LIMITS.lines ? `${count(LIMITS.lines)} lines` : `${count(LIMITS.characters)} characters`;
  return {
    code: 'analysis-limit',
    span: fileLevelSpan(document.getText()),
    message: `This file has ${what}; EnvSense analyses files of up to ${limit}, so it shows no problems, outline, completion or hover here.`,
  };
}

/** The first findings of a file, and one more that says how many were left out. */
export function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= LIMITS.findings) return findings;
  const left = findings.length - LIMITS.findings;
  const last = findings[LIMITS.findings - 1]!;
  return [
    ...findings.slice(0, LIMITS.findings),
    {
      code: 'analysis-limit',
      span: last.span,
      message: `EnvSense shows the first ${count(LIMITS.findings)} problems of this file; ${count(left)} more after this one are not shown.`,
    },
  ];
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
