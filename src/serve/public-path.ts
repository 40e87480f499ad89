/**
 * Document paths as the API shows them: never an absolute path of the server's disk. The store keeps the
 * paths given on input (the CLI prints them to its local user); an answer names a document by its id and
 * by a path relative to the folder it was ingested from.
 */
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';

/** Maps a stored path (or source id) to the path an answer shows. */
export type PublicPath = (stored: string) => string;

/** Keys whose string values are document paths: document metadata, and the facts contract's `doc`. */
const PATH_KEYS: readonly string[] = ['path', 'sourceId', 'doc'];

/** `stored` relative to the folder above `root` (so `reports/tip/x.txt` for a root `/srv/reports`); undefined when outside it. */
function underRoot(stored: string, root: string): string | undefined {
  const inside = relative(root, stored);
  if (inside === '') return basename(root);
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return [basename(root), ...inside.split(sep)].join('/');
}

/**
 * The public path of a document: an upload id or a relative path without `..` as it is; an absolute
 * path relative to the ingested folder it lies in (`roots`: the folders and files `serve --ingest` read);
 * otherwise its file name alone.
 */
export function publicPath(roots: readonly string[] = []): PublicPath {
  const resolved = roots.map((r) => resolve(r));
  return (stored) => {
    if (stored.startsWith('upload:')) return stored;
    if (!isAbsolute(stored) && !stored.split(/[\\/]/).includes('..')) return stored;
    const absolute = resolve(stored);
    for (const root of resolved) {
      const shown = underRoot(absolute, root);
      if (shown !== undefined) return shown;
    }
    return basename(absolute);
  };
}

/** JSON text of `value` with every document path (keys path, sourceId, doc) made public. */
export function publicJson(value: unknown, toPublic: PublicPath): string {
  return JSON.stringify(value, (key: string, v: unknown) => (typeof v === 'string' && PATH_KEYS.includes(key) ? toPublic(v) : v));
}
