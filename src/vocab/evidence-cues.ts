/**
 * Cues that make a clause a better or worse evidence for a fact it states (data; the key is the
 * rule id). When several clauses state the same fact, the facts view cites the clause with the
 * highest total weight: one that says exploitation happened ("traffickers exploit…") rather than
 * one that mentions it in passing (law, response, recommendations, risk).
 */
export interface EvidenceCue {
  readonly pattern: string;
  readonly weight: number;
}

export const EVIDENCE_CUES: Readonly<Record<string, EvidenceCue>> = {
  'states-exploitation': { pattern: 'exploit(?:s|ed|ing)?|subject(?:s|ed)? (?:\\S+ ){0,5}?to|forc(?:e|es|ed|ing)|compel(?:s|led)?|coerc(?:e|es|ed)|enslav(?:e|es|ed)|sold|sell|prostituted|traffick(?:ed|s)|recruit(?:s|ed)? and us(?:e|es|ed)|us(?:e|es|ed) (?:children|boys|girls)|(?:face[sd]?|facing|experience[sd]?|endure[sd]?) (?:\\S+ ){0,2}?(?:conditions|situations) (?:of|indicative of)|committed (?:acts|crimes) of', weight: 1 },
  response: { pattern: 'screen(?:ed|ing|s)?|train(?:ed|ing|s)?|prosecut(?:e|ed|es|ing|ion|ions)|convict(?:ed|ion|ions)|investigat(?:e|ed|ion|ions)|fund(?:s|ed|ing)?|hotline|shelters?|efforts?|referr(?:al|ed)|identif(?:y|ied|ication)|awareness|campaigns?|reintegration|programs?|laws?|penal code|decree|ministry|(?:the )?government (?:did|took|made|continued|passed|provided|reported)', weight: -3 },
  negation: { pattern: 'did not|does not|no cases|not (?:explicitly )?reported', weight: -2 },
  /** A statement the report makes in its own voice is a better citation than one it attributes. */
  attributed: { pattern: '(?:an?|one|some|several) (?:NGOs?|international organizations?|observers?|civil society organizations?) (?:noted|reported|estimated|observed|alleged|indicated)|according to|observers (?:noted|reported)', weight: -1 },
  risk: { pattern: 'vulnerab(?:le|ility)|at risk|risk of|susceptible', weight: -3 },
};

/** A clause that starts with one of these is a recommendation or list item of the response. */
export const RECOMMENDATION_MARK = /^\s*(?:[*•▪◦·-]|\d+\.)\s/;

/**
 * Report sections (a heading at a line start, or a label such as the Factbook's "tier rating:"),
 * with the weight they add to every clause until the next listed heading. The response sections
 * of a TIP narrative mention exploitation in passing; its profile states it.
 */
export const SECTION_CUES: Readonly<Record<string, EvidenceCue>> = {
  'tip-response': { pattern: '^(?:PROSECUTION|PROTECTION|PREVENTION|PRIORITIZED RECOMMENDATIONS|RECOMMENDATIONS FOR [A-Z ]+)\\s*$', weight: -2 },
  'tip-profile': { pattern: '^TRAFFICKING PROFILE\\s*$', weight: 0 },
  'factbook-tier': { pattern: '(?:^|\\| )tier rating:', weight: -2 },
  'factbook-situation': { pattern: '^current situation:', weight: 0 },
};
