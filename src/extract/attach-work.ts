import type { Form, Sector } from '../facts/fact.js';
import type { ClauseScan } from './scan-clause.js';
import { statesOnlyLaw, type ActiveForm } from './active-forms.js';
import { insideName } from './proper-names.js';

export interface AttachedSector { readonly form: Form; readonly sector: Sector; readonly ruleId: string }
export interface AttachedCommodity { readonly form: Form; readonly commodity: string; readonly ruleId: string }

/** Which sectors each form accepts (a sector attaches only where the exploitation happens in it). */
const ACCEPTS: Readonly<Partial<Record<Form, (s: Sector) => boolean>>> = {
  forced_labor: (s) => s !== 'armed_conflict',
  debt_bondage: (s) => s !== 'armed_conflict',
  forced_criminality: (s) => s === 'illicit_activities',
  sex_trafficking: (s) => s === 'hospitality' || s === 'entertainment' || s === 'mining',
  child_soldiering: () => true,
  trafficking: (s) => s === 'hospitality' || s === 'entertainment',
};

/** Forms whose exploitation produces goods (commodities attach to no other). */
const GOOD_FORMS: ReadonlySet<Form> = new Set<Form>(['forced_labor', 'debt_bondage', 'hereditary_slavery', 'forced_criminality', 'child_soldiering', 'domestic_servitude', 'forced_begging']);
const TRADED_BEFORE = /\b(?:buy|buys|buying|bought|purchas\w*|trad(?:e|es|ed|ing)(?: in)?|import\w*|export\w*|invest\w*(?: in)?|smuggl\w*)\s+(?:[\p{L}-]+\s+)?$/iu;
const SEX_FORMS: ReadonlySet<Form> = new Set<Form>(['sex_trafficking', 'sexual_slavery', 'forced_marriage', 'trafficking']);
const FORCED_WORK = /\b(?:forc|compel|coerc)\w*\s+(?:[\p{L}-]+\s+){0,3}?(?:to\s+)?(?:start\s+)?work/iu;
/** A setting that names people by their work ("domestic workers", "maids", "miners"). */
const PEOPLE = /(?:workers|servants|maids|helpers|nannies|housekeepers|caregivers|labou?rers|hands|vendors|hawkers|peddlers|miners|fishermen|herders|herdsmen|shepherds|porters|cleaners|domestics|panners)$/i;

/** How an enumeration hangs on its form: 'list' after "in", "including", "as"; 'place' after "at", "on", "near" or naming a site ("mining camps"). */
type Relation = 'list' | 'place';
/** Forms that take a setting only where it is named as the place they happen in ("hereditary slavery in herding", "domestic servitude at logging camps", "sex trafficking on fishing vessels"). */
const PLACE_ACCEPTS: Readonly<Partial<Record<Form, (s: Sector, r: Relation) => boolean>>> = {
  hereditary_slavery: (s) => s !== 'armed_conflict',
  domestic_servitude: (s, r) => r === 'place' && s !== 'armed_conflict' && s !== 'domestic_work',
  sex_trafficking: (s, r) => r === 'place' && s !== 'armed_conflict' && s !== 'domestic_work',
};

const PLACE_PREP = /^(?:at|on|near|aboard|around)$/i;
const SITE_NAME = /^(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:Fields?|Mines?|Estates?|Plantations?|Concessions?|Farms?)\b/u;
const SITE = /\b(?:camps?|sites?|areas?|communities|towns?|zones?|vessels?|boats?|ships?|ports?|platforms?|compounds)$/i;
/**
 * Between two items of one enumeration ("agriculture, brick kilns, … and truck driving"; "in domestic servitude, in agricultural labor"):
 * commas, a conjunction or a comma and a preposition, then at most two other words.
 */
/** A form named by its verb ("recruit and use children", "forced to work"): a predicate, never an item of a list. */
const PREDICATE_FORM = /^(?:forc|compel|coerc|recruit|conscript|us(?:e|ed|es|ing)\b|subject|exploit|sell|sold|traffick|abduct|enslav)/i;
/** Child labor (not said to be forced) named before an enumeration, with no verb of coercion between ("Child labor occurred in …", "worst forms of child labor, including in …"). */
const CHILD_LABOR_BEFORE = /(?<!(?:forced|compulsory|coerced|exploitative) )\bchild (?:labou?r(?:ers)?|workers)\b(?:(?!\b(?:forc|compel|coerc|exploit|subject|traffick|enslav|bond)|[;:])[^])*$/i;
const NOT_ITEM_WORD = String.raw`(?!(?:in|at|on|into|to|for|by|as|of|with|from|through|via|under|without|within|after|before|during|despite|against|than|then|where|while|when|who|whom|which|that|are|is|were|was|be|been|being|has|have|had|and|or|but|not|men|women|boys|girls|children|adults|victims|persons|people|others|some|many|most)\b)[\p{L}’'-]+`;
/** A form that closes a comma list (", and pornography") is an item of that list. */
const LISTED_BEFORE = new RegExp(String.raw`,\s*(?:and\s+|or\s+)?(?:${NOT_ITEM_WORD}\s+){0,2}$`, 'iu');
const ITEM_GAP = new RegExp(String.raw`^\s*(?:\([^()]{0,80}\)\s*)?(?:(?:${NOT_ITEM_WORD}\s*){0,2}?(?:,\s*(?:and\s+|or\s+)?(?:(?:in|at|on|near|aboard|around)\s+)?|(?:and|or|and\/or|as well as)\s+)(?:${NOT_ITEM_WORD}[\s,]+){0,2}|[\s-]*)$`, 'iu');
/** What leads from a form into the enumeration of its settings ("forced labor in", ", including in", " occurred in", " at", " as"). */
const INTO_LIST = new RegExp(String.raw`^\s*,?\s*(?:(?:occur(?:s|red)?|exist(?:s|ed)?|persist(?:s|ed)?|continued)\s+)?(?:(?:including|especially|particularly|primarily|mainly|mostly|notably|such as)\s+(?:(in|into|within|as|at|on|near|aboard|around)\s+)?|(in|into|within|as|at|on|near|aboard|around)\s+)(?:${NOT_ITEM_WORD}\s+){0,2}$`, 'iu');

/** Words that belong to a form's own name give no sector (the begging of forced begging). */
const OWN_SECTOR: Readonly<Partial<Record<Form, Sector>>> = { forced_begging: 'begging', domestic_servitude: 'domestic_work' };

const LURE = /\b(?:promis(?:es|ed|ing)?|offers? of|offered|lur(?:e|es|ed|ing)|recruit(?:s|ed)? (?:as|for)|job offers?|jobs? as)\b/gi;
const LURE_END = /\b(?:but|then|instead|subsequently|where|and later|only to)\b|\band (?:are |were |is |was |then |later )?(?:subjected|forced|exploited|compelled|coerced|held)\b/i;
/** A verb of coercion in a clause (not security "forces", minerals "exploited", nor goods "sold at markets"). */
const COERCED = /\b(?:forc(?!es\b)|compel|coerc|exploit(?!\w*\s+(?:\w+\s+)?(?:minerals|resources|deposits|reserves|forests|land)\b)|subject|held|hold|made to|enslav|bond|sold (?:into|to|as|for)\b|(?:were|was|are|is|been|being) sold\b|sell(?:s|ing)? (?:(?:their|the|her|his|own) )*(?:children|daughters|sons|girls|boys|women|babies|infants|wives|them|victims|persons|people)\b|trap|under (?:the )?threat|against (?:their|his|her) will|mobili[sz](?:e|es|ed|ing)\b)/i;

/**
 * Stage rule: attaches work settings and goods to the form whose exploitation happens in them.
 * A setting with no accepting form implies one (work settings → forced labor; bars, clubs → trafficking).
 */
export function attachWork(scan: ClauseScan, forms: readonly ActiveForm[]): {
  forms: ActiveForm[]; sectors: AttachedSector[]; commodities: AttachedCommodity[];
  /** Spans of lures and risks: nothing named there is where exploitation happens. */
  lures: readonly (readonly [number, number])[];
} {
  const text = scan.text;
  // nothing to attach and no place to keep out of a lure: none of the work below (most clauses)
  if (scan.sectors.length === 0 && scan.commodities.length === 0 && scan.places.length === 0) return { forms: [...forms], sectors: [], commodities: [], lures: [] };
  const clauseText = text.slice(scan.start, scan.end);
  const lures = [...lureSpans(text, scan.start, scan.end), ...riskSpans(scan)];
  const inLure = (at: number): boolean => lures.some(([a, b]) => at >= a && at < b);
  const armed = forms.some((f) => f.form === 'child_soldiering');
  // a law's wording ("prohibits subjecting a person to forced labor in brick kilns") implies no form (asked only for a setting with no form)
  let coercedValue: boolean | undefined;
  const coerced = (): boolean => (coercedValue ??= forms.length > 0 || !statesOnlyLaw(clauseText) && COERCED.test(lures.reduceRight((t, [a, b]) => t.slice(0, a - scan.start) + ' '.repeat(b - a) + t.slice(b - scan.start), clauseText)));
  const out = [...forms];
  const sectors: AttachedSector[] = [];
  const commodities: AttachedCommodity[] = [];
  let items: readonly Item[] | undefined;
  /** The form a setting at `at` attaches to, and the named form whose list it is in (undefined when implied). */
  const target = (at: number, sector: Sector, implied: Form, people: boolean): { form: Form; anchor?: ActiveForm; relation?: Relation } | undefined => {
    // an item of an enumeration after a form ("forced labor in agriculture, …, commercial sex, begging") belongs to that form, not to a form listed beside it
    const list = enumerationHead(text, items ??= listItems(scan, out), at);
    const headForm = list && takes(list.head, sector, implied, list.relation);
    if (list && headForm) return { form: headForm, anchor: list.head, relation: list.relation };
    // the settings of child labor ("child labor occurred in agriculture, gold mining, …, commercial sexual exploitation") are
    // settings of no form: child labor not said to be forced is no fact, and a form listed among them is not exploitation in them
    if (CHILD_LABOR_BEFORE.test(text.slice(scan.start, enumerationStart(text, items, at)))) return undefined;
    let before: ActiveForm | undefined;
    let after: ActiveForm | undefined;
    for (const f of out) {
      // a form whose words hold the setting ("use girls in combat") counts as named before it
      if (f.start <= at) before = f;
      else if (!after) after = f;
    }
    for (const f of [before, after]) {
      if (!f) continue;
      // sex trafficking listed beside a mining setting ("prostitution, quarrying, mining") is not exploitation in it, nor is a form
      // listed after the setting ("in the production of bricks, gold, and pornography"; child soldiers excepted: "as porters, cooks, and child soldiers")
      if (f === before ? f.form === 'sex_trafficking' && sector === 'mining' && f.start >= enumerationStart(text, items, at)
        : (enumerationStart(text, items, f.start) <= at || LISTED_BEFORE.test(text.slice(at, f.start))) && f.form !== 'child_soldiering' && !PREDICATE_FORM.test(text.slice(f.start, f.end))) continue;
      const form = takes(f, sector, implied, undefined);
      if (form) return { form, anchor: f };
      if (f === before && OWN_SECTOR[f.form] !== undefined && out.filter((g) => g.chain === f.chain).length > 1) {
        const other = out.find((g) => g.chain === f.chain && ACCEPTS[g.form]?.(sector));
        if (other) return { form: other.form, anchor: other };
      }
    }
    if (!coerced()) return undefined;
    // a job naming who the victims are, exploited in a form that is not work in it ("domestic workers whom traffickers force into
    // prostitution", "women recruited as maids … forced into prostitution"): no setting, no implied form
    if (people && out.some((f) => !f.ruleId.startsWith('form:implied')) && out.every((f) => SEX_FORMS.has(f.form)) && !FORCED_WORK.test(clauseText)) return undefined;
    return { form: implied };
  };
  for (const h of scan.sectors) {
    // a setting's words inside a name ("the Islamic Freedom Fighters", "the Domestic Workers Convention") name no setting
    if (insideName(text, h.start, h.end, scan.start, true)) continue;
    const sector = armed && h.value.armedSector ? h.value.armedSector : h.value.sector;
    if (h.value.needs === 'armed' && !armed) continue;
    if (inLure(h.start)) continue;
    // the words of a form's own name, stated or dropped as the object of a cue ("laws on trafficking, including forced begging")
    if (out.some((f) => OWN_SECTOR[f.form] === sector && f.start <= h.start && f.end >= h.start)
      || scan.forms.some((f) => OWN_SECTOR[f.value] === sector && f.start <= h.start && f.end >= h.start)) continue;
    if (out.some((f) => f.form === 'forced_begging' && sector === 'begging')) continue;
    const got = target(h.start, sector, h.value.impliedForm, PEOPLE.test(text.slice(h.start, h.end)));
    if (!got) continue;
    const { form, anchor, relation } = got;
    // begging is a sector of forced labor only where forced labor is named ("forced labor as beggars");
    // otherwise being forced into begging is forced begging
    if (sector === 'begging' && !explicitLaborBefore(out, h.start) && !/\blabou?r\b/i.test(text.slice(scan.start, h.start))) {
      if (!out.some((f) => f.form === 'forced_begging')) out.push({ form: 'forced_begging', start: h.start, end: h.end, ruleId: `form:implied-by-${h.key}`, chain: impliedChain(text, out, h.start) });
      continue;
    }
    // a setting named after a list of forms ("forced labor or debt bondage in agriculture") attaches to each that accepts it
    // (sex trafficking takes a mining setting only when named with it: "sex trafficking in mining areas"; forms that take only a
    // place take it beside another such form, not beside one whose work it is: "forced into prostitution or forced to work on farms")
    const chain = anchor && anchor.chain >= 0 ? out.filter((f) => f.chain === anchor.chain) : chainBefore(out, h.start);
    for (const f of chain) if (f.form !== form && (ACCEPTS[f.form]?.(sector) && !(f.form === 'sex_trafficking' && sector === 'mining') || relation && !ACCEPTS[form]?.(sector) && PLACE_ACCEPTS[f.form]?.(sector, relation))) sectors.push({ form: f.form, sector, ruleId: `sector:${h.key}` });
    if (!out.some((f) => f.form === form)) out.push({ form, start: h.start, end: h.end, ruleId: `form:implied-by-${h.key}`, chain: impliedChain(text, out, h.start) });
    sectors.push({ form, sector, ruleId: `sector:${h.key}` });
    // crimes listed among the work of forced labor ("forced labor in agriculture, … and drug smuggling") are forced criminality too
    if (sector === 'illicit_activities' && (form === 'forced_labor' || form === 'debt_bondage')) {
      if (!out.some((f) => f.form === 'forced_criminality')) out.push({ form: 'forced_criminality', start: h.start, end: h.end, ruleId: `form:crime-among-work-${h.key}`, chain: anchor?.chain ?? impliedChain(text, out, h.start) });
      sectors.push({ form: 'forced_criminality', sector, ruleId: `sector:crime-among-work-${h.key}` });
    }
  }
  for (const h of scan.commodities) {
    // a good named in an institution's name ("the Tobacco Industry Act") is not one produced; in a site's name it is ("Marange Diamond Fields")
    if (insideName(text, h.start, h.end, scan.start, true) && !SITE_NAME.test(text.slice(h.end, h.end + 20))) continue;
    if (inLure(h.start)) continue;
    // a good bought, sold or traded ("going to Italy to buy gold") is no good of exploitation
    if (TRADED_BEFORE.test(text.slice(Math.max(scan.start, h.start - 30), h.start))) continue;
    const form = target(h.start, h.value.sector, 'forced_labor', false)?.form;
    // a good is the product of forced work: sex trafficking near gold mines makes no gold
    if (!form || !GOOD_FORMS.has(form)) continue;
    if (!out.some((f) => f.form === form)) out.push({ form, start: h.start, end: h.end, ruleId: `form:implied-by-${h.key}`, chain: impliedChain(text, out, h.start) });
    commodities.push({ form, commodity: h.value.commodity, ruleId: `commodity:${h.key}` });
    sectors.push({ form, sector: h.value.sector, ruleId: `sector:good-${h.key}` });
  }
  out.sort((a, b) => a.start - b.start);
  return { forms: out, sectors, commodities, lures };
}

/** A form, setting or good named in a clause, in text order: the items of its enumerations. */
interface Item { readonly start: number; readonly end: number; readonly form?: ActiveForm }

function listItems(scan: ClauseScan, forms: readonly ActiveForm[]): Item[] {
  const items: Item[] = [...forms.map((f) => ({ start: f.start, end: f.end, form: f })), ...scan.sectors, ...scan.commodities];
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The form an enumeration holding the item at `at` belongs to: walking back over the items listed
 * with it ("agriculture, brick kilns, …, commercial sex, begging"), the form named just before the
 * first one with "in", "at", "including" or "as" between ("forced labor in …").
 */
function enumerationHead(text: string, items: readonly Item[], at: number): { head: ActiveForm; relation: Relation } | undefined {
  const at0 = items.findIndex((x) => x.start === at);
  if (at0 < 0) return undefined;
  const hit = items[at0];
  const i = firstItem(text, items, at0);
  const head = i > 0 ? items[i - 1].form : undefined;
  const into = head && INTO_LIST.exec(text.slice(head.end, items[i].start));
  if (!head || !into) return undefined;
  const prep = into[1] ?? into[2] ?? '';
  return { head, relation: PLACE_PREP.test(prep) || SITE.test(text.slice(hit.start, hit.end)) ? 'place' : 'list' };
}

/** Where the enumeration holding the item at `at` starts (the item itself when it is listed alone). */
function enumerationStart(text: string, items: readonly Item[], at: number): number {
  const i = items.findIndex((x) => x.start === at);
  return i < 0 ? at : items[firstItem(text, items, i)].start;
}

/**
 * The index of the first item of the enumeration holding items[i], walking back over the gaps between items
 * (a form followed by its own phrase, "debt bondage, in the logging sector", is the head, not an item beside it).
 */
function firstItem(text: string, items: readonly Item[], i: number): number {
  while (i > 0) {
    const gap = text.slice(items[i - 1].end, items[i].start);
    if (!ITEM_GAP.test(gap) || items[i - 1].form && INTO_LIST.test(gap)) break;
    i--;
  }
  return i;
}

/** The form that a setting named with `f` is a setting of, if any (`relation`: how the setting hangs on `f`, if it is the form of its enumeration). */
function takes(f: ActiveForm, sector: Sector, implied: Form, relation: Relation | undefined): Form | undefined {
  if (f.form === 'trafficking' && implied !== 'trafficking') return implied;
  if (ACCEPTS[f.form]?.(sector) || relation && PLACE_ACCEPTS[f.form]?.(sector, relation)) return f.form;
  return undefined;
}

/**
 * The chain of a form implied by a setting: that of the form named just before when the two are
 * listed together ("force boys to beg or perform agricultural work"), else a chain of its own.
 */
function impliedChain(text: string, forms: readonly ActiveForm[], at: number): number {
  let last: ActiveForm | undefined;
  for (const f of forms) if (f.end <= at && (!last || f.end > last.end)) last = f;
  if (last && /^[\s,]*(?:and|or|as well as)\s+(?:to\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(last.end, at))) return last.chain;
  return -1 - forms.length;
}

/** The forms of the chain of the nearest form named before `at`. */
function chainBefore(forms: readonly ActiveForm[], at: number): ActiveForm[] {
  let last: ActiveForm | undefined;
  for (const f of forms) if (f.start <= at && f.chain >= 0) last = f;
  return last ? forms.filter((f) => f.chain === last.chain) : [];
}

/** Whether forced labor or debt bondage is named (not implied) before `at` in the clause ("bonded laborers … and beggars"). */
function explicitLaborBefore(forms: readonly ActiveForm[], at: number): boolean {
  return forms.some((f) => (f.form === 'forced_labor' || f.form === 'debt_bondage') && f.start <= at && !f.ruleId.startsWith('form:implied'));
}

function lureSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  const clause = text.slice(start, end);
  LURE.lastIndex = 0;
  for (let m = LURE.exec(clause); m; m = LURE.exec(clause)) {
    const rest = clause.slice(m.index);
    const stop = LURE_END.exec(rest);
    spans.push([start + m.index, start + m.index + (stop ? stop.index : rest.length)]);
  }
  return spans;
}

/** From a risk cue ("vulnerable to", "at risk of") or a law cue ("the prohibition of") to the end of its phrase: nothing there is a fact. */
function riskSpans(scan: ClauseScan): [number, number][] {
  const law = scan.nonFacts.filter((r) => r.value === 'law').map((r): [number, number] => {
    const stop = /[,;]/.exec(scan.text.slice(r.end, scan.end));
    return [r.start, stop ? r.end + stop.index : scan.end];
  });
  return [...law, ...scan.risks.map((r): [number, number] => {
    const rest = scan.text.slice(r.end, scan.end);
    const stop = /,\s*(?:while|but|whereas|although|where)\b|\b(?:but|while|whereas)\b/i.exec(rest);
    return [r.start, stop ? r.end + stop.index : scan.end];
  })];
}
