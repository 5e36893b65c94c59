import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real godotenv 1.5.1, from Debian's `golang-go` (Go 1.19) and `golang-github-joho-godotenv-dev`
 * (its sources), built once per test run into a program that reads a JSON array of texts and prints
 * `godotenv.Unmarshal` of each. The build runs offline in a temporary GOPATH holding a copy of the
 * package, with its caches there too; the program runs with an empty environment, so nothing from
 * this process can reach godotenv (1.5.1 does not read it anyway).
 */
const GO = '/usr/bin/go';
const SOURCES = '/usr/share/gocode/src/github.com/joho/godotenv';

const PROGRAM = `package main

import (
	"encoding/json"
	"os"

	"github.com/joho/godotenv"
)

type outcome struct {
	Values map[string]string \`json:"values"\`
	Error  *string           \`json:"error"\`
}

func main() {
	var texts []string
	if err := json.NewDecoder(os.Stdin).Decode(&texts); err != nil {
		os.Exit(2)
	}
	out := make([]outcome, len(texts))
	for i, text := range texts {
		values, err := godotenv.Unmarshal(text)
		out[i].Values = values
		if err != nil {
			message := err.Error()
			out[i].Error = &message
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		os.Exit(3)
	}
}
`;

/** What `godotenv.Unmarshal` returns: the map (the keys before the error, if any) and the error's text. */
export interface GodotenvOutcome {
  readonly values: Record<string, string>;
  readonly error: string | null;
}

/** `run` gives the program an empty environment unless told otherwise. */
export type RealGodotenv = { readonly run: (texts: readonly string[], environment?: Record<string, string>) => GodotenvOutcome[]; readonly buildMs: number } | { readonly reason: string };

export function buildRealGodotenv(): RealGodotenv {
  if (!existsSync(GO)) return { reason: 'Go is not installed (apt-get install golang-go)' };
  if (!existsSync(join(SOURCES, 'parser.go'))) return { reason: 'the godotenv sources are not installed (apt-get install golang-github-joho-godotenv-dev)' };
  const dir = mkdtempSync(join(tmpdir(), 'envsense-godotenv-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const gopath = join(dir, 'gopath');
  const packageDir = join(gopath, 'src', 'github.com', 'joho', 'godotenv');
  mkdirSync(packageDir, { recursive: true });
  for (const file of readdirSync(SOURCES)) {
    if (file.endsWith('.go') && !file.endsWith('_test.go')) copyFileSync(join(SOURCES, file), join(packageDir, file));
  }
  writeFileSync(join(dir, 'main.go'), PROGRAM);
  const binary = join(dir, 'godotenv-reader');
  const env = { HOME: dir, PATH: '/usr/bin:/bin', GOPATH: gopath, GOCACHE: join(dir, 'cache'), GO111MODULE: 'off', GOFLAGS: '', GOPROXY: 'off', CGO_ENABLED: '0' };
  const started = performance.now();
  const build = spawnSync(GO, ['build', '-o', binary, 'main.go'], { cwd: dir, env, encoding: 'utf8' });
  const buildMs = performance.now() - started;
  if (build.status !== 0) return { reason: `the godotenv program does not build: ${build.stderr || build.error?.message}` };
  const run = (texts: readonly string[], environment: Record<string, string> = {}): GodotenvOutcome[] => {
    const result = spawnSync(binary, [], { input: JSON.stringify(texts), env: environment, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`the godotenv program failed: ${result.stderr || result.error?.message}`);
    return JSON.parse(result.stdout) as GodotenvOutcome[];
  };
  return { run, buildMs };
}
