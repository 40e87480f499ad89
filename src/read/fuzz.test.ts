/**
 * Fuzzing the reading and extraction stages with random and mutated files, for a bounded total time:
 * no exception other than a DocumentError naming the file, no hang (each document is read and
 * extracted in a worker within TIP_ATLAS_FUZZ_DOC_MS, default 5 s, else the test fails naming the
 * input, saved under test-artifacts/fuzz/), and every evidence span inside its text.
 *
 * TIP_ATLAS_FUZZ_MS: time for each fuzz property (default 8 s). TIP_ATLAS_FUZZ_SEED replays a run.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tempDir, type TempDir } from './test-files.js';
import { boundedReader, DocumentTimeout, DOCUMENT_LIMIT_MS, type BoundedReader } from './testing/bounded-reader.js';
import { mutatedReport, randomFile, FIXTURE_LINES, type FuzzCase } from './testing/fuzz-inputs.js';
import { note } from '../ingest/testing/reliability-note.js';
import { buildTestPdf } from './test-pdf.js';

const BUDGET_MS = Number(process.env.TIP_ATLAS_FUZZ_MS ?? 8000);
const SEED = process.env.TIP_ATLAS_FUZZ_SEED === undefined ? undefined : Number(process.env.TIP_ATLAS_FUZZ_SEED);
const ARTIFACTS = join('test-artifacts', 'fuzz');

let dir: TempDir;
let reader: BoundedReader;
before(async () => {
  dir = await tempDir('tip-atlas-fuzz-');
  reader = boundedReader();
  // Start the worker, and load the PDF reader, before the clock of the first property runs
  // (loading pdf.js on a busy machine can take seconds: a cost of the first PDF, not of a document).
  await reader.check(await dir.write('warm-up.txt', FIXTURE_LINES.join('\n')));
  await reader.check(await dir.write('warm-up.pdf', buildTestPdf({ pages: [FIXTURE_LINES.slice(0, 3)] })));
});
after(async () => {
  await reader.close();
  await dir.remove();
});

interface Tally {
  runs: number;
  read: number;
  refused: number;
  claims: number;
  /** Every failure, also of a case whose check ended after fast-check's time limit had stopped waiting for it. */
  readonly failures: string[];
}

/** Writes the case, reads and extracts it within the bound; a broken invariant or a timeout throws, naming the input (saved for replay). */
async function checkCase(c: FuzzCase, tally: Tally): Promise<void> {
  const name = `case-${createHash('sha256').update(c.bytes).digest('hex').slice(0, 12)}${c.ext}`;
  const path = await dir.write(name, c.bytes);
  const save = (): string => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const saved = join(ARTIFACTS, name);
    writeFileSync(saved, c.bytes);
    return saved;
  };
  const fail = (message: string): never => {
    tally.failures.push(message);
    throw new Error(message);
  };
  let reply;
  try {
    reply = await reader.check(path);
  } catch (error) {
    return fail(error instanceof DocumentTimeout ? `${c.label}: not read and extracted within ${error.limitMs} ms; input saved to ${save()}` : `${c.label}: ${String(error)}`);
  }
  tally.runs++;
  tally[reply.outcome]++;
  tally.claims += reply.claims;
  if (reply.violations.length) fail(`${c.label} (saved to ${save()}):\n  ${reply.violations.join('\n  ')}`);
}

async function fuzz(t: { readonly name: string; diagnostic(m: string): void }, arbitrary: fc.Arbitrary<FuzzCase>, fault: string): Promise<void> {
  const tally: Tally = { runs: 0, read: 0, refused: 0, claims: 0, failures: [] };
  const details = await fc.check(fc.asyncProperty(arbitrary, (c) => checkCase(c, tally)), {
    numRuns: 100_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false, endOnFailure: true,
    ...(SEED === undefined ? {} : { seed: SEED }),
  });
  t.diagnostic(`${tally.runs} files in ${BUDGET_MS / 1000} s (seed ${details.seed}): ${tally.read} read (${tally.claims} claims), ${tally.refused} refused with a DocumentError naming the file`);
  if (details.failed) assert.fail(fc.defaultReportMessage(details) ?? 'fuzz property failed');
  await reader.idle(); // a case left running at the time limit ends (at its bound at the latest) and counts
  assert.deepEqual(tally.failures, [], 'no case failed, including one still running at the time limit');
  assert.ok(tally.runs > 0, 'at least one case ran within the budget');
  note(t, { fault, cases: tally.runs, outcome: `no exception, none over ${DOCUMENT_LIMIT_MS / 1000} s, every span inside its text (${tally.refused} refused by name)` });
}

test('fuzz: the fixture report as text, HTML and PDF, mutated (truncated, control characters, duplicated, HTML tags, huge numbers, long words, flipped bytes)', { timeout: BUDGET_MS + 120_000 }, async (t) => {
  await fuzz(t, mutatedReport, 'fuzz: mutated reports');
});

test('fuzz: random bytes, random Unicode text, fixture lines mixed with random strings, under every extension', { timeout: BUDGET_MS + 120_000 }, async (t) => {
  await fuzz(t, randomFile, 'fuzz: random files');
});

test('the time bound works: a document that cannot finish is stopped and named, and the next one is read', { timeout: 120_000 }, async () => {
  const fast = boundedReader(1);
  try {
    const path = await dir.write('bound.txt', FIXTURE_LINES.join('\n'));
    await assert.rejects(fast.check(path), (e: unknown) => e instanceof DocumentTimeout && e.message.startsWith(`${path}: not read and extracted within 1 ms`));
  } finally {
    await fast.close();
  }
  const ok = await reader.check(await dir.write('after.txt', FIXTURE_LINES.join('\n')));
  assert.equal(ok.outcome, 'read');
  assert.ok(ok.claims > 0);
});

/*
 * Known failures, kept as todo until extraction is fixed (see RELIABILITY.md). Each stops at the bound.
 * - src/extract/clause-claims.ts (flows): for each form, every destination looks up its nearest form
 *   among all forms: cubic in the number of forms and places of one clause.
 * - src/extract/evidence-rank.ts evidenceStrength and isHeading: each clause looks for its line start
 *   and end with lastIndexOf/indexOf and tests a regular expression from the line start: quadratic on
 *   a long single line.
 * - src/extract/statistics.ts NOUN_BEFORE (tested on the clause before each number): with the i and u
 *   flags \p{Lu} also matches lower-case letters, so `\p{Lu}\p{L}+(?:ans|…)` backtracks over a long
 *   word from each of its letters: quadratic in the word's length, for each number after it.
 */
interface KnownSlow {
  readonly fault: string;
  readonly file: string;
  readonly text: () => string;
}

const KNOWN_SLOW: readonly KnownSlow[] = [
  { fault: 'long single clause (150 KB)', file: 'long-clause.txt', text: () => 'Traffickers exploit Malian boys in forced labor in gold mines in Guinea, '.repeat(2000) },
  {
    fault: '5 MB single line, dense', file: 'one-line.txt',
    text: () => {
      const unit = `${FIXTURE_LINES.slice(3).join(' ')} The ministry met donors about the budget for the coming year. `;
      return `NEPAL: Tier 2 ${unit.repeat(Math.ceil(5.1e6 / unit.length))}`;
    },
  },
  { fault: 'long word (44,000 letters)', file: 'long-word.txt', text: () => `NEPAL: Tier 2\nTraffickers exploit ${'trafficking'.repeat(4000)} girls, up from 947 in 2020.\n` },
];

/**
 * The known slow documents, each in its own worker, all at once (they end at the bound together, not one
 * after another); started by the first of their tests, after the fuzzing (whose time bounds they would crowd).
 */
let knownSlow: Promise<PromiseSettledResult<unknown>[]> | undefined;
function checkKnownSlow(): Promise<PromiseSettledResult<unknown>[]> {
  knownSlow ??= Promise.allSettled(KNOWN_SLOW.map(async (k) => {
    const own = boundedReader(DOCUMENT_LIMIT_MS, { textOnly: true });
    try {
      const reply = await own.check(await dir.write(k.file, k.text()));
      assert.deepEqual(reply.violations, []);
      return reply;
    } finally {
      await own.close();
    }
  }));
  return knownSlow;
}

async function knownSlowTest(t: { readonly name: string; diagnostic(m: string): void }, index: number): Promise<void> {
  const result = (await checkKnownSlow())[index];
  const k = KNOWN_SLOW[index];
  if (result.status === 'fulfilled') {
    note(t, { fault: k.fault, cases: 1, outcome: `extracted within ${DOCUMENT_LIMIT_MS / 1000} s` });
    return;
  }
  note(t, { fault: k.fault, cases: 1, outcome: `stopped at the ${DOCUMENT_LIMIT_MS / 1000} s bound` });
  throw result.reason;
}

test('a 150 KB single clause naming forms and places is extracted within the bound', { timeout: 120_000 }, (t) => knownSlowTest(t, 0));

test('a 5 MB single line of report sentences is extracted within the bound', { todo: 'no longer quadratic (about 6 s here, from 167 s), kept todo while a busy 2-core machine can push it near the bound', timeout: 120_000 }, (t) => knownSlowTest(t, 1));

test('a 44,000-letter word before a number in a sentence about trafficking is extracted within the bound', { timeout: 120_000 }, (t) => knownSlowTest(t, 2));
