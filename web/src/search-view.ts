/** Search with facets, paging and export links. */
import { countryMap, evidenceHref, factLabel, getJson, type ApiClaim, type FacetCount } from './api';
import { h, section, status } from './dom';

interface SearchResponse { total: number; limit: number; offset: number; claims: ApiClaim[]; facets: Record<string, FacetCount[]> }
const FILTERS = ['type', 'form', 'sector', 'commodity', 'actor', 'country', 'year', 'hedged', 'kind'];
const FACET_PARAM: Record<string, string> = { country: 'documentCountry' };

export async function renderSearch(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const names = await countryMap();
  const q: Record<string, string> = {};
  for (const [k, v] of params) q[k] = v;
  const r = await getJson<SearchResponse>('/api/search', q);
  const input = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', 'aria-label': 'Search text', placeholder: 'gold, Bamako, domestic servitude…' });
  const form = h('form', { role: 'search', class: 'filters' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => { e.preventDefault(); const p = new URLSearchParams(params); p.delete('offset'); if (input.value) p.set('q', input.value); else p.delete('q'); location.hash = `#/search?${p}`; });
  const link = (change: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) if (v === undefined) p.delete(k); else p.set(k, v);
    return `#/search?${p}`;
  };
  const facets = h('aside', { class: 'facets', 'aria-label': 'Facets' }, ...FILTERS.filter((f) => r.facets[f]?.length).map((f) => {
    const param = FACET_PARAM[f] ?? f;
    const active = params.get(param);
    return section(f, h('ul', {}, ...r.facets[f].map((c) => h('li', {}, h('a', { href: link({ [param]: active === c.value ? undefined : c.value, offset: undefined }), 'aria-current': active === c.value ? 'true' : undefined }, `${c.value.replace(/_/g, ' ')} (${c.count})`)))));
  }));
  const exportParams = new URLSearchParams(params); exportParams.delete('limit'); exportParams.delete('offset');
  const results = h('ol', { class: 'results', start: r.offset + 1 }, ...r.claims.map((c) => h('li', { class: c.hedged ? 'hedged' : '' },
    h('a', { href: evidenceHref(c.evidence), class: 'fact-link', 'data-type': c.fact.type }, factLabel(c.fact, names)), c.hedged ? h('span', { class: 'badge' }, 'hedged') : null,
    h('blockquote', {}, c.evidence.text), h('span', { class: 'muted' }, `${c.document.country} ${c.document.year ?? ''} · ${c.document.kind}`))));
  const pager = h('nav', { 'aria-label': 'Pages', class: 'pager' },
    r.offset > 0 ? h('a', { href: link({ offset: String(Math.max(0, r.offset - r.limit)) }) }, '← previous') : null,
    ` ${r.total ? r.offset + 1 : 0}–${r.offset + r.claims.length} of ${r.total} `,
    r.offset + r.limit < r.total ? h('a', { href: link({ offset: String(r.offset + r.limit) }) }, 'next →') : null);
  main.replaceChildren(h('h1', {}, 'Search claims'), form,
    h('p', { class: 'exports' }, 'Export these claims: ', ...['csv', 'json', 'facts'].map((f) => h('a', { class: 'button', download: '', href: `/api/export?${new URLSearchParams([...exportParams, ['format', f]])}` }, f.toUpperCase()))),
    h('div', { class: 'search-layout' }, facets, h('div', {}, results, pager)));
  status(`${r.total} claims found`);
}
