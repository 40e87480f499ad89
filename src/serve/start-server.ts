/** Runs the app on a port with timeouts against slow clients and header-size limits. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';

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
   * Requests one connection may have in hand (pipelined, answers not yet sent). More get 503 and the
   * connection is closed: a client that pipelines many requests in one packet and never reads would
   * otherwise have every answer built and held in memory (backpressure only stops the next packet).
   */
  readonly maxPipelined: number;
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
  maxPipelined: 16,
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

/** Counts each connection's requests in hand; past `limit`, answers 503 with Connection: close instead of running the app. */
function pipeliningGuard(limit: number, next: (req: IncomingMessage, res: ServerResponse) => Promise<void>): (req: IncomingMessage, res: ServerResponse) => void {
  const inHand = new WeakMap<Socket, number>();
  return (req, res) => {
    const socket = req.socket;
    const n = (inHand.get(socket) ?? 0) + 1;
    if (n > limit) {
      res.writeHead(503, { 'Content-Type': 'application/json', Connection: 'close', 'Retry-After': '1' });
      res.end(JSON.stringify({ error: 'too_many_pipelined_requests', detail: `at most ${limit} requests may wait for their answers on one connection; read the answers first` }));
      return;
    }
    inHand.set(socket, n);
    res.once('close', () => inHand.set(socket, (inHand.get(socket) ?? 1) - 1));
    void next(req, res);
  };
}

export function startServer(app: Hono, port: number, host: string, limits: Partial<ServerLimits> = {}): Promise<RunningServer> {
  const l: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...limits };
  return new Promise((resolveStart, reject) => {
    const server = createServer({
      maxHeaderSize: l.maxHeaderBytes, requestTimeout: l.requestTimeoutMs, headersTimeout: l.headersTimeoutMs,
      keepAliveTimeout: l.keepAliveTimeoutMs, connectionsCheckingInterval: l.checkIntervalMs,
    }, pipeliningGuard(l.maxPipelined, getRequestListener(app.fetch, { hostname: host })));
    server.maxHeadersCount = l.maxHeadersCount;
    server.maxConnections = l.maxConnections;
    server.setTimeout(l.idleTimeoutMs, (socket) => socket.destroy());
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      const shown = host.includes(':') ? `[${host}]` : host === '127.0.0.1' ? 'localhost' : host;
      resolveStart({
        url: `http://${shown}:${bound}/`, port: bound,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
