/**
 * Golden test of the whole pipeline: `tip-atlas facts` on fixtures/golden-report.txt (our own text)
 * must print exactly fixtures/golden-report.facts.json, offsets included.
 *
 * When a rule change alters the output on purpose, review the printed diff, then regenerate with
 *   UPDATE_GOLDEN=1 npm test
 * (or `UPDATE_GOLDEN=1 node --import tsx --test src/extract/golden.test.ts`) and commit the new file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { main } from '../cli/main.js';
import type { Fact, FactsDocument } from '../facts/fact.js';

const REPORT = fileURLToPath(new URL('./fixtures/golden-report.txt', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./fixtures/golden-report.facts.json', import.meta.url));
/** The `doc` field printed is the path as given; the golden file records this stable name instead. */
const DOC = 'src/extract/fixtures/golden-report.txt';

async function runFacts(path: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: [Buffer[], Buffer[]] = [[], []];
  out.on('data', (c: Buffer) => chunks[0].push(c));
  err.on('data', (c: Buffer) => chunks[1].push(c));
  const code = await main(['facts', path, '--format', 'json'], { stdout: out, stderr: err, cwd: process.cwd(), env: {} });
  return { code, stdout: Buffer.concat(chunks[0]).toString('utf8'), stderr: Buffer.concat(chunks[1]).toString('utf8') };
}

/** One line per fact: its fields, then the evidence span and the start of the quoted text. */
function describe(f: Fact, text: string): string {
  const { evidence, ...rest } = f;
  const quote = text.slice(evidence.start, evidence.end);
  return `${JSON.stringify(rest)} [${evidence.start}-${evidence.end}] “${quote.length > 60 ? quote.slice(0, 60) + '…' : quote}”`;
}

function factDiff(expected: FactsDocument, actual: FactsDocument, text: string): string {
  const e = expected.facts.map((f) => describe(f, text));
  const a = actual.facts.map((f) => describe(f, text));
  const removed = e.filter((x) => !a.includes(x));
  const added = a.filter((x) => !e.includes(x));
  const lines = [
    ...(expected.country !== actual.country ? [`country: expected ${expected.country}, got ${actual.country}`] : []),
    ...removed.map((x) => `- ${x}`),
    ...added.map((x) => `+ ${x}`),
  ];
  if (lines.length === 0) lines.push('(same facts, different order)');
  return `golden facts differ (- expected, + actual); if intended, regenerate with UPDATE_GOLDEN=1 npm test\n${lines.join('\n')}`;
}

test('tip-atlas facts on the golden report matches the golden file', async () => {
  const text = readFileSync(REPORT, 'utf8');
  const { code, stdout, stderr } = await runFacts(REPORT);
  assert.equal(code, 0, stderr);
  const parsed = JSON.parse(stdout) as FactsDocument;
  assert.equal(parsed.doc, REPORT);
  const actual: FactsDocument = { ...parsed, doc: DOC };
  for (const f of actual.facts) assert.ok(0 <= f.evidence.start && f.evidence.start < f.evidence.end && f.evidence.end <= text.length);
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(EXPECTED, JSON.stringify(actual, null, 1) + '\n');
    return;
  }
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as FactsDocument;
  if (JSON.stringify(expected) !== JSON.stringify(actual)) assert.fail(factDiff(expected, actual, text));
});

test('the golden file holds the facts the contract requires of the report', () => {
  // Independent of the pipeline's current output: a hand check of the golden file's key facts.
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as FactsDocument;
  const keys = new Set(expected.facts.map(({ evidence: _e, ...rest }) => JSON.stringify(rest)));
  assert.equal(expected.country, 'KH');
  for (const k of [
    { type: 'role', country: 'KH', role: 'origin' },
    { type: 'role', country: 'KH', role: 'transit' },
    { type: 'role', country: 'KH', role: 'destination' },
    { type: 'flow', form: 'domestic_servitude', from: 'KH', to: 'MY' },
    { type: 'flow', form: 'domestic_servitude', from: 'KH', to: 'SA' },
    { type: 'flow', form: 'forced_marriage', from: 'KH', to: 'CN' },
    { type: 'flow', form: 'sex_trafficking', from: 'VN', to: 'KH' },
    { type: 'sector', form: 'forced_labor', sector: 'fishing' },
    { type: 'sector', form: 'debt_bondage', sector: 'manufacturing' },
    { type: 'commodity', form: 'debt_bondage', commodity: 'bricks' },
    { type: 'actor', form: 'sex_trafficking', actor: 'official' },
    { type: 'place', form: 'sex_trafficking', place: 'Phnom Penh', country: 'KH' },
  ]) assert.ok(keys.has(JSON.stringify(k)), `golden file has ${JSON.stringify(k)}`);
});
