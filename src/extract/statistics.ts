import type { Qualifier, StatisticFact } from '../facts/fact.js';
import type { Span } from '../text/span.js';
import type { Sentence } from '../text/segment.js';
import { NUMBER_WORDS, SCALE_WORDS, STAT_NOUNS, NOT_STAT_AFTER, NOT_STAT_NOUNS } from '../vocab/numbers.js';
import { lexicons } from './lexicons.js';

export interface StatisticDraft {
  readonly fact: Omit<StatisticFact, 'evidence'>;
  readonly ruleId: string;
  readonly span: Span;
}

const WORD_NUM = Object.keys(NUMBER_WORDS).filter((w) => w !== 'hundred' && w !== 'thousand').join('|');
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£/-])(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand|hundred))?(\s?%|\s+percent)?|((?:${WORD_NUM})(?:[- ](?:${WORD_NUM}))?)(?:\s+(hundred|thousand|million|billion))?)(?![\p{L}\p{N}]|,\d|\.\d)`,
  'giu',
);
const NOUN_AFTER = new RegExp(String.raw`^(?:\s+(?:[\p{L}’'-]+|\([^)]*\))){0,7}?\s+(?:${STAT_NOUNS})(?![\p{L}])`, 'u');
const PRONOUN_AFTER = /^\s+(?:were|was|had|have|of (?:them|whom|these|those)|received|remained)\b/i;
const NOT_AFTER = new RegExp(String.raw`^(?:\s*|-)(?:${NOT_STAT_AFTER})\b|^[’']s?\s|^\s*(?:and|to|or)\s+\d+\s+(?:years|months)|^(?:\s+[\p{L}-]+){0,2}\s+(?:${NOT_STAT_NOUNS})\b`, 'iu');
/** The second number of a range written with a dash: "20,000-100,000 workers", "45,000–47,000 children". */
const DASH_RANGE = /^ ?[-–] ?(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d)/;
/** A qualifier after the number: "100,000 or more", "20 or fewer". */
const OR_MORE = /^\s+or\s+(more|above|over|fewer|less)\b/i;
/** A part of a counted whole: "180 of the 880 victims", "1,694 of 1,959 cases" (both numbers count). */
const OF_WHOLE = /^\s+of\s+(?:the\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?=\s)/;
/** An elided noun: "57 children were found with one group, 23 with another"; "from 50 investigations to 16". */
const ELIDED_AFTER = /^\s*(?:with|in|from|to|for|at|by|\)|,|;|\.|$)/;
/** The noun stated before: "the number of children … is as high as 201"; "working children (an estimated 55,000)". */
const NOUN_BEFORE = new RegExp(String.raw`(?:\bnumbers? of (?:[\p{L}-]+\s+){0,3}?(?:${STAT_NOUNS})\b[^.;]*|(?:${STAT_NOUNS})\s*\((?:[\p{L}-]+\s+){0,2})$`, 'iu');
const NOT_BEFORE = /(?:\b(?:article|articles|art\.|no\.|law|decree|tier|section|chapter|paragraph|resolution|age|ages|aged|of age|younger than|older than|under the age of|as young as|between the ages of|ages of|grade|level|phase|page|number)\s*$)|[$€£]\s*$|\b(?:ages?|aged)\s+(?:of\s+)?(?:\d+|[a-z]+)\s*(?:and|to|through|or|-|–)\s*$/i;
/**
 * A year; one after "since" or "from" starts a span of time and is not the year a number is about
 * ("45 victims since 2016", "from March 2011 to September").
 */
const YEAR = /(?<!\b(?:since|from)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?)\b(19[5-9]\d|20[0-4]\d)\b(?!\s*(?:anti-\w+\s+)?(?:law|act|decree|code|ordinance|constitution|action plan|national action plan|plan|penal code|labor code|strategy))/g;
/** "traffick", but not of drugs, arms or wildlife. */
const HUMAN_TRAFFICK = String.raw`traffick(?<!(?:drugs?|narcotics?|arms|weapons?|firearms|guns?|wildlife|cocaine)[ -]traffick)`;
const TOPIC = new RegExp(String.raw`${HUMAN_TRAFFICK}|slave|forced(?! (?:to flee|displacement|disappearances?|evictions?|returns?|closures?|sterili[sz]ations?|abortions?|conversions?|confessions?))|bondage|bonded|servitude|begg|child soldier|soldiering|exploit|prostitut`, 'i');
/** A paragraph about trafficking names it or one of its forms (not only exploitation, recruitment or armed groups). */
const PARAGRAPH_TOPIC = new RegExp(String.raw`${HUMAN_TRAFFICK}|slavery|forced (?:labou?r|begging|prostitution|marriage)|bond(?:age|ed)|servitude|child soldier`, 'i');
/** Nouns of victims and of the response to trafficking: counted, they are statistics in a paragraph about it. */
const RESPONSE_NOUN = /\b(?:victims?|survivors?|investigations?|prosecutions?|convictions?|traffickers?|defendants?)\b/i;
/** Recruitment or armed groups: about child soldiering when children are named ("recruited 29 children"), not otherwise ("killed 85 members of armed groups"). */
const CONFLICT = /recruit|conscript|armed groups?|associated with armed/i;
const CHILDREN = /\b(?:child(?:ren)?(?! labou?r)|boys?|girls?|minors?|adolescents?|underage)\b/i;
/** Verbs of the response to trafficking: people counted with one are statistics in a paragraph about it ("90 women were repatriated"). */
const RESPONSE_VERB = /\b(?:repatriated|rescued|freed|liberated)\b/i;
/** Words that start the other side of a comparison. */
const COMPARISON = /\b(?:compared (?:with|to)|versus|vs\.?|up from|down from|as against|against)\b/i;
const NOT_ONE = /\b(?:no|any|the|this|that|every|each)\s+$|^\s+(?:of|another|or two|to|in)\b/i;

/** What every NUMBER match holds: a digit or a number word (a cheap test first). */
const MAY_NUMBER = new RegExp(String.raw`\d|${WORD_NUM}`, 'i');

/** TOPIC of the sentence, remembered for its next clauses. */
let topicText = '';
let topicSentence: Span | undefined;
let topicValue = false;
function aboutTrafficking(text: string, sentence: Span): boolean {
  if (sentence !== topicSentence || text !== topicText) {
    topicSentence = sentence;
    topicText = text;
    const body = text.slice(sentence.start, sentence.end);
    topicValue = TOPIC.test(body) || CONFLICT.test(body) && CHILDREN.test(body);
  }
  return topicValue;
}

/** A blank line: the end of a paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
let breaksText = '';
let breaks: number[] = [];
let paragraphAt = -1;
let paragraphValue = false;
/** Whether the paragraph (between blank lines) that holds the sentence is about trafficking. */
function paragraphAboutTrafficking(text: string, sentence: Span): boolean {
  if (text !== breaksText) {
    breaksText = text;
    breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((b) => b.index);
    paragraphAt = -1;
  }
  // the first break at or after the sentence (binary search: documents have many paragraphs)
  let i = 0;
  for (let hi = breaks.length; i < hi;) {
    const mid = (i + hi) >> 1;
    if (breaks[mid]! < sentence.start) i = mid + 1;
    else hi = mid;
  }
  const start = i === 0 ? 0 : breaks[i - 1]!;
  if (start !== paragraphAt) {
    paragraphAt = start;
    paragraphValue = PARAGRAPH_TOPIC.test(text.slice(start, i < breaks.length ? breaks[i] : text.length));
  }
  return paragraphValue;
}

/**
 * Stage rule: numbers about people, victims, cases or the response to them, in a sentence about
 * trafficking; in a paragraph about it, counts of victims and of the response ("Of the 263 victims
 * identified, 156 were foreign") need no trafficking word of their own.
 */
export function clauseStatistics(text: string, clause: Span, sentence: Sentence | Span): StatisticDraft[] {
  const body = text.slice(clause.start, clause.end);
  if (!MAY_NUMBER.test(body)) return [];
  const topical = aboutTrafficking(text, sentence);
  if (!topical && !((RESPONSE_NOUN.test(body) || RESPONSE_VERB.test(body)) && paragraphAboutTrafficking(text, sentence))) return [];
  const out: StatisticDraft[] = [];
  let years: { year: number; at: number }[] | undefined;
  let counted = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(body); m; m = NUMBER.exec(body)) {
    const at = clause.start + m.index;
    const end = at + m[0].length;
    const after = text.slice(end, Math.min(clause.end, end + 120));
    const before = text.slice(Math.max(clause.start, at - 40), at);
    const value = parse(m);
    if (value === undefined) continue;
    if (m[1] && !m[1].includes(',') && !m[2] && value >= 1900 && value <= 2100) continue; // a year
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after)) continue;
    if (m[4] && /^one$/i.test(m[4]) && NOT_ONE.test(before.slice(-12)) && !NOUN_AFTER.test(after)) continue;
    const q = qualify(before, after);
    const { rangeEnd, rangeLength = 0 } = q;
    // "100,000 or more in Cambodia": the qualifier follows the number
    const orMore = rangeLength === 0 ? OR_MORE.exec(after) : null;
    if (orMore && NOT_AFTER.test(after.slice(orMore[0].length))) continue;
    const qualifier = orMore ? (/^(?:more|above|over)$/i.test(orMore[1]!) ? 'at_least' : 'up_to') : q.qualifier;
    // "between 150,000 and 300,000 people": the noun follows the range's second number; "180 of the 880 victims": the whole's
    const skip = rangeLength || orMore?.[0].length || (OF_WHOLE.exec(after)?.[0].length ?? 0);
    const noun = NOUN_AFTER.exec(after.slice(skip));
    const elided = !noun && ELIDED_AFTER.test(after.slice(orMore?.[0].length ?? 0)) && (counted > 0 || NOUN_BEFORE.test(text.slice(Math.max(clause.start, at - 160), at)));
    const percent = m[3] !== undefined || rangeLength > 0 && /^\s?(?:%|percent\b)/.test(after.slice(rangeLength));
    if (!noun && !elided && !PRONOUN_AFTER.test(after) && !percent) continue;
    // "Of the 263 victims identified, 156 were foreign victims and 89 were children": the clause counts victims
    if (!topical && !(noun && (RESPONSE_NOUN.test(noun[0]) || RESPONSE_VERB.test(body))) && out.length === 0) continue;
    if (m[4] && /^one$/i.test(m[4]) && NOT_ONE.test(after.slice(0, 12))) continue;
    years ??= yearsOf(text, yearScope(clause, sentence));
    // the year after the number, unless a comparison comes between ("45 cases in 2022, compared with 30 in 2021")
    const yearAfter = years.find((y) => y.at >= end);
    const following = yearAfter !== undefined && !COMPARISON.test(text.slice(end, yearAfter.at)) ? yearAfter : undefined;
    const year = following?.year ?? [...years].reverse().find((y) => y.at < at)?.year;
    const subject = (noun ? after.slice(skip, skip + noun[0].length) : after.split(/[,;.]/)[0]).replace(/\s+/g, ' ').trim();
    const base = { type: 'statistic' as const, subject, ...(year !== undefined ? { year } : {}) };
    if (rangeEnd !== undefined) {
      if (rangeEnd <= value) continue;
      out.push({ fact: { ...base, value, qualifier: 'at_least' }, ruleId: 'statistic:range', span: clause });
      out.push({ fact: { ...base, value: rangeEnd, qualifier: 'up_to' }, ruleId: 'statistic:range', span: clause });
      NUMBER.lastIndex = m.index + m[0].length + rangeLength;
      continue;
    }
    out.push({ fact: { ...base, value, qualifier }, ruleId: m[3] ? 'statistic:percent' : elided ? 'statistic:elided-noun' : 'statistic:count', span: clause });
    if (noun) counted++;
  }
  return out;
}

/**
 * Where the year of a number is looked for: the contract's clause, up to a semicolon or the sentence's
 * end ("In 2016, …, while 1,662 children …" is about 2016), which holds the clause given.
 */
function yearScope(clause: Span, sentence: Sentence | Span): Span {
  const clauses = 'clauses' in sentence ? sentence.clauses : [];
  return clauses.find((c) => c.start <= clause.start && clause.end <= c.end) ?? clause;
}

function yearsOf(text: string, scope: Span): { year: number; at: number }[] {
  return [...text.slice(scope.start, scope.end).matchAll(YEAR)].map((y) => ({ year: Number(y[1]), at: scope.start + (y.index ?? 0) }));
}

function parse(m: RegExpExecArray): number | undefined {
  let v: number;
  let scale: string | undefined;
  if (m[1]) {
    v = Number(m[1].replace(/,/g, ''));
    scale = m[2];
  } else {
    const words = m[4].toLowerCase().split(/[- ]/);
    v = words.reduce((s, w) => s + (NUMBER_WORDS[w] ?? 0), 0);
    scale = m[5];
  }
  if (scale) v *= SCALE_WORDS[scale.toLowerCase()] ?? 1;
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : undefined;
}

function qualify(before: string, after: string): { qualifier: Qualifier; rangeEnd?: number; rangeLength?: number } {
  const range = /\bbetween\s*$/i.test(before) ? /^\s*(?:and|to)\s+(\d{1,3}(?:,\d{3})+|\d+)/.exec(after) : DASH_RANGE.exec(after);
  if (range) return { qualifier: 'at_least', rangeEnd: Number(range[1].replace(/,/g, '')), rangeLength: range[0].length };
  const tail = before.slice(-24);
  const hits = lexicons().qualifiers.find(tail).filter((h) => /^\s*$/.test(tail.slice(h.end)));
  return { qualifier: hits.length > 0 ? hits[hits.length - 1].value : 'exact' };
}
