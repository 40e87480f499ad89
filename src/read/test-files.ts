import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A temporary folder for one test file's fixtures; `write` creates parent folders. */
export interface TempDir {
  readonly path: string;
  file(name: string): string;
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function tempDir(prefix = 'tip-atlas-read-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    async write(name, content) {
      const full = join(path, name);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
      return full;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOBODY = 65534;

/**
 * Runs an ES module snippet as the unprivileged user `nobody` (tests run as root, for whom
 * permissions never block reads). Returns its stdout, or undefined when that is impossible here
 * (not root, or the project is not readable by nobody): callers then skip.
 */
export function runAsNobody(code: string): string | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: PROJECT, uid: NOBODY, gid: NOBODY, encoding: 'utf8', timeout: 60_000,
  });
  if (r.status !== 0) return undefined;
  return r.stdout;
}

/** Absolute path of a project source file, for snippets run by runAsNobody. */
export function sourcePath(relative: string): string {
  return join(PROJECT, relative);
}

/** `../shared/corpus` beside the project, when this checkout has it (tests that read it skip otherwise). */
export const SHARED_CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)).replace(/\/$/, '');

/** The .txt and .md reports under `../shared/corpus`, in sorted path order ([] when it is absent). */
export function sharedCorpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = `${dir}/${name}`;
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) files.push(p);
    }
  };
  if (existsSync(SHARED_CORPUS)) walk(SHARED_CORPUS);
  return files;
}
