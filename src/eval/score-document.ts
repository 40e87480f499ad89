import type { FactType } from '../facts/fact.js';
import { alternatives, fold } from './fold-key.js';

/**
 * The fields compared per fact type (shared/spec/facts.md, "Scoring keys"), in score_facts.py order.
 * A key is [type, ...folded field values]; a gold statistic without a year has '*' as its year.
 */
export const SCORE_KEYS: Readonly<Record<FactType, readonly string[]>> = {
  flow: ['form', 'from', 'to'], victim: ['form', 'sex', 'age'],
  sector: ['form', 'sector'], commodity: ['form', 'commodity'],
  actor: ['form', 'actor', 'name'], place: ['form', 'country', 'place'],
  role: ['country', 'role'], statistic: ['value', 'year'],
};

/** Fields compared through "A|B" alternatives. */
const ALTERNATIVE_FIELDS: ReadonlySet<string> = new Set(['name', 'place', 'commodity']);

export type ScoreKey = readonly string[];

/** Counts per fact type for one document. */
export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Found facts whose evidence overlaps a gold quote of their unit. */
  evidenceOk: number;
  /** Found facts (evidence checked). */
  evidenceChecked: number;
}

export interface DocumentScore {
  readonly counts: Readonly<Record<FactType, TypeCounts>>;
  /** Canonical keys (first alternatives) of the gold units not found. */
  readonly missed: readonly ScoreKey[];
  /** Keys of predicted facts matching no gold unit. */
  readonly spurious: readonly ScoreKey[];
}

/** A field of a parsed JSON object, or undefined. */
export function field(o: unknown, name: string): unknown {
  return typeof o === 'object' && o !== null && Object.hasOwn(o, name) ? (o as Record<string, unknown>)[name] : undefined;
}

export function isFactType(t: unknown): t is FactType {
  return typeof t === 'string' && Object.hasOwn(SCORE_KEYS, t);
}

/** Every key a gold fact accepts: alternatives expand, in order (the first is its canonical key). */
export function goldKeys(type: FactType, fact: unknown): ScoreKey[] {
  let out: string[][] = [[type]];
  for (const k of SCORE_KEYS[type]) {
    let vals: string[];
    if (type === 'statistic' && k === 'year' && !(typeof fact === 'object' && fact !== null && Object.hasOwn(fact, 'year'))) vals = ['*'];
    else if (ALTERNATIVE_FIELDS.has(k)) vals = alternatives(field(fact, k));
    else vals = [fold(field(fact, k))];
    out = out.flatMap((o) => vals.map((v) => [...o, v]));
  }
  return out;
}

/** The key of a predicted fact, or undefined when its type is not a fact type. */
export function predictedKey(fact: unknown): ScoreKey | undefined {
  const t = field(fact, 'type');
  if (!isFactType(t)) return undefined;
  return [t, ...SCORE_KEYS[t].map((k) => fold(field(fact, k)))];
}

/** Whether a predicted key matches a gold key ('*' in gold matches anything). */
export function keyMatches(pk: ScoreKey, gk: ScoreKey): boolean {
  if (pk[0] !== gk[0] || pk.length !== gk.length) return false;
  for (let i = 1; i < pk.length; i++) if (gk[i] !== '*' && pk[i] !== gk[i]) return false;
  return true;
}

function sameKey(a: ScoreKey, b: ScoreKey): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function emptyCounts(): Record<FactType, TypeCounts> {
  const out = {} as Record<FactType, TypeCounts>;
  for (const t of Object.keys(SCORE_KEYS) as FactType[]) out[t] = { tp: 0, fp: 0, fn: 0, evidenceOk: 0, evidenceChecked: 0 };
  return out;
}

interface Unit {
  readonly type: FactType;
  readonly keys: readonly ScoreKey[];
  readonly label: ScoreKey;
  readonly spans: [number, number][];
}

/** Python's `text.find(q)`: the index in code points (a JavaScript index counts UTF-16 units). */
function findCodePoints(text: string, quote: string, astral: boolean): [number, number] | undefined {
  const at = text.indexOf(quote);
  if (at < 0) return undefined;
  if (!astral) return [at, at + quote.length];
  const start = [...text.slice(0, at)].length;
  return [start, start + [...quote].length];
}

/** Groups gold facts into units: one per canonical key, with every located quote. */
function goldUnits(gold: readonly unknown[], text: string): Unit[] {
  const astral = /[\ud800-\udfff]/.test(text);
  const units: Unit[] = [];
  const index = new Map<string, number>();
  for (const f of gold) {
    const type = field(f, 'type');
    if (!isFactType(type)) throw new TypeError(`gold fact: expected a type among ${Object.keys(SCORE_KEYS).join(', ')}; found ${JSON.stringify(type)}`);
    const keys = goldKeys(type, f);
    const label = keys[0]!;
    const quote = field(f, 'quote');
    const span = typeof quote === 'string' ? findCodePoints(text, quote, astral) : undefined;
    const id = JSON.stringify(label);
    let i = index.get(id);
    if (i === undefined) {
      i = units.length;
      index.set(id, i);
      units.push({ type, keys, label, spans: [] });
    }
    if (span) units[i]!.spans.push(span);
  }
  return units;
}

/** Scores one document's predicted facts against its gold facts, exactly as score_facts.py's score_doc. */
export function scoreDocument(gold: readonly unknown[], predicted: readonly unknown[], text: string): DocumentScore {
  const units = goldUnits(gold, text);
  const found = units.map(() => false);
  const counts = emptyCounts();
  const seen = new Set<string>();
  const spurious: ScoreKey[] = [];
  for (const f of predicted) {
    const pk = predictedKey(f);
    if (pk === undefined) continue;
    const id = JSON.stringify(pk);
    if (seen.has(id)) continue;
    seen.add(id);
    const type = pk[0] as FactType;
    // an exact match first, then one through a wildcard year; a unit already found is not found twice
    let hit = units.findIndex((u, i) => !found[i] && u.keys.some((gk) => sameKey(pk, gk)));
    if (hit < 0) hit = units.findIndex((u, i) => !found[i] && u.keys.some((gk) => keyMatches(pk, gk)));
    if (hit < 0) {
      if (units.some((u) => u.keys.some((gk) => keyMatches(pk, gk)))) continue; // duplicate of a found unit
      counts[type].fp++;
      spurious.push(pk);
      continue;
    }
    found[hit] = true;
    counts[type].tp++;
    counts[type].evidenceChecked++;
    const ev = field(f, 'evidence');
    const s = numberOr(field(ev, 'start'), -1);
    const e = numberOr(field(ev, 'end'), -1);
    if (units[hit]!.spans.some(([a, b]) => s < b && e > a)) counts[type].evidenceOk++;
  }
  const missed: ScoreKey[] = [];
  units.forEach((u, i) => {
    if (!found[i]) {
      counts[u.type].fn++;
      missed.push(u.label);
    }
  });
  return { counts, missed, spurious };
}

function numberOr(v: unknown, dflt: number): number {
  return typeof v === 'number' ? v : dflt;
}
