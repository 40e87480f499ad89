/** Which files found in folders are not reports: files named like project files, and `--exclude` globs. */
import { basename, extname } from 'node:path';

/** Names of project files, matched on the name without its extension, case-insensitive ("README.md", "LICENSE", "PROVENANCE.md"). */
export const PROJECT_FILE_NAMES: readonly string[] = [
  'README', 'LICENSE', 'LICENCE', 'COPYING', 'PROVENANCE', 'CHANGELOG', 'CHANGES', 'HISTORY', 'CONTRIBUTING', 'CONTRIBUTORS',
  'NOTICE', 'SOURCES', 'AUTHORS', 'CODE_OF_CONDUCT', 'SECURITY', 'TODO', 'MANIFEST',
];

/** Why a file found in a folder is skipped, or undefined to read it. `relative` is its path under the folder given. */
export type SkipReason = { readonly reason: string; readonly ruleId: 'input:project-file' | 'input:excluded' };

export function skipReason(relative: string, excludes: readonly Exclude[]): SkipReason | undefined {
  const stem = basename(relative, extname(relative)).toUpperCase();
  if (PROJECT_FILE_NAMES.includes(stem)) return { reason: 'named like a project file, not a report (name it directly to read it)', ruleId: 'input:project-file' };
  const hit = excludes.find((e) => e.matches(relative));
  return hit ? { reason: `excluded by --exclude '${hit.glob}'`, ruleId: 'input:excluded' } : undefined;
}

/** One `--exclude` glob: `*` and `?` within a name, `**` across folders, `[…]` a class; without a `/` it matches any file's name. */
export interface Exclude {
  readonly glob: string;
  matches(relative: string): boolean;
}

export function excludeGlob(glob: string): Exclude {
  const pattern = globRegExp(glob.replace(/^\.\//, ''));
  const byName = !glob.includes('/');
  return { glob, matches: (relative) => pattern.test(byName ? basename(relative) : relative.split('\\').join('/')) };
}

function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}(?:/.*)?$`, 'i');
}
