import type { ActorFact, Form } from '../facts/fact.js';
import type { ClauseScan } from './scan-clause.js';
import { insideName } from './proper-names.js';
import type { ActiveForm } from './active-forms.js';

export interface ActorDraft {
  readonly fact: Omit<ActorFact, 'evidence'>;
  readonly ruleId: string;
}

const AGENT_VERB = /^[^.;]{0,80}?\b(?:exploit|subject|forc|compel|coerc|sell|sold|send|sent|hand(?:ed)? over|us(?:e|ed|es|ing)\b|recruit|conscript|hold|held|enslav|traffick(?:ed|s)\b|abus|kidnap|abduct|lure|rape|insert|pimp|prostitut|place[ds]?|put|made|make|keep|kept|organiz|control|facilitat|committed|perpetrat|involved|play(?:s|ed|ing)? (?:an? |the )?(?:\w+ )?role in|turn(?:s|ed|ing)? (?:[\w-]+ ){0,3}over)/i;
const BY_BEFORE = /(?<!\b(?:conducted|published|released|organized|organised|funded|commissioned|led|run|operated|provided|implemented|hosted|supported|adopted|signed|written|carried out) )\b(?:[Bb]y|[Oo]f|from the part of|[Ii]nvolv(?:es|ed|ing)|[Aa]mong|[Ww]ithin)\s+(?:[Tt]he\s+|[Ss]ome\s+|[Ll]ocal\s+|[Tt]heir(?:\s+own)?\s+|[Ss]uch\s+|[Cc]orrupt\s+|[Tt]hese\s+)*(?:\p{Lu}[\p{L}-]+\s+(?:and\s+)?)*(?:(?!(?:and|or|in|into|to|for|from|with|on|at|as|of|by|the|an?|that|who|which|than|whom|between)\s)[\p{Ll}-]+['’]?\s+)?$/u;
const NEGATED = /(?:\b(?:rather than|other than|except|not|instead of|nor|against|to|with|for|from|on|about)\s+(?:the\s+|their\s+|his\s+|her\s+|some\s+|an?\s+|new\s+|other\s+)*$)|\brather than [\w\s,]{0,25}$|\bvictims(?:'|’)?\s+(?:and\s+)?(?:their\s+)?$/i;

/** "did not prosecute any officials", "did not report any investigations, prosecutions, or convictions of government employees complicit…" */
const NONE_BEFORE = /\b(?:did not|does not|do not|not|no|never|failed to)\b[^.;]{0,60}\bany\s+(?:[\p{L}-]+,?\s+){0,6}?(?:of\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const EXCEPT_BEFORE = /\b(?:other than|except|rather than|instead of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "authorities did not prosecute…", "police identified…": the subject of a response verb responds, it does not exploit. */
const RESPONDER_AFTER = /^\s*(?:[\p{L}]+ly\s+)?(?:(?:did|does|do|have|has|had)(?: not)?\s+|(?:also|then)\s+)?(?:investigat|prosecut|convict|arrest|identif|refer|rescu|train|screen|report|sentenc|charg|detain|remov|repatriat|assist)(?![\p{L}]*ly\b)/iu;
/** A sub-clause whose subject comes next ("…, where employers …", "…, and then their employers …"). */
const SUBCLAUSE_BEFORE = /(?:,\s*|\b)(?:where|whereupon|after which|and then|but then)\s+(?:(?:the|their|some|local|many)\s+)?$/i;
/** The verb right after an agent-only term, the name of its country allowed between ("the government of Eritrea subjects…"). */
const AGENT_NEXT = /^\s*(?:of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+)?(?:forc|compel|coerc|sen[dt]|subject|exploit)/iu;
/** The gap between two listed actors: a comma or and/or, then at most `words` words ("parents, some marabouts, and …"). */
const listGap = (words: number): RegExp => new RegExp(String.raw`^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:[\p{L}-]+,?\s+){0,${words}}$`, 'u');
/** Actors listed before the verb they share. */
const LISTED = listGap(3);
/** An actor listed after one already taken as an agent. */
const LISTED_AFTER_AGENT = listGap(2);
/** "communities historically exploited in…", "…, often from indigenous communities, are subjected to…": the group is the victim of the verb, not its agent. */
const PASSIVE_AFTER = /^[\s,]*(?:(?:are|were|is|was|be|been|being|ha(?:ve|s|d) been)\s+)?(?:[\p{L}]+ly\s+)?(?:exploited|forced|subjected|sold|held|used|recruited|trafficked|enslaved|coerced|compelled)\s+(?:in|into|to|as|for|from|at|on|through|abroad)\b/iu;

/** "armed groups that recruited…", "employers who force…": a relative pronoun whose verb follows directly. */
const RELATIVE_AFTER = /^\s*,?\s*(?:that|who|which)\s+(?:[\p{L}]+ly\s+|(?:have|has|had|also|continued?|continues)\s+(?:to\s+)?)*(?=\p{Ll})/u;

/** The verb of a subject whose modifiers, set off by commas, run past AGENT_VERB's reach, before the victims it acts on (a participle "…, used as" is none). */
const LONG_SUBJECT_VERB = /^[^.;]{20,240},\s+(?:(?:and|or)\s+(?:other\s+)?(?:human\s+)?traffickers\s+(?:have\s+|has\s+)?)?(?:(?:[\p{L}]+ly|also|continue[sd]? to|allegedly|reportedly)\s+)*(?:exploit|subject|forc(?:e|es|ed)|compel|coerc|sell|sold|recruit|conscript|use|used|abduct|kidnap|enslav|traffic)[\p{L}]*(?!\s+(?:in|as|by|into|for|to|from|at)\b)/u;

/** "sell children to employers", "resell them to other criminal networks": who receives the victims exploits them. */
const SOLD_TO_BEFORE = /\b(?:sell|sells|sold|selling|resell|resells|resold|hand(?:s|ed)?|turn(?:s|ed)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:them|children|girls|boys|women|men|daughters|sons|victims|those|babies|infants|workers|brides)\s+(?:(?:[\p{L}-]+\s+){0,8}?)?(?:over\s+)?to\s+(?:the\s+|other\s+|their\s+)*(?:[\p{Ll}-]+\s+)?$/u;

/** Whether the words after an actor hold a verb it does, not one done to it. */
const actsOn = (rest: string): boolean => AGENT_VERB.test(rest) && !PASSIVE_AFTER.test(rest);

/** The verb of coercion right after officials ("officials reportedly force…", "authorities in some localities subject…"). */
const FORCES_NEXT = /^\s*(?:[\p{L}]+ly\s+|(?:also|sometimes|often|still|continued?|continues|in\s+some\s+[\p{L}]+)\s+(?:to\s+)?)*(?:forc(?:e|es|ed|ing)\b|forcibly\s|coerc|compel|subject(?:s|ed)?\s|exploit|sold\s|sell\s|conscript)/iu;

/** Whether officials are the doers of the coercion after them (not a "police force"). */
function forcesNext(text: string, h: { readonly start: number; readonly end: number }): boolean {
  const after = text.slice(h.end, h.end + 60);
  return FORCES_NEXT.test(after) && !(/police$/i.test(text.slice(h.start, h.end)) && /^\s+forces?\b/i.test(after));
}

/** An actor right after a verb of the response, a few listed words allowed between ("convict owners, captains, or …"). */
const RESPONSE_OBJECT_BEFORE = /\b(?:investigat|prosecut|convict|arrest|charg|sentenc|punish|penaliz|indict|sanction)\w*\s+(?!by\s)(?:(?:the|some|any|several|two|three|four|five|\d+)\s+)*(?:[\p{L}-]+,?\s+(?:(?:and|or)\s+)?){0,3}$/iu;

/** Actor kinds that are persons or groups of them, never an institution. */
const PRIVATE: ReadonlySet<string> = new Set(['family', 'employer', 'client', 'community', 'religious_teacher']);

/** "investigated GATIA officials … for sex trafficking": the named organization is the object of a response verb. */
const ACCUSED_BEFORE = /\b(?:investigat|prosecut|indict|convict|arrest|charg|sentenc|accus|sanction)\w*\s+(?!by\s)(?:(?:the|some|several|two|three|\d+|former|senior)\s+)*$/iu;

/** In a clause that states no exploitation: only named organizations accused of a form, as objects of a response verb. */
function accusedNamed(scan: ClauseScan, forms: readonly Form[]): ActorDraft[] {
  const out: ActorDraft[] = [];
  let last = -1;
  for (const h of scan.named) {
    const before = scan.text.slice(Math.max(scan.start, h.start - 40), h.start);
    // "investigated GATIA officials, Malian forces officers, and civilians": listed after an accused one
    const listed = last >= 0 && /^[\s\p{L}]{0,30},\s*(?:and\s+)?$/u.test(scan.text.slice(last, h.start));
    if (!ACCUSED_BEFORE.test(before) && !listed) continue;
    last = h.end;
    for (const form of forms) out.push({ fact: { type: 'actor', form, actor: h.value.actor, name: h.value.name }, ruleId: `actor:accused-${h.key}` });
  }
  return out;
}

/** "a government policy or pattern of human trafficking": the words name the generic form, whatever specific forms follow. */
const OF_TRAFFICKING = /^\s+(?:of|in)\s+(?:human\s+)?trafficking\b/i;

/**
 * "there was a government policy or pattern of forced labor": the state's own practice, stated even in a clause about
 * the response. Its forms are those named after it; else the nearest one before it ("forced labor, and
 * government-sponsored labor export programs").
 */
function statedByState(scan: ClauseScan, spans: readonly ActiveForm[]): ActorDraft[] {
  const out: ActorDraft[] = [];
  for (const h of scan.actors) {
    if (h.value.needs !== 'stated') continue;
    const after = spans.filter((f) => f.start >= h.end);
    const before = spans.filter((f) => f.end <= h.start);
    const own = new Set((after.length > 0 ? after : before.slice(-1)).map((f) => f.form));
    if (OF_TRAFFICKING.test(scan.text.slice(h.end, h.end + 30))) own.add('trafficking');
    for (const form of own) out.push({ fact: { type: 'actor', form, actor: h.value.actor }, ruleId: `actor:${h.key}` });
  }
  return out;
}

/** "a destination for child sex tourists": terms that name the exploitation itself, in a clause that states it no other way (not as what a response targets). */
const TARGETED_BEFORE = /\b(?:against|combat\w*|prevent\w*|reduc\w*|address\w*|about|on|end(?:ing)?|fight\w*|tackl\w*|eliminat\w*|curb\w*|deter\w*|deny\w*)\s+(?:(?:the|of|entry to)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

function namingItself(scan: ClauseScan, forms: readonly Form[]): ActorDraft[] {
  const out: ActorDraft[] = [];
  for (const h of scan.actors) {
    if (h.value.needs !== 'present' || TARGETED_BEFORE.test(scan.text.slice(Math.max(scan.start, h.start - 40), h.start))) continue;
    for (const form of forms) out.push({ fact: { type: 'actor', form, actor: h.value.actor }, ruleId: `actor:${h.key}` });
  }
  return out;
}

/** Buyers of sex are the actors of the sexual forms only ("forced labor, including domestic servitude, and prostitution catering to truck drivers"). */
const CLIENT_FORMS: ReadonlySet<Form> = new Set<Form>(['sex_trafficking', 'sexual_slavery', 'forced_marriage']);
const fitting = (drafts: ActorDraft[]): ActorDraft[] => drafts.filter((d) => d.fact.actor !== 'client' || CLIENT_FORMS.has(d.fact.form));

/** Stage rule: perpetrators named as such: the agent of the exploitation, or "by X". Generic "traffickers" give none. */
export function clauseActors(scan: ClauseScan, forms: readonly Form[], exploitation: boolean, spans: readonly ActiveForm[]): ActorDraft[] {
  const { text } = scan;
  const out: ActorDraft[] = [];
  const clauseText = text.slice(scan.start, scan.end);
  // "officials reportedly force the homeless into …": officials as the doers of coercion are complicit
  const complicit = scan.complicity.length > 0 || scan.actors.some((h) => h.value.needs === 'complicity' && forcesNext(text, h));
  // "…funding to proxy militias that recruit and use children": a relative clause states the exploitation of its own
  const relativeAgent = scan.actors.some((h) => {
    const m = RELATIVE_AFTER.exec(text.slice(h.end, Math.min(scan.end, h.end + 40)));
    return m !== null && h.value.needs === undefined && actsOn(text.slice(h.end + m[0].length, scan.end));
  });
  if (!exploitation && !complicit && !relativeAgent) return fitting([...accusedNamed(scan, forms), ...statedByState(scan, spans), ...namingItself(scan, forms)]);
  const firstVictim = scan.victims.length > 0 ? scan.victims[0].start : Infinity;
  const isAgent = (start: number, end: number): boolean => {
    const before = text.slice(Math.max(scan.start, start - 60), start);
    if (BY_BEFORE.test(before) || SOLD_TO_BEFORE.test(text.slice(Math.max(scan.start, start - 100), start))) return true;
    // "…support to armed groups that recruited children": the relative clause states what the actor does
    const relative = RELATIVE_AFTER.exec(text.slice(end, Math.min(scan.end, end + 40)));
    if (relative) return actsOn(text.slice(end + relative[0].length, scan.end));
    if (NEGATED.test(before)) return false;
    // "…, where employers confiscate their passports and force them to work": the subject of a new sub-clause
    if (start > firstVictim && SUBCLAUSE_BEFORE.test(before)) return actsOn(text.slice(end, scan.end));
    if (start > firstVictim && !/\b(?:who|that|which)\b/.test(text.slice(end, end + 12))) return /^\s*(?:\(|,|who|that)/.test(text.slice(end, end + 4)) && actsOn(text.slice(end, scan.end));
    // "religious teachers and clandestine networks forced boys…": listed actors share the verb
    let from = end;
    // a kind word inside a named organization ("the Lord's Resistance Army") does not end the subject
    const nextActor = (): typeof scan.actors[number] | undefined => scan.actors.find((a) => a.start >= from && !scan.named.some((n) => n.start < a.end && a.start < n.end));
    let next = nextActor();
    // "communities – rather than individuals or families – exploit…": negated alternatives do not end the subject
    while (next && (LISTED.test(text.slice(from, next.start)) || EXCEPT_BEFORE.test(text.slice(Math.max(scan.start, next.start - 40), next.start)))) {
      from = next.end;
      next = nextActor();
    }
    const until = next ? next.start : scan.end;
    // "Criminal networks operating in A on the border and in coastal cities, such as B, exploit women…": a long subject phrase before the verb and its victims
    return actsOn(text.slice(from, until)) || firstVictim < until && LONG_SUBJECT_VERB.test(text.slice(from, firstVictim));
  };
  let prevAgent: { end: number } | undefined;
  for (const h of scan.actors) {
    const term = h.value;
    if (term.needs === 'stated') continue;
    // a word inside a named organization ("Lord's Resistance Army") is not a kind of its own
    if (scan.named.some((n) => n.start < h.end && h.start < n.end)) continue;
    // … nor the kind word right after one ("Boko Haram militants") or before its name in brackets ("the national army (FARDC)")
    if (scan.named.some((n) => n.value.actor === term.actor && (n.end <= h.start && /^\s+$/.test(text.slice(n.end, h.start)) || n.start >= h.end && /^\s*\(\s*$/.test(text.slice(h.end, n.start))))) continue;
    // nor are private persons inside an institution's name ("the Office for Children and Families")
    if (PRIVATE.has(term.actor) && insideName(text, h.start, h.end, scan.start)) continue;
    const listed = prevAgent !== undefined && LISTED_AFTER_AGENT.test(text.slice(prevAgent.end, h.start));
    if (listed && (term.needs !== 'complicity' || complicit)) {
      for (const form of forms) out.push({ fact: { type: 'actor', form, actor: term.actor }, ruleId: `actor:${h.key}` });
      prevAgent = h;
      continue;
    }
    prevAgent = undefined;
    if (term.needs === 'present') {
      for (const form of forms) out.push({ fact: { type: 'actor', form, actor: term.actor }, ruleId: `actor:${h.key}` });
      continue;
    }
    const byAgent = BY_BEFORE.test(text.slice(Math.max(scan.start, h.start - 40), h.start));
    if (term.needs === 'complicity' && !complicit && !byAgent) continue;
    // "did not prosecute any officials complicit in trafficking": nothing is stated to have happened
    if (NONE_BEFORE.test(text.slice(Math.max(scan.start, h.start - 80), h.start))) continue;
    if (EXCEPT_BEFORE.test(text.slice(Math.max(scan.start, h.start - 40), h.start))) continue;
    if (RESPONDER_AFTER.test(text.slice(h.end, Math.min(scan.end, h.end + 60)))) continue;
    // "failed to prosecute and convict owners, captains, or … for involvement in forced labor": the object of a response is accused, not stated to exploit
    // (unless a relative clause states what it did: "investigated agencies that sent citizens to …")
    if (term.needs !== 'complicity' && RESPONSE_OBJECT_BEFORE.test(text.slice(Math.max(scan.start, h.start - 60), h.start)) && !RELATIVE_AFTER.test(text.slice(h.end, Math.min(scan.end, h.end + 40)))) continue;
    if (term.needs === 'agent' && !(BY_BEFORE.test(text.slice(Math.max(scan.start, h.start - 40), h.start)) || AGENT_NEXT.test(text.slice(h.end, h.end + 60)))) continue;
    if (term.needs !== 'complicity' && !isAgent(h.start, h.end)) continue;
    prevAgent = h;
    for (const form of forms) out.push({ fact: { type: 'actor', form, actor: term.actor }, ruleId: `actor:${h.key}` });
  }
  out.push(...statedByState(scan, spans));
  for (const h of scan.named) {
    const v = h.value;
    // (in a clause whose only statement of exploitation is a relative clause, state forces named beside it support, they do not exploit)
    if (v.actor === 'state_forces' && !exploitation && !complicit) continue;
    if (v.actor === 'state_forces' && !/\b(?:recruit|us(?:ed|e|es|ing)|exploit|forc|committed|sexual|abus|traffick|perpetrat|complicit)/i.test(clauseText)) continue;
    for (const form of forms) out.push({ fact: { type: 'actor', form, actor: v.actor, name: v.name }, ruleId: `actor:named-${h.key}` });
  }
  return fitting(out);
}
