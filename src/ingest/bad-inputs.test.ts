/**
 * Bad inputs through a real ingest: each refused file gets one failure naming it, the rest of the run
 * goes on (a good file after all of them is stored), and the store is unchanged for the bad ones
 * (a stored report later replaced by a damaged file keeps its stored version).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testDialects } from '../store/testing.js';
import type { Store } from '../store/store.js';
import { buildTestPdf } from '../read/test-pdf.js';
import { tempDir, runAsNobody, sourcePath, type TempDir } from '../read/test-files.js';
import { ingest } from './ingest.js';
import { BAD_INPUTS, REPORT, SENTENCES } from './testing/bad-corpus.js';
import { note } from './testing/reliability-note.js';

let dir: TempDir;
before(async () => { dir = await tempDir('tip-atlas-bad-'); });
after(async () => { await dir.remove(); });

/** Reports stored first, then replaced by damaged files. */
const DAMAGED: readonly { readonly name: string; readonly good: string | Uint8Array; readonly bad: string | Uint8Array; readonly reason: RegExp }[] = [
  { name: 'a-report.txt', good: REPORT, bad: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0]), reason: /binary file/ },
  { name: 'b-report.pdf', good: buildTestPdf({ pages: [SENTENCES] }), bad: buildTestPdf({ pages: [SENTENCES] }).slice(0, 300), reason: /truncated PDF/ },
  { name: 'c-report.html', good: `<title>Ghana</title><p>${SENTENCES.join('</p><p>')}</p>`, bad: `<script>${'x();'.repeat(1000)}</script>`, reason: /no visible text/ },
];

/** Each document with its claims, as stored (ids and ingestion times included: they must not change). */
async function snapshot(store: Store, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const d of await store.listDocuments()) {
    if (!paths.includes(d.path)) continue;
    const claims = await store.queryClaims({ documentId: d.id });
    out.push(JSON.stringify([d, claims.map((c) => [c.id, c.claim, c.evidence])]));
  }
  return out.sort();
}

for (const dialect of testDialects()) {
  test(`${dialect.name}: each bad input is refused naming its file, the run goes on, and the store is unchanged for it`, { timeout: 240_000 }, async (t) => {
    const root = join(dir.path, dialect.name);
    const corpus = join(root, 'corpus');
    const { store, dispose } = await dialect.open();
    try {
      for (const d of DAMAGED) await dir.write(`${dialect.name}/corpus/${d.name}`, d.good);
      const first = await ingest(store, [corpus]);
      assert.deepEqual([first.inserted, first.failures], [DAMAGED.length, []]);
      const damagedPaths = DAMAGED.map((d) => join(corpus, d.name));
      const before = await snapshot(store, damagedPaths);
      assert.equal(before.length, DAMAGED.length);

      // The damage, the bad-input corpus, and a good report sorted after all of them.
      for (const d of DAMAGED) await writeFile(join(corpus, d.name), d.bad);
      await mkdir(join(root, 'direct'), { recursive: true });
      const pathOf = (c: (typeof BAD_INPUTS)[number]) => join(c.direct ? join(root, 'direct') : corpus, c.name);
      for (const c of BAD_INPUTS) await c.write(pathOf(c));
      const last = await dir.write(`${dialect.name}/corpus/zz-last.txt`, REPORT.replace('Ghana', 'Ghana (annex)'));

      const summary = await ingest(store, [corpus, ...BAD_INPUTS.filter((c) => c.direct).map(pathOf)]);

      // One failure per refused file, naming it, with a clear reason; no other failure.
      const refused = [
        ...DAMAGED.map((d) => ({ path: join(corpus, d.name), reason: d.reason })),
        ...BAD_INPUTS.flatMap((c) => (c.expect.kind === 'refused' ? [{ path: pathOf(c), reason: c.expect.reason }] : [])),
      ];
      for (const r of refused) {
        const hits = summary.failures.filter((f) => f.path === r.path);
        assert.equal(hits.length, 1, `one failure names ${r.path}; failures: ${JSON.stringify(summary.failures, null, 1)}`);
        assert.match(hits[0].reason, r.reason, r.path);
        assert.doesNotMatch(hits[0].reason, /unexpected error|TypeError|undefined/, r.path);
      }
      assert.deepEqual(summary.failures.map((f) => f.path).sort(), refused.map((r) => r.path).sort());

      // The store is unchanged for the damaged reports, and holds nothing for the new bad files.
      assert.deepEqual(await snapshot(store, damagedPaths), before, 'a damaged file leaves its stored version as it was');
      const docs = await store.listDocuments();
      const stored = new Set(docs.map((d) => d.path));
      for (const r of refused) if (!damagedPaths.includes(r.path)) assert.ok(!stored.has(r.path), `nothing stored for ${r.path}`);

      // Odd but readable files are stored whole; the run went on to the last file.
      for (const c of BAD_INPUTS) {
        if (c.expect.kind !== 'stored' || c.name.startsWith('links/')) continue;
        const doc = docs.find((d) => d.path === pathOf(c));
        assert.ok(doc, `${c.name} is stored`);
        const full = await store.getDocument(doc.id);
        assert.equal(c.expect.check(full?.text ?? ''), undefined);
        assert.ok(doc.claimCount > 0, `${c.name}: claims extracted`);
      }
      assert.ok(stored.has(last), 'the report after all the bad files is stored');
      assert.equal(docs.length, DAMAGED.length + BAD_INPUTS.filter((c) => c.expect.kind === 'stored' && !c.name.startsWith('links/')).length + 1);

      const kinds = new Map<string, { cases: number; refused: number }>();
      for (const c of BAD_INPUTS) {
        const k = kinds.get(c.fault) ?? { cases: 0, refused: 0 };
        k.cases++;
        if (c.expect.kind === 'refused') k.refused++;
        kinds.set(c.fault, k);
      }
      for (const [fault, k] of kinds) {
        const outcome = k.refused === k.cases ? 'refused with a reason naming the file; the run went on; nothing stored for it'
          : k.refused === 0 ? 'read whole and stored; the run went on'
          : `${k.refused} refused naming the file, ${k.cases - k.refused} read whole and stored; the run went on`;
        note(t, { fault, cases: k.cases, outcome });
      }
      note(t, { fault: 'stored report replaced by a damaged file', cases: DAMAGED.length, outcome: 'refused naming the file; the stored version kept unchanged' });
    } finally {
      await dispose();
    }
  });
}

test('tip-atlas ingest names each refused file on stderr as "file: reason" and exits 1', { timeout: 120_000 }, async (t) => {
  const corpus = join(dir.path, 'cli', 'corpus');
  const small = BAD_INPUTS.filter((c) => c.expect.kind === 'refused' && !c.direct);
  for (const c of small) await c.write(join(corpus, c.name));
  await dir.write('cli/corpus/ok.txt', REPORT);
  const { main } = await import('../cli/main.js');
  const err: string[] = [];
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: dir.path, env: {} } as never;
  assert.equal(await main(['ingest', corpus, '--db', join(dir.path, 'cli', 'atlas.db')], io), 1);
  const lines = err.join('').split('\n');
  for (const c of small) {
    const path = join(corpus, c.name);
    const line = lines.find((l) => l.startsWith(`${path}: `));
    assert.ok(line, `stderr names ${path}`);
    if (c.expect.kind === 'refused') assert.match(line, c.expect.reason);
  }
  assert.match(err.join(''), /ingested \d+ files: 1 documents/);
  note(t, { fault: 'bad inputs through the CLI', cases: small.length, outcome: "one stderr line 'file: reason' each; exit status 1; the good file stored" });
});

test('file names with control characters are printed escaped: no ESC reaches the terminal, one line per file', { timeout: 120_000 }, async (t) => {
  const corpus = join(dir.path, 'names', 'corpus');
  const names = ['red\x1b[31m\x1b]0;pwned\x07.txt', 'two\nlines.txt', 'cr\rback\ttab.txt', 'c1\u009b31m\u202etxt.exe.txt'] as const;
  for (const n of names) await dir.write(`names/corpus/empty-${n}`, '');
  for (const n of names) await dir.write(`names/corpus/good-${n}`, REPORT);
  const { main } = await import('../cli/main.js');
  const run = async (argv: readonly string[]): Promise<{ readonly code: number; readonly out: string; readonly err: string }> => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: dir.path, env: {} } as never;
    const code = await main([...argv], io);
    return { code, out: out.join(''), err: err.join('') };
  };
  const db = join(dir.path, 'names', 'atlas.db');
  const printed = [
    await run(['ingest', corpus, '--db', db]), await run(['documents', '--db', db]),
    await run(['facts', corpus]), await run(['facts', '--format', 'table', join(corpus, `good-${names[0]}`)]),
  ];
  assert.equal(printed[0].code, 1, 'the empty files are refused');
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  for (const p of printed) for (const text of [p.out, p.err]) assert.doesNotMatch(text.replace(/\t/g, ' '), raw, JSON.stringify(text.slice(0, 300)));
  const refusals = printed[0].err.split('\n').filter((l) => l.includes('empty-'));
  assert.equal(refusals.length, names.length, `one stderr line per refused file: ${JSON.stringify(refusals)}`);
  assert.ok(refusals.some((l) => l.includes('empty-two\\nlines.txt: ')), 'a newline is shown as \\n');
  assert.ok(refusals.some((l) => l.includes('empty-red\\x1b[31m\\x1b]0;pwned\\x07.txt: ')), 'ESC and BEL shown as \\x1b, \\x07');
  const docs = printed[2].out.trim().split('\n').map((l) => (JSON.parse(l) as { readonly doc: string }).doc);
  assert.deepEqual(docs.sort(), names.map((n) => join(corpus, `good-${n}`)).sort(), 'JSON output escapes the names and parses back to them');
  const rows = printed[1].out.split('\n').filter((l) => l.includes('good-'));
  assert.equal(rows.length, names.length, `one table row per stored file: ${JSON.stringify(rows)}`);
  note(t, { fault: 'file names with control characters (ESC sequences, newline, CR, C1, bidi override)', cases: names.length * 2, outcome: 'printed escaped (\\x1b, \\n…) by ingest, documents and facts; one line per file' });
});

test('an unreadable file is refused for permissions and the rest is stored (as the user nobody)', async (t) => {
  const root = join(dir.path, 'perm');
  await dir.write('perm/corpus/ok.txt', REPORT);
  const locked = await dir.write('perm/corpus/locked.txt', REPORT);
  await chmod(locked, 0o000);
  if (process.getuid?.() !== 0) {
    const { openStore } = await import('../store/store.js');
    const store = await openStore(join(root, 'atlas.db'));
    try {
      const s = await ingest(store, [join(root, 'corpus')]);
      assert.deepEqual(s.failures.map((f) => [f.path, /permission denied/.test(f.reason)]), [[locked, true]]);
      assert.equal(s.documents, 1);
    } finally {
      await store.close();
    }
    note(t, { fault: 'unreadable permissions', cases: 1, outcome: 'refused: permission denied, file named; the rest stored' });
    return;
  }
  await chmod(dir.path, 0o755);
  await chmod(root, 0o777);
  await chmod(join(root, 'corpus'), 0o755);
  const out = runAsNobody(`const { openStore } = await import(${JSON.stringify(sourcePath('src/store/store.ts'))});
const { ingest } = await import(${JSON.stringify(sourcePath('src/ingest/ingest.ts'))});
const store = await openStore(${JSON.stringify(join(root, 'atlas.db'))});
const s = await ingest(store, [${JSON.stringify(join(root, 'corpus'))}]);
await store.close();
console.log(JSON.stringify({ documents: s.documents, failures: s.failures }));`);
  if (out === undefined) return t.skip('running as root and cannot switch to the user nobody here');
  const s = JSON.parse(out) as { documents: number; failures: { path: string; reason: string }[] };
  assert.equal(s.documents, 1);
  assert.equal(s.failures.length, 1);
  assert.equal(s.failures[0].path, locked);
  assert.match(s.failures[0].reason, /permission denied/);
  note(t, { fault: 'unreadable permissions', cases: 1, outcome: 'refused: permission denied, file named; the rest stored (run as the user nobody)' });
});
