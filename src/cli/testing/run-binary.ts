/** Runs the built `tip-atlas` binary (dist/cli/main.js, as `npm run build` makes it) in a child process, for CLI tests. */
import { spawn, spawnSync } from 'node:child_process';
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

/** The binary on a pseudo-terminal (util-linux `script`): stdout and stderr both go to it, read back as one text. */
export interface TerminalRun {
  readonly output: string;
}

/**
 * Runs `tip-atlas ARGS…` on a pseudo-terminal made by `script`, until it exits or its output matches
 * `until` (then it is stopped with SIGTERM). Undefined when `script` is not available here (callers skip).
 */
export async function runBinaryOnTerminal(args: readonly string[], options: BinaryOptions & { readonly until?: RegExp } = {}): Promise<TerminalRun | undefined> {
  if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const command = [process.execPath, BINARY, ...args].map(shellQuote).join(' ');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', ...options.env };
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: options.cwd ?? PROJECT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already ended */ } };
  const timer = setTimeout(stop, 120_000);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (options.until?.test(output)) stop();
  });
  child.stderr.resume();
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  clearTimeout(timer);
  return { output };
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
