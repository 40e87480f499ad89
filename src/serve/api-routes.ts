/** The read-only JSON API over the store and the graph views. */
import { Hono } from 'hono';
import { commodities } from '../graph/commodities.js';
import { diffYears } from '../graph/diff.js';
import { profile } from '../graph/profile.js';
import { search, searchAnswer } from '../graph/search.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { ClaimFilter, Store } from '../store/store.js';
import { ApiError, defined, Params } from './query-params.js';
import { publicJson, publicPath, type PublicPath } from './public-path.js';
import { chunkStream, exportBody, ExportCache, exportsBusy, ExportSlots } from './export-stream.js';
import { claimJson, countryList, filteredFlows, sendJson, sendView, ViewCache } from './view-adapters.js';

function claimFilter(p: Params): Omit<ClaimFilter, 'limit' | 'offset'> {
  return defined({
    types: p.types(), form: p.form(), documentCountry: p.country('documentCountry'), area: p.country('country'),
    from: p.country('from'), to: p.country('to'), year: p.year('year'), kind: p.kind(), sector: p.text('sector'),
    commodity: p.text('commodity'), actor: p.text('actor'), hedged: p.bool('hedged'), documentId: p.int('documentId', 1, 2 ** 31 - 1),
  });
}

function idParam(v: string): number {
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new ApiError(400, 'invalid_parameter', `document id must be a positive integer; got '${v}'`);
  return Number(v);
}

function countryPath(v: string): string {
  if (!/^[A-Za-z]{2}$/.test(v)) throw new ApiError(400, 'invalid_parameter', `country must be an ISO 3166-1 alpha-2 code; got '${v}'`);
  return v.toUpperCase();
}

/** Exports answered at once by default (each streams a shared answer; past them: 503 with Retry-After). */
export const DEFAULT_MAX_CONCURRENT_EXPORTS = 4;

/** The API routes; `toPublic` names documents in answers (no absolute path of the server's disk). */
export function apiRoutes(store: Store, resolver: CountryResolver, toPublic: PublicPath = publicPath(), maxConcurrentExports = DEFAULT_MAX_CONCURRENT_EXPORTS): Hono {
  const api = new Hono();
  const exports = new ExportCache(store);
  const exportSlots = new ExportSlots(maxConcurrentExports);
  const views = new ViewCache(store, undefined, undefined, (v) => publicJson(v, toPublic));

  api.get('/health', (c) => c.json({ ok: true, dialect: store.dialect }));

  api.get('/countries', (c) => { Params.of(c.req.url).done(); return c.json(countryList()); });

  api.get('/overview', async (c) => {
    const p = Params.of(c.req.url);
    const year = p.year('year');
    p.done();
    const f = defined({ year });
    return sendView(c, await views.view(`overview ${year ?? ''}`, async () => {
      const [documents, claims, countries, years, forms] = await Promise.all([
        store.countDocuments(f), store.countClaims(f), store.facetClaims(f, 'country', 300), store.facetClaims({}, 'year', 100), store.facetClaims(f, 'form', 20),
      ]);
      return { documents, claims, countries, years, forms };
    }));
  });

  api.get('/documents', async (c) => {
    const p = Params.of(c.req.url);
    const filter = defined({ country: p.country('country'), year: p.year('year'), kind: p.kind() });
    const page = p.page();
    p.done();
    return sendView(c, await views.view(`documents ${JSON.stringify([filter, page])}`, async () => {
      const [total, items] = await Promise.all([store.countDocuments(filter), store.listDocuments({ ...filter, ...page })]);
      return { total, ...page, items };
    }));
  });

  api.get('/documents/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    Params.of(c.req.url).done();
    return sendView(c, await views.view(`document ${id}`, async () => {
      const doc = await store.getDocument(id);
      if (!doc) throw new ApiError(404, 'not_found', `no document with id ${id}`);
      const claims = await store.queryClaims({ documentId: id });
      return { document: doc, claims: claims.map(claimJson) };
    }));
  });

  api.get('/claims', async (c) => {
    const p = Params.of(c.req.url);
    const filter = { ...claimFilter(p), ...defined({ text: p.text('q') }) };
    const page = p.page();
    p.done();
    return sendView(c, await views.view(`claims ${JSON.stringify([filter, page])}`, async () => {
      const [total, items] = await Promise.all([store.countClaims(filter), store.queryClaims({ ...filter, ...page })]);
      return { total, ...page, items: items.map(claimJson) };
    }));
  });

  api.get('/flows', async (c) => {
    const p = Params.of(c.req.url);
    const q = defined({ form: p.form(), country: p.country('country'), year: p.year('year'), victimGroup: p.text('victimGroup'), sector: p.text('sector') });
    p.done();
    return sendView(c, await views.view(`flows ${JSON.stringify(q)}`, () => filteredFlows(store, q)));
  });

  api.get('/profile/:country', async (c) => {
    const country = countryPath(c.req.param('country'));
    const p = Params.of(c.req.url);
    const year = p.year('year');
    p.done();
    return sendView(c, await views.view(`profile ${country} ${year ?? ''}`, async () => ({ name: resolver.name(country) ?? country, ...(await profile(store, country, defined({ year }))) })));
  });

  api.get('/commodities', async (c) => {
    const p = Params.of(c.req.url);
    const country = p.country('country');
    p.done();
    return sendView(c, await views.view(`commodities ${country ?? ''}`, () => commodities(store, resolver, defined({ country }))));
  });

  api.get('/diff/:country', async (c) => {
    const country = countryPath(c.req.param('country'));
    const p = Params.of(c.req.url);
    const from = p.year('from');
    const to = p.year('to');
    const kind = p.kind();
    p.done();
    if (from === undefined || to === undefined) throw new ApiError(400, 'missing_parameter', "'from' and 'to' years are required");
    return sendJson(c, await diffYears(store, country, from, to, defined({ kind })), toPublic);
  });

  api.get('/search', async (c) => {
    const p = Params.of(c.req.url);
    const q = p.text('q') ?? '';
    const filter = claimFilter(p);
    const page = p.page();
    p.done();
    return sendView(c, await views.view(`search ${JSON.stringify([q, filter, page])}`, async () => {
      return searchAnswer(await search(store, q, filter, page));
    }));
  });

  api.get('/export', async (c) => {
    const p = Params.of(c.req.url);
    const format = p.oneOf('format', ['json', 'csv', 'facts'] as const) ?? 'json';
    const filter = { ...claimFilter(p), ...defined({ text: p.text('q') }) };
    p.done();
    const release = exportSlots.tryEnter();
    if (!release) return exportsBusy(c, exportSlots);
    try {
      const body = await exports.body(JSON.stringify([format, filter]), () => exportBody(store, format, filter, toPublic));
      const name = `tip-atlas-claims.${format === 'csv' ? 'csv' : 'json'}`;
      return c.body(chunkStream(body, release), 200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Length': String(body.bytes),
      });
    } catch (error) {
      release();
      throw error;
    }
  });

  return api;
}
