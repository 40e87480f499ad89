import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';
import type { DocumentInput, Store } from '../store/store.js';
import { testDialects } from '../store/testing.js';
import { ingest } from './ingest.js';

const REPORT = '2021 Trafficking in Persons Report: Mali\nMALI: Tier 2\nTraffickers exploit Malian boys in forced labor in gold mines in Guinea.\n';

/** Stores the document again exactly as it is, but with other claims and extractor version, as an older extractor might have. */
async function tamper(store: Store, id: number, extractorVersion: string): Promise<void> {
  const d = (await store.getDocument(id))!;
  const input: DocumentInput = {
    sourceId: d.sourceId, part: d.part, path: d.path, country: d.country, ...(d.year !== undefined ? { year: d.year } : {}), kind: d.kind,
    ...(d.title !== undefined ? { title: d.title } : {}), reader: d.reader, bytes: d.bytes, pages: d.pages, text: d.text, extractorVersion,
  };
  await store.putDocument(input, []);
}

for (const dialect of testDialects()) {
  test(`${dialect.name}: ingest extracts a document again only when its text, metadata or the extractor version changed`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-skip-'));
    const { store, dispose } = await dialect.open();
    try {
      const file = join(dir, '2021-mali.txt');
      writeFileSync(file, REPORT);
      const first = await ingest(store, [file]);
      assert.equal(first.inserted, 1);
      const [doc] = await store.listDocuments();
      assert.equal(doc.extractorVersion, EXTRACTOR_VERSION);
      assert.ok(doc.claimCount > 0);

      // Same text and version: not extracted again (the tampered claims stay).
      await tamper(store, doc.id, EXTRACTOR_VERSION);
      const same = await ingest(store, [file]);
      assert.deepEqual([same.unchanged, same.replaced, same.claims], [1, 0, 0]);
      assert.equal(await store.countClaims({ documentId: doc.id }), 0);

      // Another extractor version: extracted again, claims and version restored.
      await tamper(store, doc.id, 'an-older-extractor');
      assert.equal((await store.getDocument(doc.id))?.extractorVersion, 'an-older-extractor');
      const bumped = await ingest(store, [file]);
      assert.deepEqual([bumped.replaced, bumped.unchanged], [1, 0]);
      const after = (await store.getDocument(doc.id))!;
      assert.deepEqual([after.extractorVersion, after.claimCount], [EXTRACTOR_VERSION, doc.claimCount]);

      // Changed metadata (the path as given): extracted again and stored under the same document.
      await tamper(store, doc.id, EXTRACTOR_VERSION);
      const moved = await ingest(store, [relative(process.cwd(), file)]);
      assert.equal(moved.replaced, 1);
      assert.equal((await store.getDocument(doc.id))?.claimCount, doc.claimCount);

      // Changed text: extracted again.
      writeFileSync(file, REPORT.replace('gold mines', 'salt mines'));
      const changed = await ingest(store, [file]);
      assert.equal(changed.replaced, 1);
      assert.ok((await store.getDocument(doc.id))?.text.includes('salt mines'));
      assert.equal(await store.countDocuments(), 1);
    } finally {
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`${dialect.name}: the same claims under a new extractor version are unchanged content; the version is recorded`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const input: DocumentInput = { sourceId: '/x/a.txt', part: '', path: 'a.txt', country: 'ML', kind: 'other', reader: 'text', bytes: 4, pages: [], text: 'text', extractorVersion: 'v1' };
      const put = await store.putDocument(input, []);
      assert.deepEqual(await store.putDocument({ ...input, extractorVersion: 'v2' }, []), { id: put.id, outcome: 'unchanged' });
      assert.equal((await store.getDocument(put.id))?.extractorVersion, 'v2');
      const { extractorVersion: _v, ...unversioned } = input;
      assert.equal((await store.putDocument(unversioned, [])).outcome, 'unchanged');
      assert.equal((await store.getDocument(put.id))?.extractorVersion, 'v2', 'an input without a version keeps the stored one');
    } finally {
      await dispose();
    }
  });
}
