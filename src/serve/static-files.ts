/** Serves the built web app (web/dist) and nothing outside it. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

export type StaticResult =
  | { readonly kind: 'file'; readonly body: Uint8Array; readonly type: string; readonly immutable: boolean }
  | { readonly kind: 'bad'; readonly reason: string }
  | { readonly kind: 'missing' };

/** The file for a URL path under `root`: rejects `..`, encoded traversal, backslashes and NUL; `/` and unknown app routes give index.html. */
export async function staticFile(root: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad', reason: 'malformed percent-encoding in path' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..' || s === '.') || /%2e|%2f|%5c/i.test(decoded)) {
    return { kind: 'bad', reason: 'path must not contain .., backslashes or encoded separators' };
  }
  const base = resolve(root);
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = resolve(join(base, rel));
  if (full !== base && !full.startsWith(base + sep)) return { kind: 'bad', reason: 'path outside the app' };
  const info = await stat(full).catch(() => undefined);
  if (!info?.isFile()) {
    // Client-side routes (no extension) fall back to the app shell.
    if (extname(rel) === '') return staticFile(root, '/index.html');
    return { kind: 'missing' };
  }
  return { kind: 'file', body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream', immutable: rel.startsWith('assets/') };
}
