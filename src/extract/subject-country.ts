import { basename, extname } from 'node:path';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { CountryMention } from '../gazetteer/mention.js';
import { clutterLines } from '../text/clutter.js';
import { segment } from '../text/segment.js';
import type { Span } from '../text/span.js';

const HEADING = /^[ \t]*(?:#+\s*)?([A-Z][A-Z .,'’()-]{2,60}?)\s*(?::\s*Tier\b|\(\s*Tier\b|:\s*Special Case)/m;
const TITLE = /(?:Report|Reports on Human Rights Practices|Trafficking in Persons)[^\n:]{0,40}:\s*([^\n]{2,60})$/m;
const DECLARED = /(?:^|[.;:]\s+)(?:current situation:\s*)?(?:the\s+)?([\p{Lu}][\p{L}’'. -]{2,50}?)\s+(?:is|remains|was)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:source|transit|destination)\b/mu;

/** What a detector reads: the text, its first 4,000 characters, the path, and the country mentions (found once, when asked). */
export interface SubjectInput {
  readonly text: string;
  readonly head: string;
  readonly path: string;
  readonly gazetteer: Gazetteer;
  readonly mentions: () => readonly CountryMention[];
}

/** One step of the subject-country precedence: a rule id and the country it finds, if any. */
export interface SubjectDetector {
  readonly ruleId: string;
  readonly detect: (input: SubjectInput) => string | undefined;
}

/**
 * The subject-country precedence, first that answers wins (`--country` comes before all, in the caller):
 * the report's heading ("MALI: Tier 2") or title; its file name; the "X is a source…" sentence; the
 * country the text names most where its story happens.
 */
export const SUBJECT_DETECTORS: readonly SubjectDetector[] = [
  { ruleId: 'subject:heading', detect: (i) => nameIn(HEADING.exec(i.head), i.gazetteer) },
  { ruleId: 'subject:title', detect: (i) => nameIn(TITLE.exec(i.head), i.gazetteer) },
  { ruleId: 'subject:file-name', detect: fileNameCountry },
  { ruleId: 'subject:declared', detect: (i) => nameIn(DECLARED.exec(i.head), i.gazetteer) },
  { ruleId: 'subject:most-named', detect: mostNamed },
];

/** The report's subject country and the rule that found it ('' and `subject:unknown` when none does). */
export function detectSubjectCountry(text: string, path: string, gazetteer: Gazetteer): { country: string; ruleId: string } {
  let mentions: CountryMention[] | undefined;
  const input: SubjectInput = {
    text, path, gazetteer, head: text.slice(0, 4000),
    mentions: () => (mentions ??= gazetteer.findAreas(text, 0, Math.min(text.length, 200_000)).filter((m): m is CountryMention => m.kind === 'country')),
  };
  for (const d of SUBJECT_DETECTORS) {
    const country = d.detect(input);
    if (country) return { country, ruleId: d.ruleId };
  }
  return { country: '', ruleId: 'subject:unknown' };
}

function nameIn(m: RegExpExecArray | null, gazetteer: Gazetteer): string | undefined {
  return m ? gazetteer.countryByName(m[1].trim()) ?? firstCountry(m[1], gazetteer) : undefined;
}

function firstCountry(s: string, gazetteer: Gazetteer): string | undefined {
  const m = gazetteer.findAreas(s).find((a) => a.kind === 'country');
  return m && m.kind === 'country' ? m.codes[0] : undefined;
}

/** A year, a copy number or a trash mark around the name: "2021-mali", "mali_2021", "mali-2". */
const NAME_AFFIX = /^\d{4}[-_]|[-_]\d{4}$|__trashed$|-\d+$/g;

/**
 * The country the file name names: the whole name ("Burkina_Faso.txt", "2021-mali.txt"), else the
 * first run of its words that names a country ("2012-nigeria-bound-by-magic",
 * "women-trafficked-from-nepal-to-india"), when the text names that country too (a slug may name
 * several countries, or a word that only looks like one).
 */
function fileNameCountry({ path, gazetteer, mentions }: SubjectInput): string | undefined {
  const stem = basename(path, extname(path)).replace(NAME_AFFIX, '');
  const words = stem.split(/[-_\s.,]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const whole = gazetteer.countryByName(words.join(' '));
  // countryByName falls back on a leading run of words: the name is whole when fewer words do not name the same country
  if (whole !== undefined && gazetteer.countryByName(words.slice(0, -1).join(' ')) !== whole) return whole;
  for (let i = 0; i < words.length; i++) {
    // two letters are a code only as the whole name ("ml.txt"); inside a slug they are words ("in", "to", "us")
    if (words[i].length <= 2 || /^\d+$/.test(words[i])) continue;
    const code = gazetteer.countryByName(words.slice(i).join(' '));
    if (code !== undefined && mentions().some((m) => m.codes.includes(code))) return code;
  }
  return undefined;
}

/** A sentence that speaks of exploitation, where a country's role in the story can be read. */
const STORY_CUE = /traffick|forc(?:ed|ing|ibly)|exploit|slave|servitude|bond(?:ed|age)|prostitut|victim|abduct|kidnap|scam|sold\b|smuggl/i;
/** "in Myanmar", "into Thailand", "inside Libya": the country where something happens. */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|within|across|throughout)\s+(?:the\s+)?$/i;
/** "Cambodian men", "Zimbabweans": the people the story is about. */
const PEOPLE_AFTER = /^s?\s+(?:(?:young|teenage|adult|migrant)\s+)?(?:women|men|girls|boys|children|workers|migrants|nationals|victims|citizens|fishermen|laborers)\b|^s\b/i;
/** A story names its subject in its lede, a report in its first paragraphs: mentions within this many characters of text (clutter aside) count. */
const OPENING = 1500;
/** What a mention weighs: a name, an adjective or people, and what it gains in the headline, as the place of events, as the people of the story. */
const WEIGHT = { name: 2, demonym: 1, headline: 4, locative: 1, people: 1 } as const;

/**
 * The country the opening of the text names most (a story's headline and lede, a report's title and
 * first paragraphs). In a sentence about exploitation, a country named as where something happens
 * ("in Myanmar") or as the people the story is about ("Cambodian men") weighs more than one named as
 * an actor ("the United Kingdom announced"). Page clutter (menus, captions, credits, repeated lines)
 * does not count; a tie goes to the first named.
 */
function mostNamed({ text, mentions }: SubjectInput): string | undefined {
  const all = mentions();
  if (all.length === 0) return undefined;
  const scope = Math.min(text.length, 200_000);
  const clutter = clutterLines(text.slice(0, scope)).map((c) => c.span);
  const headline = firstLine(text, clutter);
  const story = segment(text, 0, scope).filter((s) => STORY_CUE.test(text.slice(s.start, s.end)));
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  let skipped = 0;
  let c = 0;
  for (const m of all) {
    for (; c < clutter.length && clutter[c].end <= m.start; c++) skipped += clutter[c].end - clutter[c].start;
    if (c < clutter.length && clutter[c].start <= m.start) continue;
    if (m.start - skipped > OPENING) break;
    const inStory = story.some((s) => m.start >= s.start && m.end <= s.end);
    let w = WEIGHT[m.form];
    if (m.start >= headline.start && m.end <= headline.end) w += WEIGHT.headline;
    if (inStory && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) w += WEIGHT.locative;
    if (inStory && PEOPLE_AFTER.test(text.slice(m.end, m.end + 24))) w += WEIGHT.people;
    const code = m.codes[0];
    score.set(code, (score.get(code) ?? 0) + w);
    if (!first.has(code)) first.set(code, m.start);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || first.get(a[0])! - first.get(b[0])!);
  return ranked[0]?.[0];
}

/** The first line of the text that is not clutter: a story's headline, a report's title. */
function firstLine(text: string, clutter: readonly Span[]): Span {
  const lines = /[^\n]*\S[^\n]*/g;
  for (let m = lines.exec(text); m !== null; m = lines.exec(text)) {
    const at = m.index + m[0].search(/\S/);
    if (!clutter.some((c) => c.start === at)) return { start: m.index, end: m.index + m[0].length };
  }
  return { start: 0, end: 0 };
}

const YEAR_IN_TEXT = /\b(20\d\d|19\d\d)\s+(?:Trafficking in Persons Report|Country Reports? on Human Rights Practices|TIP Report)/;
const YEAR_TAIL = /\((20\d\d|19\d\d)\)\s*$/;
const YEAR_IN_PATH = /(?:^|[\\/_-])(20\d\d|19\d\d)(?=[\\/_.-])/g;

/** The report's year: stated in its title ("2021 Trafficking in Persons Report"), a Factbook "(2015)" tail, or its path. */
export function detectReportYear(text: string, path: string): number | undefined {
  const m = YEAR_IN_TEXT.exec(text.slice(0, 4000)) ?? YEAR_TAIL.exec(text.slice(-200));
  if (m) return Number(m[1]);
  const years = [...path.matchAll(YEAR_IN_PATH)].map((x) => Number(x[1]));
  return years.length > 0 ? years[years.length - 1] : undefined;
}
