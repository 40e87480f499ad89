/**
 * The quality ratchet: extraction on `../shared/gold` may not score below the best figures reached so
 * far (quality-ratchet.json), overall and in each collection, so a rule found on one collection cannot
 * quietly lower another. Skips when `../shared` is absent (a fresh clone without the shared data).
 *
 * When a change raises a figure, the test says so; raise the floors in the same commit with
 *   UPDATE_RATCHET=1 node --import tsx --test src/eval/quality-ratchet.test.ts
 * which only ever raises them (never lower a floor to let a change through: fix the change).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGold, readGoldTexts } from './load-eval-inputs.js';
import { predictionKey, scoreFacts, type PredictedDocument } from './score-facts.js';
import { scoreCollections } from './score-collections.js';
import { factsForFile } from '../facts/facts-for-file.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const GOLD = `${SHARED}gold`;
const FLOORS_FILE = new URL('./quality-ratchet.json', import.meta.url);
interface Floors {
  readonly micro_f1: number;
  readonly evidence_acc: number;
  readonly collections: Readonly<Record<string, number>>;
}
const FLOORS = JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
/** A figure as a floor: cut (not rounded) to four decimals, so the run that set it passes. */
const floorOf = (x: number) => Math.floor(x * 10_000) / 10_000;

test('extraction on ../shared/gold scores no lower than the best figures reached so far', { skip: existsSync(GOLD) ? false : '../shared/gold is absent' }, async () => {
  const gold = await loadGold(GOLD);
  const texts = await readGoldTexts(SHARED, gold);
  const predicted = new Map<string, PredictedDocument>();
  for (const { gold: g } of gold) predicted.set(predictionKey(g.doc), (await factsForFile(`${SHARED}${g.doc}`)).facts);
  const input = { gold: gold.map((g) => g.gold), predicted, texts };
  const report = scoreFacts(input);
  const below: string[] = [];
  const above: string[] = [];
  const check = (what: string, got: number, floor: number | undefined) => {
    if (floor === undefined) return;
    if (got < floor) below.push(`${what}: ${got.toFixed(4)} < floor ${floor}`);
    else if (got >= floor + 0.001) above.push(`${what}: ${got.toFixed(4)} (floor ${floor})`);
  };
  check('micro F1', report.micro.f1, FLOORS.micro_f1);
  check('evidence accuracy', report.evidence_acc, FLOORS.evidence_acc);
  const collections = scoreCollections(input);
  for (const [c, r] of collections) check(`collection ${c}`, r.micro.f1, FLOORS.collections[c]);
  if (process.env.UPDATE_RATCHET) {
    const raised: Floors = {
      micro_f1: Math.max(FLOORS.micro_f1, floorOf(report.micro.f1)),
      evidence_acc: Math.max(FLOORS.evidence_acc, floorOf(report.evidence_acc)),
      collections: Object.fromEntries([...collections].map(([c, r]) => [c, Math.max(FLOORS.collections[c] ?? 0, floorOf(r.micro.f1))])),
    };
    writeFileSync(FLOORS_FILE, JSON.stringify(raised, null, 1) + '\n');
  }
  if (above.length > 0) console.log(`quality ratchet: above the floor, raise quality-ratchet.json:\n  ${above.join('\n  ')}`);
  assert.deepEqual(below, [], `extraction scores below the ratchet:\n  ${below.join('\n  ')}`);
});
