import { access, readdir, realpath, stat } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { excludeGlob, skipReason, type Exclude } from './input-filter.js';

export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.pdf'];

/** A path that could not be used as input: data, reported by the caller. */
export interface InputProblem {
  readonly path: string;
  readonly reason: string;
  /** `input:missing`, `input:permission`, `input:no-reports`, `input:not-file`, `input:broken-link`, `input:io`. */
  readonly ruleId: string;
}

/** A file found in a folder and not read: named like a project file (README, LICENSE…), or matched by an --exclude glob. */
export interface SkippedInput {
  readonly path: string;
  readonly reason: string;
  /** `input:project-file` or `input:excluded`. */
  readonly ruleId: string;
}

export interface CollectedInputs {
  readonly files: string[];
  readonly problems: InputProblem[];
  /** Files found in folders and left out, in sorted path order. */
  readonly skipped: SkippedInput[];
}

export interface CollectOptions {
  /** Globs of files to leave out of folders (`drafts/**`, `*-old.txt`), matched on the path under the folder given. */
  readonly exclude?: readonly string[];
}

function problemOf(path: string, error: unknown, doing: string): InputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path, reason: 'no such file or folder', ruleId: 'input:missing' };
  if (code === 'EACCES' || code === 'EPERM') return { path, reason: `permission denied (cannot ${doing})`, ruleId: 'input:permission' };
  if (code === 'ELOOP') return { path, reason: 'symbolic link loop', ruleId: 'input:broken-link' };
  return { path, reason: `cannot ${doing} (${code ?? String(error)})`, ruleId: 'input:io' };
}

const isReport = (name: string): boolean => REPORT_EXTENSIONS.includes(extname(name).toLowerCase());

/**
 * Expands files and folders into report files. A folder is walked recursively (symbolic links
 * followed, each real folder visited once, so link loops end; hidden entries skipped) and its
 * report files are listed in sorted path order; a file named directly is kept whatever its
 * extension. Each real file appears once. Files in folders named like project files (README,
 * LICENSE, PROVENANCE…) or matched by `options.exclude` are skipped and listed. Problems (missing,
 * unreadable, empty folder) are returned, never thrown.
 */
export async function collectInputs(paths: readonly string[], options: CollectOptions = {}): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const skipped: SkippedInput[] = [];
  const excludes = (options.exclude ?? []).map(excludeGlob);
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path).catch(() => path);
    if (seenFiles.has(real)) return;
    try {
      await access(path, constants.R_OK);
    } catch (error) {
      problems.push(problemOf(path, error, 'read it'));
      return;
    }
    seenFiles.add(real);
    files.push(path);
  };

  for (const p of paths) {
    let info: Stats;
    try {
      info = await stat(p);
    } catch (error) {
      problems.push(problemOf(p, error, 'inspect it'));
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(p).catch(() => p);
      if (seenDirs.has(real)) continue;
      const before = problems.length;
      const walked = await walk(p, seenDirs, problems);
      walked.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const found = keepReports(p, walked, excludes, skipped);
      const count = files.length;
      for (const f of found) await addFile(f);
      if (files.length === count && problems.length === before && walked.length === 0) {
        problems.push({ path: p, reason: `folder holds no reports (${REPORT_EXTENSIONS.join(', ')})`, ruleId: 'input:no-reports' });
      }
    } else if (info.isFile()) {
      await addFile(p);
    } else {
      problems.push({ path: p, reason: 'is not a file or folder (device, socket or pipe)', ruleId: 'input:not-file' });
    }
  }
  return { files, problems, skipped };
}

/** The files of a walked folder that are not skipped; the skipped ones are added to `skipped`. */
function keepReports(root: string, found: readonly string[], excludes: readonly Exclude[], skipped: SkippedInput[]): string[] {
  return found.filter((f) => {
    const why = skipReason(relative(root, f), excludes);
    if (why) skipped.push({ path: f, ...why });
    return why === undefined;
  });
}

/** Lists the report files under `root` without recursion (deep trees cannot overflow the stack). */
async function walk(root: string, seenDirs: Set<string>, problems: InputProblem[]): Promise<string[]> {
  const out: string[] = [];
  const pending = [root];
  seenDirs.add(await realpath(root).catch(() => root));
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(problemOf(dir, error, 'list the folder'));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          problems.push(code === 'ENOENT' || code === 'ELOOP'
            ? { path: full, reason: code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link (its target does not exist)', ruleId: 'input:broken-link' }
            : problemOf(full, error, 'follow the link'));
          continue;
        }
      }
      if (isDir) {
        const real = await realpath(full).catch(() => full);
        if (seenDirs.has(real)) continue; // a link back to a folder already walked: a loop or a duplicate
        seenDirs.add(real);
        pending.push(full);
      } else if (isReport(e.name)) {
        if (isFile) out.push(full);
        else problems.push({ path: full, reason: 'is not a file or folder (device, socket or pipe)', ruleId: 'input:not-file' });
      }
    }
  }
  return out;
}
