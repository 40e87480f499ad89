/** Runs the app on a port with timeouts against slow clients and header-size limits. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Server } from 'node:http';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The web app folder next to the package (web/dist), from src/serve or dist/serve alike. */
export const WEB_SOURCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
export const WEB_DIST_DIR = join(WEB_SOURCE_DIR, 'dist');

/** Builds web/dist with Vite when it is missing (first serve on a clone that skipped `npm run build`). */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<string | undefined> {
  if (existsSync(join(WEB_DIST_DIR, 'index.html'))) return WEB_DIST_DIR;
  if (!existsSync(join(WEB_SOURCE_DIR, 'index.html'))) return undefined;
  log('building the web app (vite build web)…');
  const vite = await import('vite').catch(() => undefined);
  if (!vite) return undefined;
  await vite.build({ root: WEB_SOURCE_DIR, logLevel: 'warn', configFile: join(WEB_SOURCE_DIR, 'vite.config.ts') });
  return existsSync(join(WEB_DIST_DIR, 'index.html')) ? WEB_DIST_DIR : undefined;
}

export function startServer(app: Hono, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolveStart, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions: { maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 } }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host === '127.0.0.1' ? 'localhost' : host;
      resolveStart({
        url: `http://${shown}:${info.port}/`, port: info.port,
        close: () => new Promise<void>((r) => { (server as Server).closeAllConnections?.(); server.close(() => r()); }),
      });
    }) as Server;
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    server.on('error', reject);
  });
}
