import { composeEnvFiles } from '../workspace/composeFiles';

/** A service of a compose file and its `env_file:` list, in the order written (a later file wins). */
export interface ComposeService {
  readonly name: string;
  readonly envFiles: readonly string[];
}

/**
 * The services of a compose file with their `env_file:` lists, read without a YAML parser: the
 * `services:` block is cut into one block per service (its keys are the lines indented one level
 * under `services:`), and each block's lists are read by `composeEnvFiles`, the one reader of
 * `env_file:` that project facts use too. Services without `env_file:` are left out. Linear in the
 * text: each line belongs to one service's block.
 */
export function composeServices(text: string): ComposeService[] {
  const lines = text.split(/\r?\n/);
  const services: ComposeService[] = [];
  const start = lines.findIndex((line) => /^services[ \t]*:[ \t]*(?:#.*)?$/.test(line));
  if (start < 0) return services;
  let serviceIndent: number | undefined;
  let current: { name: string; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const envFiles = composeEnvFiles(current.lines.join('\n'));
    if (envFiles.length > 0) services.push({ name: current.name, envFiles });
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - trimmed.length;
    // A line back at column 0 ends the `services:` block.
    if (indent === 0) break;
    serviceIndent ??= indent;
    const key = indent === serviceIndent ? /^(["']?)([^"':#\s][^"':#]*?)\1[ \t]*:/.exec(trimmed) : null;
    if (key) {
      close();
      current = { name: key[2]!, lines: [] };
    } else current?.lines.push(line);
  }
  close();
  return services;
}
