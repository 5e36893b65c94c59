import { gzipSync } from 'node:zlib';

/**
 * What GitHub code scanning requires of an uploaded SARIF file (docs.github.com, "SARIF support for
 * code scanning" and "SARIF results exceed one or more limits"), as a list of problems, empty when
 * the file would be accepted and every result shown on its line.
 */
export function codeScanningProblems(text: string): string[] {
  const problems: string[] = [];
  if (gzipSync(text).length > MAX_GZIPPED_BYTES) problems.push('larger than 10 MB gzip-compressed');
  const log = JSON.parse(text) as SarifLog;
  if (log.version !== '2.1.0') problems.push(`version is ${String(log.version)}, not 2.1.0`);
  if (typeof log.$schema !== 'string' || !log.$schema.includes('sarif-2.1.0')) problems.push('$schema does not name SARIF 2.1.0');
  const runs = log.runs ?? [];
  if (runs.length === 0 || runs.length > 20) problems.push(`${runs.length} runs, not 1 to 20`);
  runs.forEach((run, r) => {
    const driver = run.tool?.driver;
    if (!driver?.name) problems.push(`runs[${r}].tool.driver.name is missing`);
    const ids = (driver?.rules ?? []).map((rule) => rule.id);
    if (ids.length > 25_000 || new Set(ids).size !== ids.length) problems.push(`runs[${r}]: rule ids are not unique, or more than 25,000`);
    const results = run.results ?? [];
    if (results.length > 25_000) problems.push(`runs[${r}]: more than 25,000 results`);
    results.forEach((result, i) => problems.push(...resultProblems(result, ids).map((p) => `runs[${r}].results[${i}]: ${p}`)));
  });
  return problems;
}

const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;

function resultProblems(result: SarifResult, ruleIds: readonly string[]): string[] {
  const problems: string[] = [];
  if (result.ruleId === undefined || !ruleIds.includes(result.ruleId)) problems.push(`ruleId ${String(result.ruleId)} is not in tool.driver.rules`);
  if (result.ruleIndex !== undefined && ruleIds[result.ruleIndex] !== result.ruleId) problems.push(`ruleIndex ${result.ruleIndex} does not point at ${String(result.ruleId)}`);
  if (result.level !== undefined && !['none', 'note', 'warning', 'error'].includes(result.level)) problems.push(`level ${result.level}`);
  if (!result.message?.text) problems.push('message.text is empty');
  const locations = result.locations ?? [];
  if (locations.length === 0 || locations.length > 1_000) problems.push(`${locations.length} locations, not 1 to 1,000`);
  for (const location of locations) problems.push(...locationProblems(location.physicalLocation));
  return problems;
}

function locationProblems(location: SarifPhysicalLocation | undefined): string[] {
  const problems: string[] = [];
  const uri = location?.artifactLocation?.uri;
  // Code scanning resolves a relative URI against the repository root; an absolute one only matches
  // when it lies under the runner's checkout path, which a file written elsewhere does not know.
  if (typeof uri !== 'string' || uri === '') problems.push('artifactLocation.uri is missing');
  else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.includes('\\') || uri.split('/').includes('..')) {
    problems.push(`artifactLocation.uri ${uri} is not a forward-slash path relative to the repository root`);
  }
  const region = location?.region;
  if (region === undefined) return [...problems, 'region is missing'];
  // A missing startLine counts as 0, so that it is reported; the other fields have defaults in SARIF.
  const { startLine = 0, startColumn = 1, endLine = startLine, endColumn } = region;
  if (!Number.isInteger(startLine) || startLine < 1) problems.push(`startLine ${String(region.startLine)} is not >= 1`);
  if (!Number.isInteger(startColumn) || startColumn < 1) problems.push(`startColumn ${startColumn} is not >= 1`);
  if (!Number.isInteger(endLine) || endLine < startLine) problems.push(`endLine ${endLine} is before startLine`);
  if (endColumn !== undefined && (endColumn < 1 || (endLine === startLine && endColumn < startColumn))) problems.push(`endColumn ${endColumn} is before startColumn`);
  return problems;
}

// The parts of SARIF 2.1.0 that code scanning reads; every field optional, since the file is checked.
interface SarifLog {
  $schema?: string;
  version?: string;
  runs?: { tool?: { driver?: { name?: string; rules?: { id: string }[] } }; results?: SarifResult[] }[];
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: SarifPhysicalLocation }[];
}

interface SarifPhysicalLocation {
  artifactLocation?: { uri?: string };
  region?: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number };
}
