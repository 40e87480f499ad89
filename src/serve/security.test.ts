/**
 * Security: uploads off by default, a token needed off loopback, tokens compared in constant time,
 * document text never served as HTML nor used as a path.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createApp } from './create-app.js';
import { Hono } from 'hono';
import { bearerMatches, constantTimeEqual, CONTENT_SECURITY_POLICY, isLoopback, securityHeaders } from './security.js';
import { startServer } from './start-server.js';
import { uploadName } from './upload-route.js';
import { fixtureAtlas, HOSTILE_REPORT, type FixtureAtlas } from './test-fixtures.js';
import { note } from '../ingest/testing/reliability-note.js';
import { sourcePath } from '../read/test-files.js';

const TOKEN = 'correct-horse-battery-staple-42';

const PATHS_REPORT = [
  '2022 Trafficking in Persons Report: Ghana', 'GHANA: Tier 2',
  'Traffickers exploit Ghanaian boys in forced labor in fishing; see ../../../../etc/passwd and file:///etc/shadow and C:\\Windows\\win.ini and %2e%2e/atlas.db.',
].join('\n');

let atlas: FixtureAtlas;
before(async () => { atlas = await fixtureAtlas({ '2022-mali-hostile.txt': HOSTILE_REPORT, '2022-paths.txt': PATHS_REPORT }); });
after(async () => { await atlas.dispose(); });


test('bearer tokens: only the exact token matches; wrong, shorter, longer, empty, malformed and non-ASCII headers do not, and none throws', (t) => {
  const cases: [string | undefined, boolean][] = [
    [`Bearer ${TOKEN}`, true],
    [`bearer ${TOKEN}`, true],
    [`Bearer ${TOKEN.slice(0, -1)}x`, false],
    [`Bearer x${TOKEN.slice(1)}`, false],
    [`Bearer ${TOKEN.slice(0, -1)}`, false],
    [`Bearer ${TOKEN}${TOKEN}`, false],
    [`Bearer ${TOKEN} `, false],
    [`Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`, false],
    [TOKEN, false],
    ['Bearer ', false],
    ['', false],
    [undefined, false],
    [`Bearer ${'é'.repeat(20)}`, false],
    [`Bearer ${'a'.repeat(100_000)}`, false],
  ];
  for (const [header, want] of cases) assert.equal(bearerMatches(header, TOKEN), want, String(header).slice(0, 60));
  assert.equal(bearerMatches('Bearer ', ''), false, 'an empty expected token never matches');
  // Different lengths compare without throwing (timingSafeEqual alone would throw) and without a length shortcut.
  assert.equal(constantTimeEqual('a', 'a'.repeat(1000)), false);
  assert.equal(constantTimeEqual('ü', 'ü'), true);
  note(t, { fault: 'upload tokens (wrong, truncated, padded, malformed)', cases: cases.length + 3, outcome: 'only the exact token matches; sha256 digests compared with timingSafeEqual (no early exit, no length leak)' });
});

test('token comparison time does not depend on where a wrong token differs (measured, printed, not asserted)', (t) => {
  const time = (candidate: string): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 20_000; i++) constantTimeEqual(candidate, TOKEN);
    return Number(process.hrtime.bigint() - start) / 20_000;
  };
  const first = `x${TOKEN.slice(1)}`;
  const last = `${TOKEN.slice(0, -1)}x`;
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 5; round++) { // alternate, keep the fastest of each (least disturbed by the shared machine)
    a = Math.min(a, time(first));
    b = Math.min(b, time(last));
  }
  t.diagnostic(`differs at the first character: ${a.toFixed(0)} ns; at the last: ${b.toFixed(0)} ns per comparison`);
});

test('loopback hosts, and the serve command refusing uploads off loopback without a token', async (t) => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) assert.equal(isLoopback(h), true, h);
  for (const h of ['0.0.0.0', '::', '10.0.0.1', '192.168.1.10', '127.0.0.1.example.org', 'localhost.example.org', '']) assert.equal(isLoopback(h), false, h);
  const { main } = await import('../cli/main.js');
  const err: string[] = [];
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: atlas.dir, env: {} } as never;
  assert.equal(await main(['serve', '--allow-upload', '--host', '0.0.0.0', '--port', '0', '--db', join(atlas.dir, 'x.db')], io), 2);
  assert.match(err.join(''), /needs --token/);
  assert.equal(await main(['serve', '--allow-upload', '--host', '0.0.0.0', '--token', 'short', '--port', '0', '--db', join(atlas.dir, 'x.db')], io), 2);
  assert.match(err.join(''), /at least 16 characters/);
  assert.equal(await main(['serve', '--allowed-host', 'http://atlas.example.org/', '--port', '0', '--db', join(atlas.dir, 'x.db')], io), 2);
  assert.match(err.join(''), /--allowed-host expects a host name .*; got 'http:\/\/atlas\.example\.org\/'/);
  const app = createApp({ store: atlas.store, resolver: atlas.resolver });
  const res = await app.request('/api/documents', { method: 'POST', body: '{"text":"x"}', headers: { 'Content-Type': 'application/json' } });
  assert.equal(res.status, 403, 'read-only by default');
  note(t, { fault: 'writes without permission', cases: 15, outcome: 'read-only by default (403); off loopback the server will not start with uploads and no token (exit 2)' });
});

const REPORT_TEXT = 'SENEGAL: Tier 2\nTraffickers exploit Senegalese girls in domestic servitude in Dakar.';

test('cross-site writes are refused (fetch no-cors, a text/plain form, Origin null, Sec-Fetch-Site cross-site); the app\'s own origin and clients that are not browsers still write', async (t) => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true });
  const url = 'http://localhost:8080/api/documents';
  const before = await atlas.store.countDocuments({});
  const attacks: readonly Readonly<Record<string, string>>[] = [
    { 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'http://evil.example' }, // fetch(url, {mode: 'no-cors', method: 'POST', body})
    { 'Content-Type': 'text/plain', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' }, // <form enctype="text/plain">
    { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
    { 'Content-Type': 'text/plain', Origin: 'null' }, // sandboxed iframe, data: URL
    { 'Content-Type': 'text/plain', Origin: 'http://localhost:8080.evil.example' },
    { 'Content-Type': 'text/plain', Origin: 'http://localhost:9999' }, // another server on this machine
    { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' }, // a browser that sent no Origin
    { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'same-site' },
  ];
  for (const [i, headers] of attacks.entries()) {
    const res = await app.request(url, { method: 'POST', headers, body: `{"text":"${REPORT_TEXT.replace('\n', ' ')} ${i}"}=` });
    assert.equal(res.status, 403, JSON.stringify(headers));
    const body = await res.json() as { error: string; detail: string };
    assert.equal(body.error, 'cross_origin_write', JSON.stringify(headers));
    assert.match(body.detail, /expected .*http:\/\/localhost:8080.*; got .*'/, body.detail);
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) assert.equal((await app.request(url, { method, headers: { Origin: 'http://evil.example' } })).status, 403, method);
  assert.equal(await atlas.store.countDocuments({}), before, 'nothing stored by a cross-site request');
  const sameOrigin = await app.request(url, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: 'http://localhost:8080', 'Sec-Fetch-Site': 'same-origin' }, body: `${REPORT_TEXT} From the app.` });
  assert.equal(sameOrigin.status, 201, 'the web app posts from its own origin');
  const curl = await app.request(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: `${REPORT_TEXT} From curl.` });
  assert.equal(curl.status, 201, 'a client that is not a browser sends no Origin');
  note(t, { fault: 'cross-origin writes (no-cors fetch, text/plain form, Origin null, Sec-Fetch-Site)', cases: attacks.length + 3, outcome: "403 cross_origin_write naming the expected and the found origin; nothing stored; the app's own origin and non-browser clients still write" });
});

/** GET `path` on the server with a Host header of our choosing (fetch will not send one). */
function getWithHost(port: number, path: string, host: string): Promise<{ readonly status: number; readonly body: string }> {
  return new Promise((resolveGet, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('DNS rebinding: a Host other than the bound host, its loopback names (with the port) and --allowed-host is refused', async (t) => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, hostCheck: { boundHost: '127.0.0.1', allowedHosts: ['atlas.example.org', 'proxy.example.org:8443'] } });
  const server = await startServer(app, 0, '127.0.0.1');
  try {
    const p = server.port;
    const refused = ['attacker.example', `attacker.example:${p}`, `localhost:${p + 1}`, `127.0.0.1.nip.io:${p}`, `localhost.attacker.example:${p}`, 'proxy.example.org:8444', `10.0.0.1:${p}`];
    for (const host of refused) {
      const res = await getWithHost(p, '/api/export', host);
      assert.equal(res.status, 403, host);
      const body = JSON.parse(res.body) as { error: string; detail: string };
      assert.equal(body.error, 'forbidden_host', host);
      assert.ok(body.detail.includes(`localhost:${p}`) && body.detail.includes(`got '${host}'`), body.detail);
    }
    const allowed = [`localhost:${p}`, `LOCALHOST:${p}`, `127.0.0.1:${p}`, `[::1]:${p}`, 'atlas.example.org', `atlas.example.org:${p}`, 'proxy.example.org:8443'];
    for (const host of allowed) assert.equal((await getWithHost(p, '/api/health', host)).status, 200, host);
    note(t, { fault: 'DNS rebinding (Host header)', cases: refused.length + allowed.length, outcome: "403 forbidden_host naming the expected and the found Host; the bound host, localhost, 127.0.0.1, [::1] (with the port) and --allowed-host answered" });
  } finally {
    await server.close();
  }
});

test('document text is never served as HTML: every answer carrying it is JSON or CSV, with nosniff and a CSP without inline scripts', async (t) => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver });
  const docs = await (await app.request('/api/documents?year=2022&limit=10')).json() as { items: { id: number; path: string }[] };
  const hostile = docs.items.find((d) => d.path.endsWith('hostile.txt'));
  assert.ok(hostile);
  const urls = [`/api/documents/${hostile.id}`, '/api/search?q=script', '/api/claims?q=onerror', '/api/export?format=csv', '/api/export?format=json', '/api/export?format=facts', '/api/flows', '/api/profile/ML'];
  for (const url of urls) {
    const res = await app.request(url);
    assert.equal(res.status, 200, url);
    const type = res.headers.get('content-type') ?? '';
    assert.match(type, /^(application\/json|text\/csv)/, `${url}: ${type}`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', url);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/, url);
  }
  const doc = await (await app.request(`/api/documents/${hostile.id}`)).json() as { document: { text: string } };
  assert.ok(doc.document.text.includes('<script>window.__pwned = 1; alert(1)</script>'), 'stored and served as the text it is');
  note(t, { fault: 'document text with HTML and script', cases: urls.length, outcome: 'served only as JSON/CSV with nosniff and CSP; shown as text nodes in the browser (web.e2e.test.ts)' });
});

test('answers carry no absolute server path: document paths are relative to the ingested folder, or the file name', async (t) => {
  const docs = (await atlas.store.listDocuments({})).filter((d) => !d.sourceId.startsWith('upload:'));
  assert.ok(docs.every((d) => d.sourceId.startsWith(atlas.dir)), 'the store keeps the absolute paths (the CLI prints them to its local user)');
  const mali = docs.find((d) => d.path.endsWith('2021-mali.txt'));
  assert.ok(mali);
  const urls = ['/api/documents?limit=500', `/api/documents/${mali.id}`, '/api/claims?limit=500', '/api/search?q=gold', '/api/export?format=json', '/api/export?format=facts',
    '/api/export?format=csv', '/api/profile/ML', '/api/profile/GN', '/api/flows', '/api/commodities', '/api/diff/ML?from=2021&to=2022', '/api/overview'];
  const roots = join(atlas.dir, 'reports');
  for (const [app, want] of [
    [createApp({ store: atlas.store, resolver: atlas.resolver }), '2021-mali.txt'],
    [createApp({ store: atlas.store, resolver: atlas.resolver, documentRoots: [roots] }), 'reports/2021-mali.txt'],
  ] as const) {
    for (const url of urls) {
      const res = await app.request(url);
      assert.equal(res.status, 200, url);
      const body = await res.text();
      assert.ok(!body.includes(atlas.dir), `${url} names the server folder ${atlas.dir}: ${body.slice(body.indexOf(atlas.dir) - 40, body.indexOf(atlas.dir) + 80)}`);
      assert.doesNotMatch(body, /"(path|sourceId|doc)":"\//, url);
    }
    const list = await (await app.request('/api/documents?limit=500')).json() as { items: { id: number; path: string; sourceId: string }[] };
    const shown: { path: string; sourceId: string } | undefined = list.items.find((d) => d.id === mali.id);
    assert.deepEqual([shown?.path, shown?.sourceId], [want, want]);
  }
  note(t, { fault: 'absolute server paths in answers', cases: urls.length * 2, outcome: 'documents named by a path relative to the ingested folder (or the file name) and their id; no absolute path in any answer' });
});

test('document text and upload names are never used as paths', async (t) => {
  // Paths written in a report are text: stored as they are, nothing is read or created from them.
  const docs = await atlas.store.listDocuments({ country: 'GH' });
  const paths = await atlas.store.getDocument(docs.find((d) => d.path.endsWith('2022-paths.txt'))!.id);
  assert.ok(paths?.text.includes('../../../../etc/passwd and file:///etc/shadow'));
  // Upload names are reduced to a plain file name inside the server's upload folder.
  for (const [name, want] of [
    ['../../../../tmp/tip-atlas-evil.txt', 'tip-atlas-evil.txt'], ['..\\..\\windows\\evil.html', 'evil.html'], ['/etc/passwd', 'passwd.txt'],
    ['.hidden.txt', 'hidden.txt'], ['a\u0000b.pdf', 'a-b.pdf'], ['..', 'pasted-report.txt'], ['report name with spaces.txt', 'report-name-with-spaces.txt'],
  ] as const) assert.equal(uploadName(name), want, name);
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true, token: TOKEN });
  const evil = join(tmpdir(), '..', 'tip-atlas-upload-escape.txt');
  const res = await app.request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ name: `../../../..${evil}`, text: 'SENEGAL: Tier 2\nTraffickers exploit Senegalese girls in domestic servitude in Dakar.' }),
  });
  assert.equal(res.status, 201);
  const out = await res.json() as { documents: { path: string }[] };
  assert.match(out.documents[0].path, /(^|\/)tip-atlas-upload-escape\.txt$/);
  assert.ok(!out.documents[0].path.includes('..'), out.documents[0].path);
  assert.equal(existsSync(evil), false, 'nothing written outside the upload folder');
  note(t, { fault: 'paths in document text and upload names', cases: 9, outcome: 'text stored as text; upload names reduced to a file name in the server\'s own upload folder' });
});

/** Runs `tip-atlas serve` from the sources in a child process; resolves with its URL once it listens. */
async function serveChild(args: readonly string[]): Promise<{ readonly child: ChildProcess; readonly url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', sourcePath('src/cli/main.ts'), 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /TIP Atlas on (\S+)/.exec(out);
      if (m) resolveUrl(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
  });
  return { child, url };
}

/** Every file or folder named `name` under `root`, four levels deep at most. */
function findNamed(root: string, name: string, depth = 4): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => [
    ...(e.name === name ? [join(root, e.name)] : []),
    ...(e.isDirectory() && depth > 1 ? findNamed(join(root, e.name), name, depth - 1) : []),
  ]);
}

test('a server killed during an upload leaves no report behind once a server starts again', { timeout: 120_000 }, async (t) => {
  const name = `killed-upload-${process.pid}-${Date.now()}.txt`;
  const db = join(atlas.dir, 'killed.db');
  const first = await serveChild(['--allow-upload', '--db', db]);
  const sentence = 'Traffickers exploit Senegalese girls in domestic servitude in Dakar and force boys to beg in Touba. ';
  const body = `SENEGAL: Tier 2\n${sentence.repeat(Math.floor(4_500_000 / sentence.length))}`;
  const upload = fetch(`${first.url}api/documents?name=${name}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body }).catch(() => undefined);
  let written: string[] = [];
  for (let i = 0; i < 2000 && written.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 5));
    written = findNamed(tmpdir(), name);
  }
  first.child.kill('SIGKILL');
  await upload;
  assert.ok(written.length > 0, `the upload was written to disk before the kill (${name})`);
  const second = await serveChild(['--allow-upload', '--db', db]);
  const left = findNamed(tmpdir(), name);
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));
  assert.deepEqual(left, [], `left behind by the killed server: ${written.join(', ')}`);
  assert.deepEqual(readdirSync(tmpdir()).filter((e) => e.startsWith('tip-atlas-uploads-')).flatMap((e) => readdirSync(join(tmpdir(), e)))
    .filter((e) => e.startsWith(`${first.child.pid}-`) || e.startsWith(`${second.child.pid}-`)), [], 'neither server\'s folder is left (the second stopped with SIGTERM)');
  note(t, { fault: 'server killed (SIGKILL) during an upload', cases: 1, outcome: "the report's temporary copy is removed when a server starts again (uploads go to a folder of the server's own)" });
});

test('security headers reach every answer: made through the context, thrown, or built as a Response by the handler', async () => {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.onError((_e, c) => c.json({ error: 'x' }, 500));
  app.get('/json', (c) => c.json({ ok: true }));
  app.get('/bytes', (c) => c.body(new TextEncoder().encode('{}'), 200, { 'Content-Type': 'application/json' }));
  app.get('/own', () => new Response('plain', { headers: { 'Content-Type': 'text/plain' } }));
  app.get('/throws', () => { throw new Error('boom'); });
  for (const path of ['/json', '/bytes', '/own', '/throws', '/missing']) {
    const res = await app.request(path);
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
  assert.equal(await (await app.request('/own')).text(), 'plain');
});
