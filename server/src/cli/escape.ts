/**
 * Characters a file or folder name (or a message quoting a file) could use to forge output: C0
 * controls with line breaks and ESC, DEL, C1 controls, Unicode line separators and bidi controls.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The characters of CONTROL that JSON.stringify leaves raw (it escapes only C0). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written visibly (`\n`, `\x1B`, `\u2028`), for one line of a terminal or CI log. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? codeOf(c));
}

function codeOf(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A path as the first word of an output line: escaped, and never starting with what a CI system
 * reads as a command (`::error` in GitHub Actions, `##vso[` in Azure Pipelines, leading blanks).
 */
export function displayPath(path: string): string {
  const shown = escapeControls(path);
  return /^[\w./\\~-]/.test(shown) ? shown : `./${shown}`;
}

/** JSON text with the characters JSON.stringify leaves raw escaped as `\uXXXX`: still the same JSON value. */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A writer of one-line messages: each message has its control characters escaped and ends in one line break. */
export function lineWriter(write: (text: string) => void): (message: string) => void {
  return (message) => write(`${escapeControls(message.endsWith('\n') ? message.slice(0, -1) : message)}\n`);
}
