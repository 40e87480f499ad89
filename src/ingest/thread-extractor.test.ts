import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDialects } from '../store/testing.js';
import type { Store } from '../store/store.js';
import { ingest } from './ingest.js';
import { inlineExtractor } from './extractor.js';
import { threadExtractor } from './thread-extractor.js';
import { WHOLE_REPORT } from './test-fixtures.js';
import type { SourceDocument } from '../read/source-document.js';

const doc = (text: string): SourceDocument => ({ path: 'note.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] });

/** Our own report-style files: a whole report and single narratives, several of each. */
function writeFixtures(dir: string): void {
  mkdirSync(join(dir, 'narratives'), { recursive: true });
  writeFileSync(join(dir, 'whole-2021.txt'), WHOLE_REPORT);
  const lines = [
    'Traffickers exploit Nigerien boys in gold mines in Burkina Faso; some are forced to beg in Niamey.',
    'Ghanaian women are subjected to sex trafficking in Lebanon and forced labor in Kuwait.',
    'Armed groups recruited and used at least 40 children in the north of Mali in 2020.',
  ];
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'narratives', `note-${i}.txt`), `${lines[i % 3]}\nAn NGO reported ${i + 3} cases.\n`);
}

/** Everything stored, without ids: each document's part, country and claims (rule, fact, evidence). */
async function contents(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const d of await store.listDocuments()) {
    const claims = await store.queryClaims({ documentId: d.id });
    out.push(JSON.stringify([d.path, d.part, d.country, d.year, claims.map((c) => [c.claim, c.evidence])]));
  }
  return out.sort();
}

test('an extraction thread gives what the main thread gives; its errors name the document', async () => {
  const threads = threadExtractor(2);
  try {
    const text = 'Traffickers exploit Malian boys in gold mines in Guinea, and some girls are forced into domestic servitude in Bamako.';
    assert.deepEqual(await threads.extract(doc(text), {}), await inlineExtractor().extract(doc(text), {}));
    // an option the pipeline refuses: the thread posts the error back, and stays usable
    await assert.rejects(threads.extract(doc(text), { country: 'XYZ' }), /country must be an ISO 3166-1 alpha-2 code/);
    assert.equal((await threads.extract(doc(text), { country: 'ML' })).country, 'ML');
  } finally {
    await threads.close();
  }
  // closing fails what is still waiting, naming the document
  const other = threadExtractor(1);
  const waiting = assert.rejects(other.extract(doc('Boys are forced to beg.'), {}), /extraction thread closed while extracting note\.txt/);
  await other.close();
  await waiting;
});

for (const dialect of testDialects()) {
  test(`${dialect.name}: ingest with extraction threads and reads ahead stores exactly what ingest on one thread stores`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-threads-'));
    const one = await dialect.open();
    const two = await dialect.open();
    const threads = threadExtractor(1);
    try {
      writeFixtures(dir);
      const a = await ingest(one.store, [dir]);
      const b = await ingest(two.store, [dir], { extractor: threads, lookahead: 4 });
      assert.equal(b.failures.length, 0, JSON.stringify(b.failures));
      assert.deepEqual({ ...b, elapsedMs: 0 }, { ...a, elapsedMs: 0 });
      assert.ok(a.claims > 20, `claims: ${a.claims}`);
      assert.deepEqual(await contents(two.store), await contents(one.store));
      // again: nothing changed, nothing extracted
      const again = await ingest(two.store, [dir], { extractor: threads, lookahead: 4 });
      assert.equal(again.unchanged, a.documents);
    } finally {
      await threads.close();
      await one.dispose();
      await two.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
