/** What the store's grouping of claims takes and gives (see Store.groupClaims). */
import type { Form, VictimFact } from '../facts/fact.js';
import type { ClaimFilter, DocumentRef, Evidence, FactFields, StoredClaim } from './store.js';

export type VictimFields = Omit<VictimFact, 'evidence'>;

/**
 * How claims are grouped across documents: `fact` by the fact's identity (see factGroupKey), `flow` by
 * origin → destination, `commodity` by the document's country × good × form, `form` by form, `attribution`
 * by who the claim is attributed to (kind and source, case-insensitively).
 */
export type ClaimGrouping = 'fact' | 'flow' | 'commodity' | 'form' | 'attribution';

export interface GroupQuery {
  readonly by: ClaimGrouping;
  /** The claims to group (limit and offset are ignored). */
  readonly filter: ClaimFilter;
  /** Evidence kept per group: the first statement of each document, one country after another, first. Default DEFAULT_EVIDENCE_LIMIT. */
  readonly evidenceLimit?: number;
  /** Read each group's first claim in full (default true; views that need only the key can skip it). */
  readonly withFirst?: boolean;
  /** Also collect the distinct rule ids (in first-seen order). */
  readonly ruleIds?: boolean;
  /** Also collect the victim words of the group's claims. */
  readonly victimTerms?: boolean;
  /** Also collect the distinct forms of the group's claims. */
  readonly forms?: boolean;
  /** Also collect the victim facts whose evidence overlaps one of the group's claims in its document. */
  readonly victims?: boolean;
  /** Also collect the distinct facts of claims matching this filter whose evidence overlaps a claim of the group in its document. */
  readonly overlapping?: ClaimFilter;
  /** Also collect the evidence texts of the group that contain one of these lower-case words (a prefilter for a regular expression). */
  readonly evidenceWords?: readonly string[];
}

/** Claims that state the same thing across documents, summarised in the store. */
export interface ClaimGroup {
  readonly key: string;
  /** The values of the grouping's columns (flow: from, to; commodity: country, good, form; others: one). */
  readonly keyParts: readonly string[];
  /** The group's first claim (in the first document, the first in that document); absent with `withFirst: false`. */
  readonly first?: StoredClaim;
  /** How many claims the group has (all statements, not only `evidence`). */
  readonly count: number;
  /** True when every claim of the group is hedged. */
  readonly hedgedOnly: boolean;
  /** The documents that state it, by id (the order their claims are first seen in). */
  readonly documents: readonly DocumentRef[];
  /** At most `evidenceLimit` evidences, in document order. */
  readonly evidence: readonly Evidence[];
  /** With `ruleIds`: in first-seen order. */
  readonly ruleIds: readonly string[];
  /** With `victimTerms`: sorted, distinct. */
  readonly victimTerms: readonly string[];
  /** With `forms`: sorted, distinct. */
  readonly forms: readonly Form[];
  /** With `victims`: distinct, in no particular order. */
  readonly victims: readonly VictimFields[];
  /** With `overlapping`: distinct by fact identity. */
  readonly overlapping: readonly FactFields[];
  /** With `evidenceWords`: distinct evidence texts containing one of the words. */
  readonly matchedEvidence: readonly string[];
}

export const DEFAULT_EVIDENCE_LIMIT = 5;
