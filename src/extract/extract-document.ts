import type { SourceDocument } from '../read/source-document.js';
import type { Fact } from '../facts/fact.js';
import type { Message } from '../text/message.js';
import type { Span } from '../text/span.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/gazetteer.js';
import { segment, type Sentence } from '../text/segment.js';
import { capSentences, SPAN_CAPS } from '../text/cap-sentences.js';
import type { Language } from '../lang/language.js';
import { ENGLISH } from '../lang/en/english.js';
import type { Claim } from './claim.js';
import { namesForm, scanClause } from './scan-clause.js';
import { STATEMENT_CUES } from '../vocab/cues.js';
import { clauseClaims, type Carry } from './clause-claims.js';
import { refersBack } from './clause-cues.js';
import { clauseStatistics } from './statistics.js';
import { claimContext } from './claim-context.js';
import { detectSubjectCountry, detectReportYear } from './subject-country.js';
import { placeOfThere, saysThere } from './story-place.js';
import { factKey } from '../facts/fact-key.js';
import { evidenceStrength, isHeading, sectionWeightAt, sectionWeights } from './evidence-rank.js';

export interface ExtractOptions {
  /** Subject country (ISO2) when known; otherwise detected from the text, then the file name. */
  readonly country?: string;
  /** Gazetteer to use (default: the packaged one). */
  readonly gazetteer?: Gazetteer;
  /** The report's language tables (default: English). */
  readonly language?: Language;
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
  /**
   * Work counted, not timed: the characters the clause rules may read, each clause's length once per
   * lexicon or gazetteer hit they iterate over (plus once for the scan). Linear in the text when every
   * clause is bounded (see `capSentences`); a test checks that it is.
   */
  readonly work: number;
}

interface State {
  readonly doc: SourceDocument;
  readonly gazetteer: Gazetteer;
  readonly language: Language;
  readonly messages: Message[];
  country: string;
  year?: number;
  sentences: readonly Sentence[];
  claims: Claim[];
  facts: Fact[];
  work: number;
}

/** A stage of the pipeline: a named step that reads and extends the state. */
interface Stage {
  readonly name: string;
  run(state: State): void;
}

/** The extraction pipeline, in order. */
export const STAGES: readonly Stage[] = [
  {
    name: 'segment',
    run: (s) => {
      const capped = capSentences(s.doc.text, segment(s.doc.text, 0, s.doc.text.length, s.language.abbreviations));
      s.sentences = capped.sentences;
      const first = capped.cut[0];
      if (first !== undefined) {
        s.messages.push({
          reason: `${capped.cut.length} sentence(s) or clause(s) longer than the rules read (${SPAN_CAPS.sentence.toLocaleString('en')} / ${SPAN_CAPS.clause.toLocaleString('en')} characters; the first, of ${(first.end - first.start).toLocaleString('en')} characters, at offset ${first.start}) were cut into windows at word boundaries`,
          place: first, ruleId: 'segment:cap', fatal: false,
        });
      }
    },
  },
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
  const state: State = { doc, gazetteer: options.gazetteer ?? loadGazetteer(), language: options.language ?? ENGLISH, messages: [], country, sentences: [], claims: [], facts: [], work: 0 };
  for (const stage of STAGES) stage.run(state);
  return { country: state.country, ...(state.year !== undefined ? { year: state.year } : {}), claims: state.claims, facts: state.facts, messages: state.messages, work: state.work };
}


function sentenceClaims(s: State): Claim[] {
  const claims: Claim[] = [];
  const text = s.doc.text;
  let carry: Carry | undefined;
  for (const sentence of s.sentences) {
    if (carry) carry = { ...carry, previousSentence: true };
    for (const whole of sentence.clauses) for (const clause of contrastParts(text, whole)) {
      const clauseText = text.slice(clause.start, clause.end);
      // the gate: the cues of roles, carried origins and statistics (a cheap test first), else a form the form lexicon finds
      const cued = STATEMENT_CUES.test(clauseText) || (carry?.forms && refersBack(clauseText));
      if (!(cued || namesForm(text, clause)) || isHeading(text, clause)) {
        carry = undefined;
        continue;
      }
      const scan = scanClause(text, clause, s.gazetteer, s.country, s.language.grammar);
      s.work += (clause.end - clause.start) * (1 + scan.forms.length + scan.areas.length + scan.victims.length + scan.actors.length + scan.sectors.length + scan.places.length);
      // "Once there, …": the place named just before is where this clause happens
      const there = saysThere(clauseText) ? placeOfThere(text, clause, sentence.start, s.gazetteer) : undefined;
      const result = clauseClaims(scan, s.gazetteer, s.country, there === undefined ? carry : { origins: [], ...carry, there });
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
