/** Runs the built `tip-atlas` binary (dist/cli/main.js, as `npm run build` makes it) in a child process, for CLI tests. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BINARY = join(PROJECT, 'dist', 'cli', 'main.js');

export interface BinaryRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BinaryOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** `tip-atlas ARGS…` with stdin closed and stdout/stderr captured (not a terminal); throws when dist/ is not built. */
export function runBinary(args: readonly string[], options: BinaryOptions = {}): BinaryRun {
  if (!existsSync(BINARY)) throw new Error(`runBinary: expected the built CLI at ${BINARY}; found nothing (run 'npm run build')`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const r = spawnSync(process.execPath, [BINARY, ...args], { cwd: options.cwd ?? PROJECT, env, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
