import type { ClaimContext } from '../extract/claim.js';
import type { Fact } from '../facts/fact.js';
import type { DocumentRef, Evidence, StoredClaim } from '../store/store.js';

/** One claim as the CLI and the HTTP API print it: flat and self-describing. */
export interface ClaimJson {
  readonly id: number;
  readonly fact: Fact;
  readonly ruleId: string;
  readonly hedged: boolean;
  readonly context: ClaimContext;
  readonly evidence: Evidence;
  readonly document: DocumentRef;
}

export function claimJson(c: StoredClaim): ClaimJson {
  return {
    id: c.id, fact: c.claim.fact, ruleId: c.claim.ruleId, hedged: c.hedged, context: c.claim.context,
    evidence: c.evidence, document: c.document,
  };
}
