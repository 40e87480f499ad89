import type { Fact, FactsDocument } from './fact.js';

/** The exact object `tip-atlas facts` prints: fields in contract order, evidence last. */
export function toContractJson(doc: string, country: string, facts: readonly Fact[]): FactsDocument {
  return { doc, country, facts: facts.map((f) => ({ ...f, evidence: { start: f.evidence.start, end: f.evidence.end } })) };
}
