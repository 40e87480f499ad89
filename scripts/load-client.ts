/**
 * A closed-loop HTTP load client that reads answers as bytes (as a browser's network stack does) and
 * runs in a worker thread: N keep-alive connections each send a GET, wait for the whole answer, and send
 * the next, for a fixed time. autocannon, the other client of the benches, turns every answer body into a
 * JavaScript string as it arrives; for a 100 KiB gzipped answer that costs it about 2 ms of CPU per
 * answer, so on a two-core machine its own decoding, not the server, sets the latency it reports.
 *
 *   const r = await byteLoad({ url, connections: 32, seconds: 3, headers: { 'accept-encoding': 'gzip' } });
 */
import { Worker } from 'node:worker_threads';

export interface ByteLoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Paths asked in turn, each once (connections share one cursor), instead of the URL's path: answers no
   * cache holds. Past the end the list starts again; `repeated` counts those requests.
   */
  readonly paths?: readonly string[];
}

export interface ByteLoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  /** Latency percentiles, ms. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly requestsPerSecond: number;
  /** Requests that asked a path of `paths` a second time (0 without `paths`). */
  readonly repeated: number;
}

/** The worker, as plain JavaScript (a worker thread does not inherit the TypeScript loader). */
const WORKER = `
const { parentPort, workerData: o } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const url = new URL(o.url);
const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
const latencies = [];
let errors = 0, non2xx = 0, next = 0, repeated = 0;
const pathOf = () => {
  if (!o.paths || o.paths.length === 0) return url.pathname + url.search;
  if (next >= o.paths.length) repeated++;
  return o.paths[next++ % o.paths.length];
};
const end = performance.now() + o.seconds * 1000;
const one = () => new Promise((done) => {
  const t = performance.now();
  const req = request({ agent, host: url.hostname, port: url.port, path: pathOf(), headers: o.headers }, (res) => {
    res.on('data', () => {});
    res.on('end', () => {
      latencies.push(performance.now() - t);
      if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
      done();
    });
  });
  // An answer slower than 10 s counts as an error (a timeout), as autocannon's timeout does.
  req.setTimeout(10000, () => req.destroy(new Error('timeout')));
  req.on('error', () => { errors++; done(); });
  req.end();
});
const started = performance.now();
Promise.all(Array.from({ length: o.connections }, async () => { while (performance.now() < end) await one(); })).then(() => {
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN);
  parentPort.postMessage({ requests: latencies.length, errors, non2xx, p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? NaN), requestsPerSecond: latencies.length / elapsed, repeated });
});
`;

/** Runs the load in a worker thread (so that the client's JavaScript does not run on the server's event loop). */
export function byteLoad(options: ByteLoadOptions): Promise<ByteLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: options });
    worker.once('message', (r: ByteLoadResult) => { resolve(r); void worker.terminate(); });
    worker.once('error', reject);
  });
}
