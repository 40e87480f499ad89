/**
 * JSON Schemas of the answers the CLI prints with --json and the HTTP API returns, written against
 * their TypeScript types: each schema's properties are typed by the keys of its type, so a field
 * added to ClaimJson or SearchAnswer without its schema (or the reverse) does not compile.
 * The OpenAPI document (src/serve/openapi.ts) serves these under components.schemas.
 */
import type { ClaimContext } from '../extract/claim.js';
import type { DocumentRef, Evidence, FacetField } from '../store/store.js';
import { FACET_FIELDS, SOURCE_KINDS } from '../store/store.js';
import type { ClaimJson } from './claim-json.js';
import type { SearchAnswer } from './search.js';

export type JsonSchema = Readonly<Record<string, unknown>>;

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** An object schema whose properties are exactly the keys of T; required are the keys not optional in T. */
function objectSchema<T>(properties: { readonly [K in keyof T]-?: JsonSchema }, optional: readonly OptionalKeys<T>[], description?: string): JsonSchema {
  const required = Object.keys(properties).filter((k) => !(optional as readonly string[]).includes(k));
  return { type: 'object', ...(description ? { description } : {}), required, properties, additionalProperties: false };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };

export const EVIDENCE_SCHEMA = objectSchema<Evidence>({
  documentId: { type: 'integer' }, start: { type: 'integer', description: 'UTF-16 offset in the document text' }, end: { type: 'integer' }, text: { type: 'string' },
}, [], 'where a claim is stated: the document, the span and its text');

export const DOCUMENT_REF_SCHEMA = objectSchema<DocumentRef>({
  id: { type: 'integer' }, country: { type: 'string', description: "subject country, ISO2; '' when unknown" }, year: { type: 'integer' },
  kind: { type: 'string', enum: SOURCE_KINDS }, path: { type: 'string' },
}, ['year']);

export const CLAIM_CONTEXT_SCHEMA = objectSchema<ClaimContext>({
  hedges: strings, attribution: { type: 'object' }, years: { type: 'array', items: { type: 'integer' } }, since: { type: 'integer' },
  period: { type: 'string' }, trend: { type: 'string', enum: ['increase', 'decrease'] }, means: strings, victimTerms: strings,
}, ['attribution', 'since', 'period', 'trend']);

export const CLAIM_SCHEMA = objectSchema<ClaimJson>({
  id: { type: 'integer' }, fact: { type: 'object', description: 'a fact of the facts contract, without its evidence offsets', required: ['type'] },
  ruleId: { type: 'string' }, hedged: { type: 'boolean' }, context: ref('ClaimContext'), evidence: ref('Evidence'), document: ref('DocumentRef'),
}, [], 'one claim, flat: the CLI (--json) and the API print this shape');

const facetCounts: JsonSchema = { type: 'array', items: { type: 'object', required: ['value', 'count'], properties: { value: { type: 'string' }, count: { type: 'integer' } } } };

export const SEARCH_ANSWER_SCHEMA = objectSchema<SearchAnswer>({
  query: { type: 'string' }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' },
  claims: { type: 'array', items: ref('Claim') },
  facets: { type: 'object', required: FACET_FIELDS, properties: Object.fromEntries(FACET_FIELDS.map((f: FacetField) => [f, facetCounts])) },
}, [], "a page of claims matching a text, with facets; 'tip-atlas search --json' prints the same");

/** The schemas above by the names OpenAPI refers to them with. */
export const ANSWER_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Evidence: EVIDENCE_SCHEMA, DocumentRef: DOCUMENT_REF_SCHEMA, ClaimContext: CLAIM_CONTEXT_SCHEMA, Claim: CLAIM_SCHEMA, SearchAnswer: SEARCH_ANSWER_SCHEMA,
};
