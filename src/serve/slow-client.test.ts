/**
 * Slow and greedy clients on a real server on loopback (short limits, so the test is quick): slowloris
 * headers, silent connections, slow bodies and clients that stop reading are closed while other
 * clients are answered; bodies, headers, URLs and query parameters are limited.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { createApp } from './create-app.js';
import { startServer, type RunningServer, type ServerLimits } from './start-server.js';
import { fixtureAtlas, type FixtureAtlas } from './test-fixtures.js';
import { note } from '../ingest/testing/reliability-note.js';

const LIMITS: Partial<ServerLimits> = { headersTimeoutMs: 800, requestTimeoutMs: 1500, keepAliveTimeoutMs: 500, idleTimeoutMs: 2000, checkIntervalMs: 100 };
/** How long a test waits for the server to close a connection before calling it left open (generous: the machine is shared). */
const CLOSE_WITHIN_MS = 15_000;

let atlas: FixtureAtlas;
let server: RunningServer;
before(async () => {
  // A large report (about 600 KB of text): its JSON fills socket buffers quickly.
  atlas = await fixtureAtlas({ '2022-nepal-annex.txt': `NEPAL: Tier 2\n${'The ministry held a meeting with donors about the budget for the coming year.\n'.repeat(8000)}` });
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true, maxUploadBytes: 256 * 1024 });
  server = await startServer(app, 0, '127.0.0.1', LIMITS);
});
after(async () => {
  await server.close();
  await atlas.dispose();
});

interface Raw {
  readonly socket: Socket;
  /** Everything the server sent. */
  received(): string;
  /** Resolves when the server closes the connection (rejects after CLOSE_WITHIN_MS). */
  readonly closed: Promise<void>;
}

function raw(): Raw {
  const socket = connect(server.port, '127.0.0.1');
  let data = '';
  socket.setEncoding('latin1').on('data', (d: string) => { data += d; });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server left a connection open for ${CLOSE_WITHIN_MS} ms; it sent: ${JSON.stringify(data.slice(0, 200))}`)), CLOSE_WITHIN_MS);
    socket.on('close', () => { clearTimeout(timer); resolve(); });
  });
  return { socket, received: () => data, closed };
}

/** Writes `text` one byte every `everyMs` until the socket closes. */
function dribble(r: Raw, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (r.socket.destroyed || i >= text.length) return clearInterval(timer);
    r.socket.write(text[i++]);
  }, everyMs);
  r.socket.on('close', () => clearInterval(timer));
}

async function health(): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/health`);
  await res.arrayBuffer();
  return res.status;
}

test('slowloris: 40 connections sending headers byte by byte are closed (408), and other clients are answered meanwhile', { timeout: 60_000 }, async (t) => {
  const slow = Array.from({ length: 40 }, () => raw());
  for (const r of slow) dribble(r, `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(10_000)}`, 50);
  const answered: number[] = [];
  const closedAll = Promise.all(slow.map((r) => r.closed));
  let done = false;
  void closedAll.finally(() => { done = true; });
  while (!done) {
    answered.push(await health());
    await new Promise((r) => setTimeout(r, 50));
  }
  await closedAll;
  assert.ok(answered.length > 0);
  assert.deepEqual([...new Set(answered)], [200], 'every other request was answered 200 during the attack');
  for (const r of slow) assert.match(r.received(), /^(HTTP\/1\.1 408|$)/, 'a slow header sender gets 408 or a bare close');
  assert.equal(await health(), 200);
  note(t, { fault: 'slow clients: headers byte by byte (slowloris)', cases: slow.length, outcome: `closed with 408 after the headers timeout; ${answered.length} other requests answered 200 meanwhile` });
});

test('a connection that sends nothing, and an idle keep-alive connection, are closed', { timeout: 60_000 }, async (t) => {
  const silent = raw();
  await silent.closed;
  const idle = raw();
  idle.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  await idle.closed;
  assert.match(idle.received(), /^HTTP\/1\.1 200/);
  note(t, { fault: 'slow clients: silent and idle keep-alive connections', cases: 2, outcome: 'closed by the server (headers / keep-alive timeouts)' });
});

test('a slow request body is cut off (408) and a client that stops reading its answer is dropped', { timeout: 60_000 }, async (t) => {
  const body = raw();
  body.socket.write('POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n');
  dribble(body, 'Traffickers exploit boys in forced labor. '.repeat(100), 50);
  await body.closed;
  assert.match(body.received(), /^(HTTP\/1\.1 408|$)/);

  // Asks for a large document many times on one connection and does not read: the server's buffers fill,
  // it stops, and the idle timeout drops the connection. Read afterwards, the answers stop short.
  const docs = await (await fetch(`http://127.0.0.1:${server.port}/api/documents?country=NP`)).json() as { items: { id: number }[] };
  const asked = 400;
  const reader = raw();
  reader.socket.pause();
  for (let i = 0; i < asked; i++) reader.socket.write(`GET /api/documents/${docs.items[0].id} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  await new Promise((r) => setTimeout(r, (LIMITS.idleTimeoutMs ?? 0) * 3));
  reader.socket.resume();
  await reader.closed;
  const answers = reader.received().split('HTTP/1.1 200').length - 1;
  assert.ok(answers < asked, `the server stopped answering a client that did not read (${answers} of ${asked} answers sent)`);
  assert.equal(await health(), 200);
  note(t, { fault: 'slow clients: slow body, client not reading', cases: 2, outcome: 'cut off (408 / idle timeout); the server kept answering' });
});

test('request size limits on the real server: body 413 (with and without Content-Length), headers 431, URL 414, query parameters 400', { timeout: 60_000 }, async (t) => {
  const base = `http://127.0.0.1:${server.port}`;
  const big = 'Traffickers exploit boys in forced labor. '.repeat(8000); // ~336 KB > 256 KB
  const sized = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: big });
  assert.equal(sized.status, 413);
  assert.equal((await sized.json()).error, 'payload_too_large');
  // Chunked: no Content-Length, the limit is counted while reading.
  const chunks = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(big.slice(0, 20_000)));
      controller.close();
    },
  });
  const chunked = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: chunks, duplex: 'half' } as RequestInit);
  assert.equal(chunked.status, 413);
  await chunked.arrayBuffer();

  const headers = raw();
  headers.socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
  await headers.closed;
  assert.match(headers.received(), /^HTTP\/1\.1 431/);

  const many = await fetch(`${base}/api/health`, { headers: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`x-h${i}`, 'v'])) });
  assert.equal(many.status, 200, 'headers past the count limit are ignored, not fatal');
  await many.arrayBuffer();

  const long = await fetch(`${base}/api/search?q=${'x'.repeat(5000)}`);
  assert.equal(long.status, 414);
  await long.arrayBuffer();
  const longer = raw();
  longer.socket.write(`GET /api/search?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  await longer.closed;
  assert.match(longer.received(), /^HTTP\/1\.1 (414|431)/);

  const params = await fetch(`${base}/api/claims?${Array.from({ length: 41 }, (_, i) => `p${i}=1`).join('&')}`);
  assert.equal(params.status, 400);
  assert.equal((await params.json()).error, 'too_many_parameters');
  const value = await fetch(`${base}/api/search?q=${'y'.repeat(501)}`);
  assert.equal(value.status, 400);
  await value.arrayBuffer();
  assert.equal(await health(), 200);
  note(t, { fault: 'oversized requests (body, headers, URL, query)', cases: 8, outcome: '413 / 431 / 414 / 400 with a JSON reason where the app answers; the server kept answering' });
});

test('a client that leaves in the middle of an upload is no server error: nothing is logged, nothing stored, others are answered', { timeout: 60_000 }, async (t) => {
  const before = await atlas.store.countDocuments();
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { logged.push(args); };
  try {
    const r = raw();
    r.socket.write('POST /api/documents?name=half.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n');
    r.socket.write('Traffickers exploit boys in forced labor in Kayes. '.repeat(200));
    await new Promise((resolve) => setTimeout(resolve, 300));
    r.socket.destroy();
    await r.closed;
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await health(), 200);
  } finally {
    console.error = original;
  }
  assert.deepEqual(logged, [], `logged: ${JSON.stringify(logged.map((a) => String(a[0])))}`);
  assert.equal(await atlas.store.countDocuments(), before);
  note(t, { fault: 'slow clients: client leaves mid-upload', cases: 1, outcome: 'no error logged, nothing stored; the server kept answering' });
});
