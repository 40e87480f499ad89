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

/** Limits that keep slow or idle clients from holding the server's connections. */
export interface ServerLimits {
  /** Time to receive a request's headers (slowloris: headers sent byte by byte). Answered 408, then closed. */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, body included (slow uploads). Answered 408, then closed. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** A socket with no traffic either way (a client that stops reading its response) is closed after this. */
  readonly idleTimeoutMs: number;
  /** How often the header and request timeouts are checked. */
  readonly checkIntervalMs: number;
  /** Request line and headers together (larger: 431). */
  readonly maxHeaderBytes: number;
  /** Headers beyond this count are ignored. */
  readonly maxHeadersCount: number;
  /** Connections beyond this are refused (file descriptors stay available). */
  readonly maxConnections: number;
  /**
   * Requests answered on one connection before it is closed (later ones get 503). Bounds the answers
   * a client can pipeline without reading them: they arrive in one packet, before backpressure can stop the parser.
   */
  readonly maxRequestsPerSocket: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  checkIntervalMs: 1_000,
  maxHeaderBytes: 16 * 1024,
  maxHeadersCount: 100,
  maxConnections: 1024,
  maxRequestsPerSocket: 64,
};

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

export function startServer(app: Hono, port: number, host: string, limits: Partial<ServerLimits> = {}): Promise<RunningServer> {
  const l: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...limits };
  return new Promise((resolveStart, reject) => {
    const serverOptions = {
      maxHeaderSize: l.maxHeaderBytes, requestTimeout: l.requestTimeoutMs, headersTimeout: l.headersTimeoutMs,
      keepAliveTimeout: l.keepAliveTimeoutMs, connectionsCheckingInterval: l.checkIntervalMs,
    };
    const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host === '127.0.0.1' ? 'localhost' : host;
      resolveStart({
        url: `http://${shown}:${info.port}/`, port: info.port,
        close: () => new Promise<void>((r) => { (server as Server).closeAllConnections?.(); server.close(() => r()); }),
      });
    }) as Server;
    server.requestTimeout = l.requestTimeoutMs;
    server.headersTimeout = l.headersTimeoutMs;
    server.keepAliveTimeout = l.keepAliveTimeoutMs;
    server.maxHeadersCount = l.maxHeadersCount;
    server.maxConnections = l.maxConnections;
    server.maxRequestsPerSocket = l.maxRequestsPerSocket;
    server.setTimeout(l.idleTimeoutMs, (socket) => socket.destroy());
    server.on('error', reject);
  });
}
