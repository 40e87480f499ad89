import type { FactDraft, Form } from '../facts/fact.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { PlaceMention } from '../gazetteer/mention.js';
import type { RegionId } from '../gazetteer/mention.js';
import type { Span } from '../text/span.js';
import type { ClauseScan } from './scan-clause.js';
import { activeForms, type ActiveForm } from './active-forms.js';
import { areaRoles, SPOUSES_BEFORE, type RoledArea } from './area-roles.js';
import { attachWork } from './attach-work.js';
import { clauseMode, inScopes, riskScopes, riskSubject } from './clause-mode.js';
import { STATING_MODES } from '../vocab/modes.js';
import { clauseActors } from './clause-actors.js';
import { blankNames, insideName, insideUrl } from './proper-names.js';
import { statesAbroad, FOREIGN, DOMESTIC_VICTIMS, GENERIC_SUBJECT, ANAPHORIC_SUBJECT, STRONG_EXPLOIT, PREVALENT, FOREIGN_WORDS, ANAPHORA, VICTIMS_BEFORE, HELD_PEOPLE, WORKED, SERVICES, RESPONSE, DECLARATION, GROWING, NOT_VICTIMS_AFTER, HEADING_FOR, SCENE_BEFORE, ANONYMOUS_PEOPLE } from './clause-cues.js';

/** A fact found in a clause, before context (hedging, attribution, time) is added. */
export interface Draft {
  readonly fact: FactDraft;
  readonly ruleId: string;
}

/** What a clause hands to the next one: victims' origins for "…; victims are exploited in X". */
export interface Carry {
  readonly origins: readonly string[];
  /** The forms of the clause before, for a clause that refers back to it ("These percentages were higher in…"). */
  readonly forms?: readonly Form[];
  /** Set when the carry crosses a sentence's end: the next sentence takes its origins only by an anaphor ("These victims …", "Some are …"). */
  readonly previousSentence?: boolean;
  /** The place a locative "there" of this clause points to ("Once there, …"; story-place.ts). */
  readonly there?: string;
}

export function clauseClaims(scan: ClauseScan, gazetteer: Gazetteer, subject: string, carry: Carry | undefined): { drafts: Draft[]; carry: Carry | undefined } {
  const drafts: Draft[] = [];
  const add = (fact: Draft['fact'], ruleId: string): void => void drafts.push({ fact, ruleId });
  const clauseText = scan.text.slice(scan.start, scan.end);
  const scopes = riskScopes(scan);
  const named = areaRoles(scan, gazetteer, subject);
  const decl = DECLARATION.exec(clauseText);
  roles(scan, clauseText, decl, named, subject, add);
  // countries named where a risk cue governs ("vulnerable to trafficking at transit points, particularly Yemen") are no origin or destination
  const areas = scopes.length === 0 ? named : named.filter((a) => a.role === 'transit' || !inScopes(scopes, a.start));

  let forms = activeForms(scan, scopes);
  const work = attachWork(scan, forms);
  // generic trafficking yields to the form of the work it is for ("trafficked … to work in mines")
  // … or for the forced labor of the work setting it leads onto ("trafficked onto fishing boats")
  forms = work.forms.some((f) => f.form !== 'trafficking') && (/\b(?:to|for) (?:work|labou?r)\b/i.test(clauseText) || intoWork(scan.text, work.forms)) ? work.forms.filter((f) => f.form !== 'trafficking') : work.forms;
  const origins = unique(areas.filter((a) => a.role === 'origin').map((a) => a.area));
  if (forms.length === 0) {
    // "These percentages were higher in the regions of X and Y": the places of the forms just stated
    const places = carry?.forms && ANAPHORA.test(clauseText) ? gazetteer.findPlaces(scan.text, scan.start, scan.end, subject || undefined) : [];
    if (carry?.forms) for (const p of places) if (p.country) for (const form of carry.forms) add({ type: 'place', form, place: p.name, country: p.country }, `place:anaphora-${p.feature}`);
    // "…forced labor in garment factories; the victims were often from Bolivia and Peru": where the victims just named came from
    const victimsBefore = carry?.forms !== undefined && origins.length > 0 && subject !== '' && VICTIMS_BEFORE.test(clauseText);
    if (victimsBefore) {
      for (const from of origins) for (const form of carry.forms!) add({ type: 'flow', form, from, to: subject }, 'flow:origin-of-victims-before');
      if (origins.some((o) => o !== subject)) add({ type: 'role', country: subject, role: 'destination' }, 'role:inbound-flow');
    }
    return { drafts, carry: origins.length > 0 ? { origins, ...(victimsBefore ? { forms: carry.forms } : {}) } : undefined };
  }
  const declared = decl !== null;
  // victims or cases named in a clause about the response (prosecutions, shelters, identification) are not a statement of where exploitation happens
  // the words of a form are not a verb of exploitation ("forced labor cases"), unless they hold one ("traffickers exploit")
  // nor are the words of a proper name ("the Directorate for the Protection of Children")
  // (a passive verb before them is one: "children were forced by their parents to beg")
  const verbs = blankNames(blank(clauseText, scan.start, scan.forms.filter((h) => !holdsVerb(scan.text, h, scan.start))));
  // children put into the ranks of armed groups: the form is itself the exploitation
  const exploitation = STRONG_EXPLOIT.test(RESPONSE.test(verbs) ? verbs : clauseText) || PREVALENT.test(verbs) && scan.complicity.length === 0 || forms.some((f) => f.form === 'child_soldiering') && !RESPONSE.test(verbs) || forms.some((f) => f.form !== 'trafficking' && /victim|survivor|case/i.test(clauseText)) && !RESPONSE.test(verbs)
    // people named by the form they are held in, at work ("bonded laborers work in brick kilns", "boys worked as bonded laborers")
    || forms.some((f) => HELD_PEOPLE.test(scan.text.slice(f.start, f.end))) && WORKED.test(verbs) && !RESPONSE.test(verbs) && !SERVICES.test(verbs)
    || GROWING.test(verbs) && !RESPONSE.test(verbs) && !SERVICES.test(verbs);
  const allForms = unique(forms.map((f) => f.form));
  // flows and victims come only from a clause that states exploitation (hedged or not), not from one about a risk of it
  const stating = STATING_MODES.has(clauseMode(scan, scopes, forms.length));

  for (const w of work.sectors) add({ type: 'sector', form: w.form, sector: w.sector }, w.ruleId);
  for (const w of work.commodities) add({ type: 'commodity', form: w.form, commodity: w.commodity }, w.ruleId);

  // victims: each form with the group list stated nearest before it (else the first after it)
  // groups inside an actor's words, after "by" ("abused by men") or "no" ("no adult victims were identified") are not victims
  // nor those named inside an institution name or a web address ("the Worst Forms of Child Labor", ".../child-labor/")
  const atRisk = /vulnerab|risk/i.test(clauseText);
  const groups = scan.victims.filter((v) => !scan.actors.some((a) => a.start <= v.start && a.end >= v.end) && !/\b(?:by\s+(?:[\p{L}-]+\s+)?|no\s+)$/iu.test(scan.text.slice(Math.max(scan.start, v.start - 30), v.start))
    && !insideName(scan.text, v.start, v.end, scan.start, true) && !insideUrl(scan.text, v.start, scan.start)
    // nor the exploiters named as such ("with Malagasy men being the main clients")
    && !NOT_VICTIMS_AFTER.test(scan.text.slice(v.end, Math.min(scan.end, v.end + 40)))
    // nor those the victims are married to ("marriages to Chinese men")
    && !SPOUSES_BEFORE.test(scan.text.slice(Math.max(scan.start, v.start - 40), v.start).replace(/\p{Lu}[\p{L}-]*\s+$/u, ''))
    // nor those named only as at risk ("with women being the most vulnerable", "vulnerability to trafficking, in particular of children")
    // (a subject at risk of what the clause goes on to state stays: "children are at risk …, where they may be subjected to …")
    && !(scopes.length > 0 && inScopes(scopes, v.start)) && !(atRisk && riskSubject(scan.text, v, scan.end) && !forms.some((f) => f.start > v.end)));
  const lists = groupLists(scan.text, groups);
  // a clause about services or law for victims ("a hotline for women and child victims") states no exploitation of them
  const services = SERVICES.test(verbs) && !STRONG_EXPLOIT.test(verbs);
  if (!services && stating) for (const f of forms) {
    const list = [...lists].reverse().find((l) => l[0].start < f.end) ?? lists[0] ?? [];
    for (const g of list) {
      if (f.form === 'child_soldiering' && g.value.age === 'adult') continue;
      // the forced labor of adults recruited beside children is the adults' only
      if (f.ruleId === 'form:adults-forcibly-recruited' && g.value.age === 'child') continue;
      add({ type: 'victim', form: f.form, sex: g.value.sex, age: g.value.age }, `victim:${g.key}`);
    }
  }

  for (const a of clauseActors(scan, allForms, exploitation, forms)) add(a.fact, a.ruleId);

  for (const p of scan.places) {
    if (p.country === '' || work.lures.some(([a, b]) => p.start >= a && p.start < b) || unnamedForeignRegion(scan, p, subject)) continue;
    for (const form of allForms) add({ type: 'place', form, place: p.name, country: p.country }, `place:${p.feature}`);
  }

  // flows
  const hasOwnVictims = origins.length > 0;
  // the victims the clause speaks of are named before its last form ("…; some are forced…"), not in a phrase after it ("…, with the support of some officials")
  const head = clauseText.slice(0, forms[forms.length - 1]!.end - scan.start);
  const carried = !hasOwnVictims && carry && (carry.previousSentence ? ANAPHORIC_SUBJECT.test(head) : GENERIC_SUBJECT.test(head)) ? carry.origins : [];
  const lower = clauseText.toLowerCase();
  const foreign = FOREIGN_WORDS.some((w) => lower.includes(w)) && FOREIGN.test(clauseText) && !DOMESTIC_VICTIMS.test(clauseText);
  const abroad = statesAbroad(clauseText);
  const fromList = origins.length > 0 ? origins : carried.length > 0 ? carried : foreign || !subject ? [] : [subject];
  // "trafficked through Zimbabwe en route to South Africa": the country passed through is no destination; where the route leads is
  // (unless a place of the subject country is named: "traffickers in Nouadhibou exploit migrants transiting Mauritania en route to Europe")
  const passedThrough = subject !== '' && areas.some((a) => a.role === 'transit' && a.area === subject) && !scan.places.some((p) => p.country === subject);
  const namedDests = areas.filter((a) => a.role === 'destination');
  // "In Cambodia, men are trafficked onto Thai boats": a fronted "In X," sets the scene when the clause names where the exploitation happens
  const stated = namedDests.length > 1 ? namedDests.filter((a) => !(SCENE_BEFORE.test(scan.text.slice(scan.start, a.start)) && /^\s*,/.test(scan.text.slice(a.end, a.end + 3)))) : namedDests;
  const dests = stated.length > 0 || !passedThrough ? stated
    : areas.filter((a) => a.role === 'transit' && a.area !== subject && HEADING_FOR.test(scan.text.slice(Math.max(scan.start, a.start - 30), a.start)));
  if (stating && exploitation && fromList.length > 0 && !(declared && origins.length === 0 && dests.length === 0)) {
    const destChains = dests.map((d) => nearestChain(forms, d));
    for (const f of forms) {
      const own = dests.filter((_, i) => destChains[i] === f.chain);
      const unattached = dests.filter((_, i) => destChains[i] === undefined);
      // places named after every form ("forced to work in A and to beg within Mali") are where each of them happens
      // … unless a new group of victims is named between ("…, with Lebanese girls sex trafficked in the Gulf")
      const last = forms[forms.length - 1];
      const newGroup = scan.victims.some((v) => v.start >= f.end && v.start < last.start) || origins.length > 0 && areas.some((a) => a.role === 'origin' && a.start >= f.end && a.start < last.start);
      const trailing = newGroup ? [] : dests.filter((d) => forms.every((g) => g.end <= d.start));
      const toList = own.length > 0 ? own.map((d) => d.area) : unattached.length > 0 ? unattached.map((d) => d.area) : trailing.length > 0 ? trailing.map((d) => d.area) : carry?.there !== undefined ? [carry.there] : abroad || !subject || passedThrough ? [] : [subject];
      const ownFrom = origins.length > 0 ? originsOf(scan.text, forms, f, areas) : fromList;
      const places = origins.length === 0 && carried.length === 0 && scan.victims.length === 0 && ANONYMOUS_PEOPLE.test(clauseText) ? placesOfAnyone(toList, subject, gazetteer) : toList;
      for (const from of ownFrom) for (const to of unique(places)) add({ type: 'flow', form: f.form, from, to }, origins.length > 0 ? 'flow:stated-origin' : carried.length > 0 ? 'flow:carried-origin' : 'flow:subject-country');
    }
    if (subject && abroad && fromList.includes(subject)) add({ type: 'role', country: subject, role: 'origin' }, 'role:victims-abroad');
  }
  // foreign victims exploited here (no other place of exploitation named) make the subject a destination
  const exploitedHere = dests.length === 0 ? !abroad : dests.some((d) => d.area === subject);
  if (subject && exploitation && exploitedHere && (foreign || DOMESTIC_VICTIMS.test(clauseText) && /foreign/i.test(clauseText))) add({ type: 'role', country: subject, role: 'destination' }, 'role:foreign-victims');
  for (const d of drafts) {
    if (d.fact.type !== 'flow' || !subject) continue;
    if (d.fact.from === subject && d.fact.to !== subject) add({ type: 'role', country: subject, role: 'origin' }, 'role:outbound-flow');
    if (d.fact.to === subject && d.fact.from !== subject) add({ type: 'role', country: subject, role: 'destination' }, 'role:inbound-flow');
  }
  const nextOrigins = origins.length > 0 ? origins : carried;
  return { drafts, carry: { origins: nextOrigins, forms: allForms } };
}

function roles(scan: ClauseScan, clauseText: string, decl: RegExpExecArray | null, areas: readonly RoledArea[], subject: string, add: (f: Draft['fact'], r: string) => void): void {
  if (!subject) return;
  if (decl && (areas.some((a) => a.area === subject && a.start - scan.start < decl.index + 5) || /^\s*(?:it|the country)\b/i.test(clauseText))) {
    const words = decl[1].toLowerCase();
    if (/source|origin/.test(words)) add({ type: 'role', country: subject, role: 'origin' }, 'role:declared');
    if (/transit/.test(words)) add({ type: 'role', country: subject, role: 'transit' }, 'role:declared');
    if (/destination/.test(words)) add({ type: 'role', country: subject, role: 'destination' }, 'role:declared');
    // "…is a source and destination country for …, and a transit point for …"
    if (/\ba transit (?:point|country|hub|route)\b/i.test(clauseText.slice(decl.index + decl[0].length))) add({ type: 'role', country: subject, role: 'transit' }, 'role:declared');
  }
  for (const t of scan.transit) {
    const next = areas.find((a) => a.start >= t.end && a.start - t.end < 12);
    if (next && next.area === subject) add({ type: 'role', country: subject, role: 'transit' }, 'role:transit-through');
  }
  if (areas.some((a) => a.role === 'transit' && a.area === subject)) add({ type: 'role', country: subject, role: 'transit' }, 'role:transit-through');
}

/**
 * Where "people" of no stated origin, sex or age are exploited, as far as the subject is their origin:
 * the subject alone when it is among the places ("people forced to work in scam centers in Myanmar, and
 * another 100,000 in Cambodia"); never a region that holds it ("people in Asia", "funnel people into
 * Southeast Asia" say nothing of people leaving Myanmar).
 */
function placesOfAnyone(toList: readonly string[], subject: string, gazetteer: Gazetteer): readonly string[] {
  if (!subject) return toList;
  if (toList.includes(subject)) return [subject];
  const around = gazetteer.regionsOf(subject);
  return toList.filter((t) => !around.includes(t as RegionId));
}

/** "trafficked onto fishing boats", "trafficked into mines": generic trafficking that leads onto a work setting (whose forced labor is implied). */
function intoWork(text: string, forms: readonly ActiveForm[]): boolean {
  const implied = forms.find((f) => f.form === 'forced_labor' && f.ruleId.startsWith('form:implied-by-'));
  return implied !== undefined && forms.some((f) => f.form === 'trafficking' && f.end <= implied.start && /^\s+(?:onto|into|aboard|on board)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(f.end, implied.start)));
}

/** Words between a form and the origins it names ("trafficked from", "exploited in Kenya from"). */
const FROM_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?from\s+(?:the\s+|other\s+|neighbou?ring\s+)*$/u;

/**
 * The victims' origins a form is stated for: those named inside its words ("forced Ghanaian men to
 * work"); else those its own "from" names after it ("women sex trafficked from East African
 * countries"); else those named after the previous form of another chain and before this one ("Thai
 * women are forced into prostitution and West Africans into domestic servitude"); else all those
 * named before it; else all.
 */
function originsOf(text: string, forms: readonly ActiveForm[], f: ActiveForm, areas: readonly RoledArea[]): string[] {
  const origins = areas.filter((a) => a.role === 'origin');
  // "… forced Ghanaian men to work": the nationality inside the form's words is its victims'
  const inside = origins.filter((a) => a.start >= f.start && a.end <= f.end);
  if (inside.length > 0) return unique(inside.map((a) => a.area));
  // "… women sex trafficked from East African countries and possibly Thailand": the origins the form's own "from" names
  const next = forms.find((g) => g.start >= f.end && g.chain !== f.chain);
  const after = origins.filter((a) => a.start >= f.end && (!next || a.start < next.start));
  if (after.length > 0 && FROM_AFTER.test(text.slice(f.end, after[0]!.start))) return unique(after.map((a) => a.area));
  const prev = [...forms].reverse().find((g) => g.end <= f.start && g.chain !== f.chain);
  const between = origins.filter((a) => a.start < f.start && (!prev || a.start >= prev.end));
  const before = origins.filter((a) => a.start < f.start);
  return unique((between.length > 0 ? between : before.length > 0 ? before : origins).map((a) => a.area));
}

/** "being forced", "were compelled": a passive auxiliary before a form's own verb. */
const PASSIVE_BEFORE = /\b(?:being|been|be|are|were|was|is|get|got)\s+$/i;

/** Whether a form's words hold a verb of exploitation ("traffickers exploit", "were forced to beg"). */
function holdsVerb(text: string, h: Span, from: number): boolean {
  const words = text.slice(h.start, h.end);
  return /exploit/i.test(words) || /^(?:forc|compel|coerc)/i.test(words) && PASSIVE_BEFORE.test(text.slice(Math.max(from, h.start - 12), h.start));
}

/** The chain of the nearest form before a destination, if any. */
function nearestChain(forms: readonly ActiveForm[], d: Span): number | undefined {
  let chain: number | undefined;
  for (const f of forms) if (f.end <= d.start) chain = f.chain;
  return chain;
}

/** Victim groups listed together ("men, women, and children") form one list. */
function groupLists<T extends Span>(text: string, groups: readonly T[]): T[][] {
  const lists: T[][] = [];
  for (const g of groups) {
    const last = lists[lists.length - 1];
    if (last && /^[\s,]*(?:and|or|especially|particularly|including|mostly|mainly|primarily)?[\s,]*(?:(?:to a (?:lesser|greater) extent|increasingly|also)[\s,]+)?(?:\p{Lu}[\p{L}-]+\s+|some\s+|other\s+|young\s+)*$/u.test(text.slice(last[last.length - 1].end, g.start))) last.push(g);
    else lists.push([g]);
  }
  return lists;
}

/**
 * A region of another country whose country the clause does not name: a natural region that spans
 * borders ("the Chaco region" in a report on Paraguay is not Argentina's Chaco province).
 */
function unnamedForeignRegion(scan: ClauseScan, p: PlaceMention, subject: string): boolean {
  return subject !== '' && p.feature === 'region' && p.country !== subject
    && !scan.areas.some((a) => a.kind === 'country' && a.codes.includes(p.country));
}

/** The clause with the given spans replaced by spaces (a form's own words are not a verb of exploitation). */
function blank(clauseText: string, offset: number, spans: readonly Span[]): string {
  let out = clauseText;
  for (const s of spans) out = out.slice(0, s.start - offset) + ' '.repeat(s.end - s.start) + out.slice(s.end - offset);
  return out;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
