import { normalize } from 'node:path';
import type { FactType } from '../facts/fact.js';
import { fold } from './fold-key.js';
import { emptyCounts, scoreDocument, SCORE_KEYS, type ScoreKey } from './score-document.js';

/** A gold file as parsed: `{"doc": "corpus/...", "country": "ML", "facts": [{..., "quote": "..."}]}`. */
export interface GoldDocument {
  readonly doc: string;
  readonly country?: unknown;
  readonly facts: readonly unknown[];
}

/** One line of `tip-atlas facts` output (loosely typed: it may come from any file). */
export interface PredictedDocument {
  readonly doc: string;
  readonly country?: unknown;
  readonly facts?: readonly unknown[] | null;
}

export interface PrfScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** The report, with the field names of `score_facts.py --json`. */
export interface EvalReport {
  readonly docs: number;
  readonly country_acc: number;
  readonly types: Readonly<Record<FactType, PrfScore>>;
  readonly micro: PrfScore;
  readonly evidence_acc: number;
  /** Per gold document (its `doc`): canonical keys missed, keys predicted but not in gold. */
  readonly per_doc: Readonly<Record<string, { readonly missed: readonly ScoreKey[]; readonly spurious: readonly ScoreKey[] }>>;
}

export interface ScoreInput {
  /** Gold documents in gold-file order (a document listed twice counts twice, as in score_facts.py). */
  readonly gold: readonly GoldDocument[];
  /** Predictions keyed by document path relative to the corpus root (see `predictionKey`). */
  readonly predicted: ReadonlyMap<string, PredictedDocument>;
  /** Each gold `doc`'s text as score_facts.py reads it (see `pythonText`). */
  readonly texts: ReadonlyMap<string, string>;
}

/** The key under which a prediction is looked up for a gold `doc` (Python's os.path.normpath). */
export function predictionKey(doc: string): string {
  return normalize(doc);
}

/** A file's text as Python's `open(path, encoding='utf-8-sig').read()` gives it: BOM dropped, newlines universal. */
export function pythonText(raw: string): string {
  return (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
}

export function prf(tp: number, fp: number, fn: number): PrfScore {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, fp, fn };
}

/** Scores predicted facts against gold facts; figures equal those of shared/tools/score_facts.py. */
export function scoreFacts(input: ScoreInput): EvalReport {
  const totals = emptyCounts();
  const perDoc: Record<string, { missed: readonly ScoreKey[]; spurious: readonly ScoreKey[] }> = {};
  let countryOk = 0;
  for (const g of input.gold) {
    const text = input.texts.get(g.doc);
    if (text === undefined) throw new MissingTextError(g.doc);
    const p = input.predicted.get(predictionKey(g.doc));
    if (fold(p?.country) === fold(g.country)) countryOk++;
    const s = scoreDocument(g.facts, p?.facts ?? [], text);
    for (const t of Object.keys(SCORE_KEYS) as FactType[]) {
      const a = totals[t];
      const b = s.counts[t];
      a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; a.evidenceOk += b.evidenceOk; a.evidenceChecked += b.evidenceChecked;
    }
    perDoc[g.doc] = { missed: s.missed, spurious: s.spurious };
  }
  const types = {} as Record<FactType, PrfScore>;
  let tp = 0, fp = 0, fn = 0, evOk = 0, evN = 0;
  for (const t of Object.keys(SCORE_KEYS) as FactType[]) {
    const c = totals[t];
    types[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn; evOk += c.evidenceOk; evN += c.evidenceChecked;
  }
  const docs = input.gold.length;
  return {
    docs,
    country_acc: docs ? countryOk / docs : 0,
    types,
    micro: prf(tp, fp, fn),
    evidence_acc: evN ? evOk / evN : 0,
    per_doc: perDoc,
  };
}

/** A gold document whose text was not supplied. */
export class MissingTextError extends Error {
  constructor(readonly doc: string) {
    super(`scoreFacts: expected the text of gold document '${doc}'; none was given`);
    this.name = 'MissingTextError';
  }
}
