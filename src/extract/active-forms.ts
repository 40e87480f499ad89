import type { Form } from '../facts/fact.js';
import type { ClauseScan } from './scan-clause.js';
import type { LexiconHit } from '../vocab/lexicon.js';
import { insideName, insideUrl } from './proper-names.js';
import { inScopes, riskScopes } from './clause-mode.js';
import type { Span } from '../text/span.js';

/** A form stated in a clause, with the rule that found it and the chain of forms it is listed with. */
export interface ActiveForm {
  readonly form: Form;
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  /** Forms listed together ("sex trafficking and forced labor") share a chain number. */
  readonly chain: number;
}

const COERCION = /\b(?:forc|compel|coerc|exploit|subject|made to|sold|sell|held|hold|trap|victim)/i;
const ARMED = /\b(?:armed|militias?|militants?|rebels?|soldiers?|combat\w*|fight(?:ers?|ing)?|military|terrorists?|insurgen\w+|jihadi\w*|extremists?|forces|army|guerrillas?|checkpoints|spies|porters|war)\b/i;
/** A clause that opens with a law as its subject (or its absence: "there is no law prohibiting") and a verb of prohibiting or defining. */
const LAW_CLAUSE = /^\s*(?:there (?:is|are|was|were) )?(?:(?:the|a|an|its|their|this|that|new|national|federal|current|amended|no|specific)\s+)*(?:laws?|constitution|(?:penal|criminal|labou?r|civil) code|legislation|statutes?|decrees?|(?<!enforcement )acts?|amendments?|ordinances?|(?:legal )?provisions?)(?!\s+enforcement)\b[^;.]{0,60}?\b(?:prohibits?|prohibiting|criminali[sz](?:es?|ing)|penali[sz](?:es?|ing)|defines?|bans?|banning|forbids?|outlaws?|punishes|provides? for|stipulates?)\b/i;
/** "…, but such practices occurred / persisted / were reported": after a law, a statement that exploitation happened. */
const BUT_HAPPENED = /,\s+but\s+[^;]{0,60}?\b(?:occurred|occurs|persisted|persists|continued|continues|existed|exists|remained|remains|took place|(?:was|were|are|is) (?:\w+ )?(?:reported|common|prevalent|widespread|found))\b/i;
/** Adults recruited by force beside children ("abduct and forcibly recruit adults and children"). */
const ADULTS_RECRUITED = /\b(?:forcibly|forcefully|abduct(?:s|ed)? and)\s+(?:recruit|conscript)(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,2}?(?:adults|men|women)\b/iu;
/** A person's title after a form's words: the form is what the person works on, not a statement that it happened. */
const PERSON_AFTER = /^\s+(?:(?:program|programme|project|unit|desk|policy|research)\s+)?(?:coordinators?|officers?|managers?|directors?|specialists?|advis[eo]rs?|experts?|researchers?|investigators?|activists?|advocates?|analysts?|consultants?|campaigners?|scholars?)\b/i;
const LIST_GAP = /^[\s,]*(?:(?:and|or|as well as|and\/or|including)(?:\s+(?:to|in|into|for|then|also|through|perform|subjected to|forced into|\w+ed))?)?[\s,]*$/i;

/**
 * Stage rule: the forms a clause states. Generic "trafficking" yields to any specific form (unless it is
 * stated for a nationality of its own); a bare
 * "to beg" needs coercion in the clause; the object of "vulnerable to" / "at risk of" is not a fact.
 */
export function activeForms(scan: ClauseScan, scopes: readonly Span[] = riskScopes(scan)): ActiveForm[] {
  const { text } = scan;
  const clauseText = text.slice(scan.start, scan.end);
  let hits = scan.forms.filter((h) => !(h.key === 'forced-begging' && /^to beg/i.test(text.slice(h.start, h.end)) && !COERCION.test(clauseText))
    // a form's words inside a proper name ("the Global Slavery Index", "the Bonded Labor System Act") state no exploitation
    && !insideName(text, h.start, h.end, scan.start, true) && !insideUrl(text, h.start, scan.start)
    // nor a form that names what a person works on ("Jane Doe, human trafficking program coordinator", "a forced labor expert")
    && !PERSON_AFTER.test(text.slice(h.end, Math.min(scan.end, h.end + 40))));
  // recruiting or using children is child soldiering only among armed groups or forces
  if (scan.named.length === 0 && hits.some((h) => h.value === 'child_soldiering') && !ARMED.test(clauseText)) hits = hits.filter((h) => !(h.value === 'child_soldiering' && /^(?:recruit|conscript|us)|\b(?:recruited|conscripted)\b/i.test(text.slice(h.start, h.end))));
  const stated = hits;
  // what a risk cue governs is not a fact of exploitation ("vulnerable to forced labor, …, in domestic servitude or forced begging")
  if (scopes.length > 0) hits = hits.filter((h) => !inScopes(scopes, h.start));
  // nor is the object of a law cue or a "no reports of" cue
  for (const r of scan.nonFacts) {
    const object = hits.find((h) => h.start >= r.start && h.end > r.end && h.start - r.end < (r.value === 'law' ? 4 : 60));
    if (!object) continue;
    const dropped = new Set([object]);
    let last = object;
    for (const h of hits) {
      if (h.start > last.end && LIST_GAP.test(text.slice(last.end, h.start))) {
        dropped.add(h);
        last = h;
      }
    }
    hits = hits.filter((h) => !dropped.has(h));
  }
  // generic trafficking yields to a specific form named in the clause (dropped only now, so that it can be the
  // object that a cue's list starts with: "laws against human trafficking, forced labor, and debt bondage")
  if (stated.some((h) => h.value !== 'trafficking')) hits = hits.filter((h) => h.value !== 'trafficking' || ownGroup(scan, stated, h));
  // a clause whose subject is a law ("The law prohibits slave labor, defined as … forced labor, debt bondage…") states no exploitation
  // … unless it goes on to say that the exploitation happened ("…, but such practices occurred")
  if (hits.length > 0 && statesOnlyLaw(clauseText)) hits = [];
  const out: ActiveForm[] = [];
  let chain = 0;
  hits.forEach((h, i) => {
    if (i > 0 && !LIST_GAP.test(text.slice(hits[i - 1].end, h.start))) chain++;
    out.push({ form: h.value, start: h.start, end: h.end, ruleId: `form:${h.key}`, chain });
    // "forcibly recruit adults and children": the adults' forced recruitment is forced labor (a settled case)
    if (h.value === 'child_soldiering' && !hits.some((g) => g.value === 'forced_labor')) {
      if (ADULTS_RECRUITED.test(text.slice(Math.max(scan.start, h.start - 30), h.end))) out.push({ form: 'forced_labor', start: h.start, end: h.end, ruleId: 'form:adults-forcibly-recruited', chain });
    }
  });
  return out;
}

/**
 * A generic "trafficking" stated for a group of its own: a nationality named after the last specific
 * form before it ("…, eight Malian children in domestic servitude, and 14 Ghanaian victims of
 * unspecified forms of trafficking"). Such a group's form is trafficking, not the form before it.
 */
function ownGroup(scan: ClauseScan, hits: readonly LexiconHit<Form>[], h: LexiconHit<Form>): boolean {
  let prev: LexiconHit<Form> | undefined;
  for (const g of hits) if (g.value !== 'trafficking' && g.end <= h.start) prev = g;
  if (prev === undefined) return false;
  const after = prev.end;
  // the first generic form after the nationality speaks for its group
  return scan.areas.some((a) => a.kind === 'country' && a.form === 'demonym' && a.start >= after && a.end <= h.start
    && !hits.some((g) => g !== h && g.start >= a.end && g.end <= h.start));
}

/** A clause about a law that does not go on to say the exploitation happened: no form, named or implied. */
export function statesOnlyLaw(clauseText: string): boolean {
  return LAW_CLAUSE.test(clauseText) && !BUT_HAPPENED.test(clauseText);
}

/** Whether the clause states that exploitation happened (not only a law, a policy or a risk). */
export function statesExploitation(scan: ClauseScan): boolean {
  return scan.exploits.length > 0;
}
