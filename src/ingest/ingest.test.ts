import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDialects } from '../store/testing.js';
import { ingest } from './ingest.js';
import { detectKind, detectYear, fileCountryName } from './metadata.js';
import { WHOLE_REPORT } from './test-fixtures.js';
import { readDocument } from '../read/read-document.js';
import { DocumentError } from '../text/message.js';
import { runBinary, runBinaryOnTerminal } from '../cli/testing/run-binary.js';

test('metadata: year and kind from text or path', () => {
  assert.equal(detectYear('2021 Trafficking in Persons Report: Mali\n', 'x.txt'), 2021);
  assert.equal(detectYear('current situation: Mali is a source country (2015)\n', 'x.txt'), 2015);
  assert.equal(detectYear('no year here', 'corpus/hrr/2019/mali.txt'), 2019);
  assert.equal(detectYear('no year here', 'tip/2021-mali.txt'), 2021);
  assert.equal(detectYear('no year here', 'notes/mali.txt'), undefined);
  assert.equal(detectKind('2019 Country Reports on Human Rights Practices: Mali', 'a.txt'), 'hrr');
  assert.equal(detectKind('current situation: Mali is a source | tier rating: Tier 2', 'a.txt'), 'factbook');
  assert.equal(detectKind('Some text', 'corpus/tip/2021-mali.txt'), 'tip');
  assert.equal(detectKind('Some text', 'notes/mali.txt'), 'other');
  assert.equal(fileCountryName('tip/2021-mali.txt'), 'mali');
  assert.equal(fileCountryName('Burkina_Faso.txt'), 'Burkina Faso');
});

for (const dialect of testDialects()) {
  test(`${dialect.name}: ingest splits a whole report, is idempotent, replaces changed files, reports failures`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-ingest-'));
    const { store, dispose } = await dialect.open();
    try {
      mkdirSync(join(dir, 'hrr', '2019'), { recursive: true });
      writeFileSync(join(dir, 'whole-2021.txt'), WHOLE_REPORT);
      writeFileSync(join(dir, 'hrr', '2019', 'mali.txt'), 'Some reports say children work in mines.\n');
      writeFileSync(join(dir, 'bad.txt'), 'unreadable');
      // A reader that fails on one file, as a damaged PDF would.
      const read = (p: string) => (p.endsWith('bad.txt') ? Promise.reject(new DocumentError(p, 'damaged file', 'read:test')) : readDocument(p));
      const first = await ingest(store, [dir], { read });
      assert.equal(first.files, 3);
      assert.equal(first.documents, 4);
      assert.equal(first.inserted, 4);
      assert.deepEqual(first.failures, [{ path: join(dir, 'bad.txt'), reason: 'damaged file' }]);
      const docs = await store.listDocuments();
      const parts = docs.filter((d) => d.path.endsWith('whole-2021.txt'));
      assert.deepEqual(parts.map((d) => [d.part, d.country, d.year, d.kind]).sort(), [['CI', 'CI', 2021, 'tip'], ['ML', 'ML', 2021, 'tip'], ['MR', 'MR', 2021, 'tip']]);
      const mali = await store.getDocument(parts.find((d) => d.part === 'ML')!.id);
      assert.ok(mali?.text.startsWith('MALI: Tier 2 Watch List'));
      assert.ok(mali?.text.includes('TRAFFICKING PROFILE'));
      const hrr = docs.find((d) => d.path.endsWith('mali.txt'))!;
      assert.deepEqual([hrr.country, hrr.year, hrr.kind, hrr.part], ['ML', 2019, 'hrr', '']);

      const again = await ingest(store, [dir], { read });
      assert.equal(again.unchanged, 4);
      assert.equal(again.inserted + again.replaced, 0);

      writeFileSync(join(dir, 'whole-2021.txt'), WHOLE_REPORT.replace(/COTE D’IVOIRE: Tier 2\n[^\n]*\n/, '').replace('gold mines', 'salt mines'));
      const changed = await ingest(store, [join(dir, 'whole-2021.txt')]);
      assert.deepEqual([changed.replaced, changed.unchanged, changed.removed], [1, 1, 1]);
      assert.equal(await store.countDocuments(), 3);
      assert.equal((await store.getDocument(mali!.id))?.text.includes('salt mines'), true);
    } finally {
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('ingest CLI: exit 1 and file: reason for a failed document, JSON summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-cli-'));
  try {
    writeFileSync(join(dir, '2021-mali.txt'), 'MALI: Tier 2\nTraffickers exploit boys in mines.\n');
    const { main } = await import('../cli/main.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: dir, env: {} } as never;
    const db = join(dir, 'atlas.db');
    assert.equal(await main(['ingest', dir, '--db', db, '--json'], io), 0);
    assert.equal(JSON.parse(out.join('')).inserted, 1);
    assert.ok(existsSync(db));
    assert.equal(await main(['ingest', join(dir, 'missing.txt'), '--db', db], io), 1);
    assert.match(err.join(''), /missing\.txt: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary: ingest skips project files and --exclude globs, lists them, and flags a document with no subject country', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-skip-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'drafts'), { recursive: true });
    writeFileSync(join(corpus, 'PROVENANCE.md'), '# Provenance\nThe TIP narrative on Mauritania covers conflict abuses (child soldiers).\n');
    writeFileSync(join(corpus, 'README.md'), '# Corpus\nReports gathered for testing.\n');
    writeFileSync(join(corpus, '2021-mali.txt'), 'MALI: Tier 2\nTraffickers exploit Malian boys in forced labor in gold mines in Guinea.\n');
    writeFileSync(join(corpus, 'drafts', '2021-niger.txt'), 'NIGER: Tier 2\nTraffickers exploit boys in forced labor.\n');
    writeFileSync(join(corpus, 'interview-notes.txt'), 'Traffickers exploit boys in forced labor in gold mines.\n');
    const db = join(dir, 'atlas.db');
    const r = runBinary(['ingest', corpus, '--exclude', 'drafts/**', '--db', db, '--json', '--threads', '0']);
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.equal(summary.files, 2);
    assert.deepEqual(summary.skipped.map((s: { path: string; ruleId: string }) => [s.path.slice(corpus.length + 1), s.ruleId]),
      [['PROVENANCE.md', 'input:project-file'], ['README.md', 'input:project-file'], ['drafts/2021-niger.txt', 'input:excluded']]);
    assert.deepEqual(summary.flagged.map((f: { path: string }) => f.path.slice(corpus.length + 1)), ['interview-notes.txt']);
    assert.match(summary.flagged[0].reason, /no subject country found/);
    assert.match(r.stderr, /interview-notes\.txt: no subject country found/);
    const docs = JSON.parse(runBinary(['documents', '--db', db, '--json']).stdout).documents as { path: string; country: string }[];
    assert.deepEqual(docs.map((d) => [d.path.slice(corpus.length + 1), d.country]), [['2021-mali.txt', 'ML'], ['interview-notes.txt', '']]);
    const text = runBinary(['ingest', corpus, '--exclude', 'drafts/**', '--db', db, '--threads', '0']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stderr, /skipped 3 files: PROVENANCE\.md, README\.md \(named like project files\), drafts\/2021-niger\.txt \(--exclude\)/);
    assert.match(text.stderr, /1 document stored with no subject country/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary: facts skips project files, takes --exclude, and accepts --json as --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-facts-'));
  try {
    writeFileSync(join(dir, 'LICENSE.md'), 'MIT License\n');
    writeFileSync(join(dir, '2021-mali.txt'), 'MALI: Tier 2\nTraffickers exploit Malian boys in forced labor in gold mines in Guinea.\n');
    writeFileSync(join(dir, '2020-mali-old.txt'), 'MALI: Tier 2\nOld text.\n');
    const r = runBinary(['facts', dir, '--exclude', '*-old.txt']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc), [join(dir, '2021-mali.txt')]);
    assert.match(r.stderr, /LICENSE\.md: skipped \(named like a project file/);
    const one = runBinary(['facts', join(dir, '2021-mali.txt'), '--json']);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(JSON.parse(one.stdout).country, 'ML');
    assert.equal(runBinary(['facts', join(dir, '2021-mali.txt'), '--json', '--format', 'table']).code, 2);
    const several = runBinary(['facts', dir, '--json']);
    assert.equal(several.code, 0, several.stderr);
    assert.deepEqual((JSON.parse(several.stdout) as { doc: string }[]).map((d) => d.doc), [join(dir, '2020-mali-old.txt'), join(dir, '2021-mali.txt')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary: progress (files, MB/s, ETA) on a terminal, for ingest and serve --ingest; nothing extra when not a terminal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-progress-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (let i = 0; i < 12; i++) writeFileSync(join(corpus, `2021-mali-${i}.txt`), 'MALI: Tier 2\nTraffickers exploit Malian boys in forced labor in gold mines in Guinea.\n');
    const plain = runBinary(['ingest', corpus, '--db', join(dir, 'plain.db'), '--threads', '0']);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stderr, /^ingested 12 files: 12 documents \(12 new, 0 replaced, 0 unchanged\), \d+ claims, [\d.]+ MB in [\d.]+s\n$/);
    const bar = /\r\[[#-]{24}\] \d+\/12 files {2}[\d.]+ MB\/s {2}ETA (\d+s|\?)/;
    const ingest = await runBinaryOnTerminal(['ingest', corpus, '--db', join(dir, 'tty.db'), '--threads', '0']);
    if (ingest === undefined) return t.skip('no util-linux script here to make a terminal');
    assert.match(ingest.output, bar);
    assert.match(ingest.output, /ingested 12 files/);
    const serve = await runBinaryOnTerminal(['serve', '--ingest', corpus, '--db', join(dir, 'serve.db'), '--port', '0'], { until: /ingested 12 files[^\n]*\n/ });
    assert.match(serve!.output, bar);
    assert.match(serve!.output, /ingested 12 files: 12 documents \(12 new, 0 replaced, 0 unchanged\), \d+ claims, [\d.]+ MB in/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
