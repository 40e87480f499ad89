import type { SourceDocument } from '../read/source-document.js';
import type { Fact } from '../facts/fact.js';
import type { Message } from '../text/message.js';
import type { Span } from '../text/span.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/gazetteer.js';
import { segment, type Sentence } from '../text/segment.js';
import type { Claim } from './claim.js';
import { scanClause } from './scan-clause.js';
import { clauseClaims, type Carry } from './clause-claims.js';
import { refersBack } from './clause-cues.js';
import { clauseStatistics } from './statistics.js';
import { claimContext } from './claim-context.js';
import { detectSubjectCountry, detectReportYear } from './subject-country.js';
import { factKey } from '../facts/fact-key.js';
import { evidenceStrength, isHeading, sectionWeightAt, sectionWeights } from './evidence-rank.js';

export interface ExtractOptions {
  /** Subject country (ISO2) when known; otherwise detected from the text, then the file name. */
  readonly country?: string;
  /** Gazetteer to use (default: the packaged one). */
  readonly gazetteer?: Gazetteer;
}

/** Everything extraction learns from one document. */
export interface Extraction {
  /** Subject country, ISO2 ('' when it could not be determined). */
  readonly country: string;
  /** Report year when the text or path states it. */
  readonly year?: number;
  readonly claims: readonly Claim[];
  /** The facts contract view of the claims, one per key, citing the strongest evidence (the first among equals). */
  readonly facts: readonly Fact[];
  readonly messages: readonly Message[];
}

interface State {
  readonly doc: SourceDocument;
  readonly gazetteer: Gazetteer;
  readonly messages: Message[];
  country: string;
  year?: number;
  sentences: Sentence[];
  claims: Claim[];
  facts: Fact[];
}

/** A stage of the pipeline: a named step that reads and extends the state. */
interface Stage {
  readonly name: string;
  run(state: State): void;
}

/** The extraction pipeline, in order. */
export const STAGES: readonly Stage[] = [
  { name: 'segment', run: (s) => void (s.sentences = segment(s.doc.text)) },
  {
    name: 'subject',
    run: (s) => {
      if (!s.country) {
        const found = detectSubjectCountry(s.doc.text, s.doc.path, s.gazetteer);
        s.country = found.country;
        if (!found.country) s.messages.push({ reason: 'could not determine the subject country; give it with --country', ruleId: found.ruleId, fatal: false });
      }
      s.year = detectReportYear(s.doc.text, s.doc.path);
    },
  },
  { name: 'claims', run: (s) => void (s.claims = sentenceClaims(s)) },
  { name: 'facts', run: (s) => void (s.facts = strongestPerKey(s.doc.text, s.claims)) },
];

export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const country = options.country?.toUpperCase() ?? '';
  if (country && !/^[A-Z]{2}$/.test(country)) throw new TypeError(`extractDocument: country must be an ISO 3166-1 alpha-2 code; got '${options.country}'`);
  const state: State = { doc, gazetteer: options.gazetteer ?? loadGazetteer(), messages: [], country, sentences: [], claims: [], facts: [] };
  for (const stage of STAGES) stage.run(state);
  return { country: state.country, ...(state.year !== undefined ? { year: state.year } : {}), claims: state.claims, facts: state.facts, messages: state.messages };
}

/** A clause without any of these stems states no fact of the contract (a cheap gate before the full scan). */
const TOPICAL = /traffick|forc|compel|coerc|exploit|slave|bond|servitude|beg|soldier|prostitut|sex|recruit|marri|organ|scam|labou?r|work|victim|armed|militia|crim|abduct|kidnap|sold|sell|migra|destination|source|transit|origin|domestic/i;

function sentenceClaims(s: State): Claim[] {
  const claims: Claim[] = [];
  const text = s.doc.text;
  let carry: Carry | undefined;
  for (const sentence of s.sentences) {
    if (carry) carry = { ...carry, previousSentence: true };
    for (const whole of sentence.clauses) for (const clause of contrastParts(text, whole)) {
      const clauseText = text.slice(clause.start, clause.end);
      if (!(TOPICAL.test(clauseText) || (carry?.forms && refersBack(clauseText))) || isHeading(text, clause)) {
        carry = undefined;
        continue;
      }
      const scan = scanClause(text, clause, s.gazetteer, s.country);
      const result = clauseClaims(scan, s.gazetteer, s.country, carry);
      carry = result.carry;
      const stats = clauseStatistics(text, clause, sentence);
      if (result.drafts.length === 0 && stats.length === 0) continue;
      const context = claimContext(scan, sentence);
      const evidence = { start: clause.start, end: clause.end };
      for (const d of result.drafts) claims.push({ fact: { ...d.fact, evidence } as Fact, ruleId: d.ruleId, evidence, context });
      for (const d of stats) claims.push({ fact: { ...d.fact, evidence }, ruleId: d.ruleId, evidence, context });
    }
  }
  return claims;
}

/**
 * ", while …", ", whereas …", and ", but <a new group of people> …" join two statements with
 * victims, places and forms of their own.
 */
const CONTRAST = /,\s+(?:while|whereas|and(?=\s+(?:some\s+)?(?:traffickers|employers)\s+(?:also\s+|reportedly\s+|allegedly\s+|often\s+)?(?:exploit|force|subject|coerce|sell|sold)\w*\s)|but(?=\s+(?:(?:foreign|some|many|most|other|few|a few|several)\s+)?(?:[\p{L}-]+\s+)?(?:wom[ae]n|men|girls|boys|children|victims|workers|nationals|migrants|adults)\b))\s+/gu;

/** A verb of exploitation: the part before a ", and traffickers …" split must hold one. */
const STATEMENT_BEFORE = /\b(?:exploit|forc|subject|coerc|sold|sell|recruit|traffick)\w*/i;

/** What every CONTRAST match begins with (a cheap test first). */
const MAY_CONTRAST = /,\s+(?:while|whereas|but|and\s+(?:some\s+)?(?:traffickers|employers))/;

function contrastParts(text: string, clause: Span): Span[] {
  const parts: Span[] = [];
  let start = clause.start;
  const body = text.slice(clause.start, clause.end);
  if (!MAY_CONTRAST.test(body)) return [clause];
  for (const m of body.matchAll(CONTRAST)) {
    // ", and traffickers exploit …" starts a statement only after one ("Parents, marabouts, and traffickers force …" lists the subjects)
    if (/and\s+$/.test(m[0]) && !STATEMENT_BEFORE.test(text.slice(start, clause.start + m.index))) continue;
    const at = clause.start + m.index;
    parts.push({ start, end: at });
    start = at + 2;
  }
  parts.push({ start, end: clause.end });
  return parts;
}

/** One fact per key, in order of first statement, each citing the clause that states it best. */
function strongestPerKey(text: string, claims: readonly Claim[]): Fact[] {
  const sections = sectionWeights(text);
  const strength = new Map<number, number>();
  const strengthOf = (c: Claim): number => {
    let v = strength.get(c.evidence.start);
    if (v === undefined) strength.set(c.evidence.start, (v = evidenceStrength(text, c.evidence) + sectionWeightAt(sections, c.evidence.start)));
    return v;
  };
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const k = factKey(c.fact);
    const held = best.get(k);
    if (!held || strengthOf(c) > strengthOf(held)) best.set(k, c);
  }
  return [...best.values()].map((c) => c.fact);
}
