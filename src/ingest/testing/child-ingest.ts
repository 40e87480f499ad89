/** Runs src/ingest/testing/ingest-child.ts in a child process, for fault tests: watch its events, SIGKILL it, await its end. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = join(HERE, '..', '..', '..');
const CHILD = join(HERE, 'ingest-child.ts');

export interface ChildEvent {
  readonly event: 'open' | 'file' | 'done';
  readonly done?: number;
  readonly total?: number;
  readonly summary?: { readonly documents: number; readonly inserted: number; readonly unchanged: number; readonly replaced: number; readonly failures: readonly { path: string; reason: string }[] };
}

export interface ChildEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly events: readonly ChildEvent[];
  readonly stderr: string;
}

export interface ChildIngest {
  readonly process: ChildProcess;
  readonly events: ChildEvent[];
  /** Resolves at the first event that satisfies `test` (rejects when the child ends first). */
  until(test: (e: ChildEvent) => boolean): Promise<ChildEvent>;
  readonly ended: Promise<ChildEnd>;
}

/** Starts `ingest-child.ts <url> [--schema S] <inputs…>` with tsx, from the project folder. */
export function startChildIngest(url: string, inputs: readonly string[], schema?: string): ChildIngest {
  const args = ['--import', 'tsx', CHILD, url, ...(schema ? ['--schema', schema] : []), ...inputs];
  const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: ChildEvent[] = [];
  const waiters: { test: (e: ChildEvent) => boolean; resolve: (e: ChildEvent) => void; reject: (e: Error) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      let e: ChildEvent;
      try {
        e = JSON.parse(line) as ChildEvent;
      } catch {
        continue;
      }
      events.push(e);
      for (const w of [...waiters]) if (w.test(e)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(e); }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const ended = new Promise<ChildEnd>((resolve) => {
    child.on('close', (code, signal) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`ingest child ended (code ${code}, signal ${signal}) before the awaited event; stderr: ${stderr.slice(-2000)}`));
      resolve({ code, signal, events, stderr });
    });
  });
  return {
    process: child,
    events,
    ended,
    until: (test) => {
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error(`ingest child already ended; stderr: ${stderr.slice(-2000)}`));
      return new Promise((resolve, reject) => waiters.push({ test, resolve, reject }));
    },
  };
}
