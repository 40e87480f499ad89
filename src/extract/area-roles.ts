import type { AreaMention } from '../gazetteer/mention.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { ClauseScan } from './scan-clause.js';
import { HEADING_FOR } from './clause-cues.js';

export type AreaRole = 'origin' | 'destination' | 'transit' | 'actor' | 'none';

/** An area (country or region id) with the part it plays in the clause. */
export interface RoledArea {
  readonly area: string;
  readonly role: AreaRole;
  readonly start: number;
  readonly end: number;
  readonly mention: AreaMention;
}

const PEOPLE = /^[\s,]*(?:(?:and|or)\s+\p{Lu}[\p{L}-]+\s+)*(?:[\p{L}-]+,?\s+){0,4}?(?:wom[ae]n|girls?|men|boys?|child(?:ren)?|minors|adults|nationals|citizens|migrants|immigrants|emigrants|workers|crew|crewmembers|seafarers|laborers|labourers|victims?|people|persons|individuals|refugees|returnees|students|fishermen|domestic workers|families|communities|community|teenagers|adolescents|youth|infants|talib)/u;
const NOT_PEOPLE = /^[\s,]*(?:traffickers?|authorities|government|officials?|general|police|army|forces|military|troops|soldiers|law|courts?|criminal|brokers|recruiters|agents|employers|defense|embassy|consulate|NGO|border|ministry|security|president|territory|society|national(?!s))/iu;
/** Unnamed neighbors heading a list of areas: "from neighboring countries, as well as Europe". */
const OTHERS_FIRST = String.raw`(?:(?:the\s+)?(?:neighbou?ring|nearby|surrounding|other)\s+(?:countries|states|nations)[\s,]+(?:as well as|and|or|including|especially|particularly|but also)\s+(?:the\s+)?)?`;
const ORIGIN = new RegExp(String.raw`\bfrom\s+(?:the\s+|other\s+|neighboring\s+|nearby\s+)*${OTHERS_FIRST}$`, 'i');
/** Where the exploiters come from is not the victims' origin ("sex tourists from Europe", "traffickers from Nigeria"). */
const PERPETRATORS_FROM = /\b(?:tourists?|clients|customers|buyers|traffickers?|recruiters|brokers|exploiters|perpetrators|criminals|gangs|(?:criminal |trafficking )?(?:networks|syndicates|rings))\s+from\s+(?:the\s+|other\s+|neighboring\s+)*$/i;
const DEST = new RegExp(String.raw`\b(?:in|to|into|within|throughout|across|at|toward|towards|inside|for)\s+(?:the\s+|other\s+|neighboring\s+|neighbouring\s+|parts of\s+|areas of\s+)*${OTHERS_FIRST}$`, 'i');
/** Where migrants pass or head for, not where they are exploited ("for onward travel to Europe", "trying to reach Europe"). */
const TRANSIT = /\b(?:through|via|transit(?:ing|ed)?|en route to|reach(?:ing)?|onward(?: travel| journeys?| migration)? to|on to|crossing|cross|travel(?:l?ing)? on to)\s+(?:the\s+)?$/i;
/** Other names listed between two areas ("the Middle East, Eurasia, and Asia"). */
const NAME_LIST = /^[\s,]*(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,\s*)+(?:and|or)?\s*(?:the\s+)?$/u;
const CONNECTOR = /^[\s,)]*(?:and|or|as well as|and\/or|but also)?[\s,]*(?:(?:increasingly|also|especially|particularly|mainly|mostly|sometimes|occasionally|possibly|probably|reportedly|likely|less (?:frequently|often|commonly)|more rarely|to an? (?:much )?(?:lesser|greater|smaller) extent)[\s,]+)?(?:the\s+)?(?:(?:other|neighbou?ring|nearby|surrounding)\s+)?$/i;
/** A nationality before a workplace is where the exploitation happens ("on Thai fishing boats", "in Saudi households"). */
const WORKPLACE = /^\s+(?:[\p{L}-]+\s+)?(?:boats|vessels|ships|fleets|farms|plantations|factories|households|homes|brothels|mines|construction sites|families|cities|towns|urban (?:areas|centers|centres))\b/u;
/** People named as the exploiters ("with Malagasy men being the main clients"): not the victims' origin. */
const EXPLOITERS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:being|as|who (?:are|were))\s+(?:the\s+)?(?:main\s+|primary\s+|principal\s+|most common\s+)?(?:clients|customers|buyers|exploiters|perpetrators|traffickers)\b/iu;
/** People whose homes or businesses the victims work in are employers, not victims ("in homes of Saudi citizens"). */
const EMPLOYERS_BEFORE = /\b(?:(?:homes?|households?|houses?|residences?|farms?|businesses)\s+of|(?:owned|run|employed|hired)\s+by)\s+(?:the\s+|some\s+|wealthy\s+|private\s+)*$/i;
const HOME = /\b(?:domestically|internally|within (?:the )?country|in(?:to)? the country)\b/i;
/** The people victims are married to are no victims ('marriages to Chinese men'). */
export const SPOUSES_BEFORE = /\b(?:marri(?:age|ages|ed)|wed|engaged|brides?|wives)\s+(?:to|for|of)\s+(?:the\s+|some\s+|wealthy\s+|older\s+)*$/i;
/** Countries named as members of a region ("other countries in Europe", "nations of West Africa"). */
const MEMBERS_OF = /\b(?:countries|nations|states)\s+(?:in|of|across|throughout)\s+(?:the\s+)?$/i;
/** The noun after a region's adjective when it names the region's countries. */
const REGION_NOUN = /^\s+(?:countries|nations|states)\b/;
const INCLUDING = /(?:,\s*|\s\(?)(?:including|particularly|especially|such as|notably|mainly|mostly|primarily|namely|like)\s+(?:in\s+|to\s+|from\s+)?(?:the\s+)?$/i;

/** Stage rule: what each country or region mentioned in a clause is — victims' origin, place of exploitation, transit. */
export function areaRoles(scan: ClauseScan, gazetteer: Gazetteer, subject: string): RoledArea[] {
  const { text } = scan;
  const out: RoledArea[] = [];
  let prevEnd = scan.start;
  let prevRole: AreaRole = 'none';
  for (const m of scan.areas) {
    const area = resolve(m, subject);
    const after = text.slice(m.end, Math.min(scan.end, m.end + 80));
    const before = text.slice(Math.max(scan.start, m.start - 80), m.start);
    // after a region named with its countries ("other East African countries, South Sudan"), the list goes on
    const gap = out.length > 0 && out[out.length - 1]!.mention.kind === 'region' ? text.slice(prevEnd, m.start).replace(REGION_NOUN, '') : text.slice(prevEnd, m.start);
    let role: AreaRole;
    // "other West African countries" names the region like its name does
    const asName = m.form === 'name' || (m.kind === 'region' && REGION_NOUN.test(after));
    if (!asName && m.form === 'demonym' && m.kind === 'region' && (PEOPLE.test(after) || /s$/.test(text.slice(m.start, m.end)))) {
      role = 'origin';
    } else if (m.form === 'demonym' && m.kind === 'country' && WORKPLACE.test(after)) {
      role = 'destination';
    } else if (m.form === 'demonym' && m.kind === 'country') {
      role = NOT_PEOPLE.test(after) || EXPLOITERS_AFTER.test(after) || EMPLOYERS_BEFORE.test(before) || SPOUSES_BEFORE.test(before) ? 'actor' : PEOPLE.test(after) || /s$/.test(text.slice(m.start, m.end)) ? 'origin' : 'none';
      if (role === 'none' && out.length > 0 && CONNECTOR.test(gap) && out[out.length - 1].mention.form === 'demonym') role = prevRole;
    } else if (prevEnd > scan.start && (CONNECTOR.test(gap) || NAME_LIST.test(gap)) && prevRole !== 'none') {
      role = prevRole;
    } else if (PERPETRATORS_FROM.test(before)) role = 'actor';
    else if (MEMBERS_OF.test(before)) {
      // "from Russia and other countries in Europe": the countries' preposition, not "in", says the role
      const cut = MEMBERS_OF.exec(before)!;
      role = lastPreposition(text.slice(Math.max(scan.start, m.start - 120), m.start - cut[0].length));
    }
    else if (ORIGIN.test(before)) role = 'origin';
    else if (TRANSIT.test(before)) role = 'transit';
    else if (DEST.test(before)) role = 'destination';
    else if (INCLUDING.test(gap) && prevRole !== 'none' && gap.length < 40 && out[out.length - 1]?.mention.form === 'name') role = prevRole;
    else if (INCLUDING.test(before)) role = lastPreposition(text.slice(Math.max(scan.start, m.start - 120), m.start));
    else role = 'none';
    out.push({ area, role, start: m.start, end: m.end, mention: m });
    prevEnd = m.end;
    prevRole = role;
  }
  // "domestically", "internally": the subject country is where the exploitation happens
  const clause = text.slice(scan.start, scan.end);
  const home = HOME.exec(clause);
  if (home && subject) {
    const start = scan.start + home.index;
    const mention: AreaMention = { kind: 'country', codes: [subject], form: 'name', start, end: start + home[0].length };
    const listed = dropCoveredRegions(out, gazetteer, scan);
    listed.push({ area: subject, role: 'destination', start, end: mention.end, mention });
    return listed.sort((a, b) => a.start - b.start);
  }
  return dropCoveredRegions(out, gazetteer, scan);
}

function lastPreposition(window: string): AreaRole {
  const re = /\b(from|in|to|into|within|throughout|across|through|via)\b/gi;
  let last: string | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m[1].toLowerCase();
  if (!last) return 'none';
  if (last === 'from') return 'origin';
  if (last === 'through' || last === 'via') return 'transit';
  return 'destination';
}

/** "Congolese" → the subject's Congo when it is one of the candidates, else the first. */
function resolve(m: AreaMention, subject: string): string {
  if (m.kind === 'region') return m.region;
  return m.codes.includes(subject) ? subject : m.codes[0];
}

/**
 * A region listed beside countries inside it gives the countries only: in the same list, with no form
 * named between them ("Ethiopian women in domestic servitude …, and women sex trafficked from East
 * African countries" keeps the region), and not a region a route leads to ("through Iran en route to the Gulf").
 */
function dropCoveredRegions(list: RoledArea[], gazetteer: Gazetteer, scan: ClauseScan): RoledArea[] {
  const { text } = scan;
  return list.filter((r) => {
    const m = r.mention;
    if (m.kind !== 'region' || HEADING_FOR.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
    const name = text.slice(m.start, m.end);
    return !list.some((o) => o.mention.kind === 'country' && o.role === r.role && gazetteer.holds(name, m.region, o.area)
      && !scan.forms.some((f) => f.start >= Math.min(o.end, r.end) && f.end <= Math.max(o.start, r.start)
        // (the object of a risk cue states no form: "Africans transiting Mali are vulnerable to trafficking, and Nigerian …")
        && !scan.risks.some((k) => f.start >= k.end && f.start - k.end < 60)));
  });
}
