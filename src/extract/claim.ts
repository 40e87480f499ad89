import type { Span } from '../text/span.js';
import type { Fact } from '../facts/fact.js';

/** Who a claim is attributed to ("an NGO reported", "Nigerian authorities estimated"). */
export interface Attribution {
  readonly source: string;
  /** ngo | international_organization | government | media | report | other */
  readonly kind: string;
  readonly span: Span;
}

/** Qualifiers that the facts contract does not score but analysts need. */
export interface ClaimContext {
  /** "allegedly", "reportedly", "has not been corroborated"… */
  readonly hedges: readonly string[];
  readonly attribution?: Attribution;
  /** Years the clause is about (2019), ranges ("since 2005" gives from: 2005). */
  readonly years: readonly number[];
  readonly since?: number;
  /** "during the reporting period", "in the past"… */
  readonly period?: string;
  /** "increased" / "decreased" stated about the claim. */
  readonly trend?: 'increase' | 'decrease';
  /** Recruitment means named in the clause (fraudulent_job_offer, sale_by_family, abduction, debt…). */
  readonly means: readonly string[];
  /** Victim groups as stated: nationality/ethnicity/status words ("Malian", "Songhai", "refugees"). */
  readonly victimTerms: readonly string[];
}

/**
 * The project's claim model: one extracted fact with the rule that produced it, its evidence span
 * and its context. `fact` is exactly what the facts contract prints.
 */
export interface Claim {
  readonly fact: Fact;
  /** The rule that produced it, e.g. `flow:nationality-in-country`. */
  readonly ruleId: string;
  readonly evidence: Span;
  readonly context: ClaimContext;
}
