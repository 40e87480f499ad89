/**
 * Cue tables of clause modes (data). A clause states exploitation ('stated'), states it with a hedge
 * ('hedged': "reportedly", "may"), or only speaks of a risk of it ('risk': "vulnerable to", "at risk
 * of"), of the response to it or of data about it ('response': "did not specify how many were victims
 * of …"), denies it ('negated': "no reports of"). The contract: risk and missing data give no flow and
 * no victim; hedged statements are facts.
 */

export type ClauseMode = 'stated' | 'hedged' | 'risk' | 'response' | 'negated' | 'background';

/** The modes whose clauses state exploitation (flows and victims come only from these). */
export const STATING_MODES: ReadonlySet<ClauseMode> = new Set<ClauseMode>(['stated', 'hedged']);

/** The mode a cue of the risk lexicon (src/vocab/cues.ts RISK_TERMS) opens, by its value. */
export const RISK_CUE_MODE: Readonly<Record<string, ClauseMode>> = { risk: 'risk', missing: 'response' };

/**
 * Where the phrase a risk cue governs ends: at a new statement in the same clause (", and they are
 * subjected to …", ", while traffickers …", "or may be victims of …", ", where …"). Tried only after
 * the cue's object has begun (a match at its very start is the object: "vulnerable to being forced").
 */
export const RISK_SCOPE_END = /[;:]|,?\s+(?:and|or|but),\s|,?\s+(?:and|but|or|while|whereas|although|though|yet)\s+(?:(?:(?!and\b|or\b)[\p{L}-]+\s+){0,3}?(?:are|were|is|was|be|been|may|might|can|could|have|has|had)|(?:the\s+|\p{Lu}[\p{L}-]*\s+)?(?:there|they|traffickers|employers|some|many|others))\b|,\s*(?:which|who|where|and where)\b|\b(?:are|were|is|was|be|been|get|got)\s+(?:(?:often|also|sometimes|then|later|reportedly|allegedly|further)\s+)?(?:subject(?:ed)?|forced|exploited|sold|compelled|coerced|held|trafficked|victims|recruited|used|made to)\b/gu;

/** Where the question of a missing-data cue ends ("did not specify how many were victims of …, but …"): its own "were victims" is inside it. */
export const MISSING_SCOPE_END = /[;:]|,\s+(?:but|while|whereas|although)\s/gu;

/**
 * A group named as the subject of a risk with no object ("women and girls are the most vulnerable",
 * "with refugees being most vulnerable", "children remained at risk"): the words right after the group.
 */
export const BARE_RISK_AFTER = /^[\s,–—-]*(?:(?:and|or|from|in|of|who|that|living|with)\s+[^,;]{0,40}?)?(?:are|were|is|was|being|remain(?:s|ed)?|be|become|became)\s+(?:(?:the|also|particularly|especially|most|more|highly|very|increasingly|disproportionately|extremely|often|still)\s+)*(?:vulnerable|at (?:an? |the )?(?:[\w-]+ ){0,2}?risk)\b/iu;
