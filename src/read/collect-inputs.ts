import { readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';

export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.pdf'];

export interface InputProblem {
  readonly path: string;
  readonly reason: string;
}

/** Expands files and folders (recursively) into report files in path order; problems are returned, not thrown. */
export async function collectInputs(paths: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) {
      problems.push({ path: p, reason: 'no such file or folder' });
    } else if (info.isDirectory()) {
      const found = (await walk(p)).filter((f) => REPORT_EXTENSIONS.includes(extname(f).toLowerCase())).sort();
      if (found.length === 0) problems.push({ path: p, reason: `folder holds no reports (${REPORT_EXTENSIONS.join(', ')})` });
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}
