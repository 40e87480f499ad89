/** The OpenAPI 3.1 document of the HTTP API, served at /api/openapi.json. */
import { FACT_TYPES } from '../facts/fact.js';
import { SOURCE_KINDS } from '../store/store.js';
import { FORMS } from './query-params.js';
import { ANSWER_SCHEMAS } from '../graph/answer-schemas.js';

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: Record<string, unknown> };

const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): Param => ({ name, in: 'query', description, schema });
const country = (name = 'country', d = 'ISO 3166-1 alpha-2 code or region id') => q(name, d, { type: 'string', pattern: '^([A-Za-z]{2}|[a-z_]{3,40})$' });
const year = (name = 'year', d = 'year of the reports') => q(name, d, { type: 'integer', minimum: 1900, maximum: 2099 });
const form = q('form', 'form of trafficking', { type: 'string', enum: FORMS });
const kind = q('kind', 'source kind', { type: 'string', enum: SOURCE_KINDS });
const page = [q('limit', 'page size', { type: 'integer', minimum: 1, maximum: 500, default: 50 }), q('offset', 'rows to skip', { type: 'integer', minimum: 0, default: 0 })];
const claimFilters = [
  q('type', 'comma-separated fact types', { type: 'string', example: FACT_TYPES.join(',') }), form, country('country', 'the fact mentions this country'),
  country('documentCountry', "subject country of the claim's document"), country('from'), country('to'), year(), kind,
  q('sector', 'sector'), q('commodity', 'commodity'), q('actor', 'actor kind'), q('hedged', 'only hedged (true) or unhedged (false) claims', { type: 'boolean' }),
  q('documentId', 'one document', { type: 'integer', minimum: 1 }),
];
const pathCountry: Param = { name: 'country', in: 'path', required: true, description: 'ISO 3166-1 alpha-2 code', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } };

const errorBody = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const error = { description: 'invalid request', content: errorBody };
/** Every route: a Host that is not one of the server's names (DNS rebinding). */
const forbiddenHost = { description: "forbidden_host: the Host header is not the server's address, localhost, 127.0.0.1, [::1] (on its port) or an --allowed-host name", content: errorBody };
/** Every write: the host check, a browser request from another origin, or uploads switched off. */
const forbiddenWrite = {
  description: "forbidden_host (see GET routes); cross_origin_write: a browser sent it from another origin (its Origin is not this server's, or Sec-Fetch-Site is not same-origin); upload_disabled: the server was started without --allow-upload",
  content: errorBody,
};
const ok = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });
const get = (summary: string, parameters: Param[], extra: Record<string, unknown> = {}) => ({ get: { summary, parameters, responses: { 200: ok(summary), 400: error, 403: forbiddenHost, ...extra } } });

/** A path whose 200 answer has the schema `name` of components.schemas (shared with the CLI's --json). */
function answer(path: ReturnType<typeof get>, name: string): ReturnType<typeof get> {
  const schema = { $ref: `#/components/schemas/${name}` };
  return { get: { ...path.get, responses: { ...path.get.responses, 200: ok(path.get.summary, schema) } } };
}

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'TIP Atlas API', version: '1', description: 'Read-only JSON API over the evidence-linked atlas of trafficking claims. Every claim carries its evidence span (document id, start, end, text). Documents are named by their id and a path relative to the folder they were ingested from (their file name when the server does not know it; never an absolute path of the server). Errors are JSON {error, detail}. Requests whose Host is not one of the server\'s names get 403 forbidden_host, and writes a browser sends from another origin 403 cross_origin_write.' },
  paths: {
    '/api/health': get('server status', []),
    '/api/openapi.json': get('this document', []),
    '/api/countries': get('countries with ISO numeric codes and centroids', []),
    '/api/overview': get('counts of documents and claims, claims by country, year and form', [year()]),
    '/api/documents': {
      ...get('documents (metadata only), paged', [country(), year(), kind, ...page]),
      post: {
        summary: 'paste or upload one report; it is ingested at once (server started with --allow-upload; Bearer token when one is set)',
        security: [{ bearer: [] }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, name: { type: 'string' } } } }, 'text/plain': {}, 'text/html': {}, 'application/pdf': {} } },
        responses: { 200: ok('the report was stored before: nothing changed (outcome unchanged) or its new text replaced it (outcome replaced)'), 201: ok('the stored documents'), 400: error, 401: error, 403: forbiddenWrite, 413: error, 415: error, 422: error },
      },
    },
    '/api/documents/{id}': get('one document: its text and every claim with its span', [{ name: 'id', in: 'path', required: true, description: 'document id', schema: { type: 'integer', minimum: 1 } }], { 404: error }),
    '/api/claims': get('claims with filters, paged', [...claimFilters, q('q', 'text in the evidence or values'), ...page]),
    '/api/flows': get('origin → destination edges with corroboration', [form, country(), year(), q('victimGroup', 'victim group ("Malian", "female child")'), q('sector', 'sector stated with the flow')]),
    '/api/profile/{country}': get('one country across reports', [pathCountry, year()]),
    '/api/commodities': get('country × good × form (DOL-shaped)', [country()]),
    '/api/diff/{country}': get("facts that appear, disappear or persist between two years' reports", [pathCountry, { ...year('from', 'first year'), required: true }, { ...year('to', 'second year'), required: true }, kind]),
    '/api/search': answer(get('claims matching a text, with facets, paged', [q('q', 'text'), ...claimFilters, ...page]), 'SearchAnswer'),
    '/api/export': get('download claims (json, csv, or facts-contract json); made once per filter and store revision, streamed as the client reads', [q('format', 'format', { type: 'string', enum: ['json', 'csv', 'facts'] }), q('q', 'text'), ...claimFilters], {
      503: { description: 'export_busy: the cap of exports answered at once (4 by default) is reached; the Retry-After header gives the seconds to wait', headers: { 'Retry-After': { schema: { type: 'integer' } } }, content: errorBody },
    }),
  },
  components: {
    schemas: { Error: { type: 'object', required: ['error', 'detail'], properties: { error: { type: 'string' }, detail: { type: 'string' } } }, ...ANSWER_SCHEMAS },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
} as const;
