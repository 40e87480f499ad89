/** A country page: roles, flow diagram, forms by victim group, sectors/goods, perpetrators, places, statistics, diff. */
import { areaName, countryMap, evidenceHref, factLabel, getJson, type Country, type FactItem, type FlowEdge, type Profile } from './api';
import { h, s, section, status } from './dom';
import { COUNTRY_SHAPES, projectionFor } from './world';

function items(list: readonly FactItem[], names: ReadonlyMap<string, Country>, label: (i: FactItem) => string = (i) => factLabel(i.fact, names)): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, 'Nothing reported.');
  return h('ul', { class: 'facts' }, ...list.map((i) => h('li', { class: i.hedgedOnly ? 'hedged' : '' },
    h('a', { href: evidenceHref(i.evidence[0]), class: 'fact-link', 'data-type': i.fact.type }, label(i)),
    i.hedgedOnly ? h('span', { class: 'badge' }, 'hedged') : null,
    h('span', { class: 'muted' }, ` ${i.years.join(', ')} · ${i.evidenceCount} statement(s)`))));
}

/** A Sankey-like diagram: origins on the left, the country in the middle, destinations on the right; band width = reports. */
function flowDiagram(code: string, flows: readonly FlowEdge[], names: ReadonlyMap<string, Country>): Element {
  const inbound = flows.filter((f) => f.to === code && f.from !== code);
  const outbound = flows.filter((f) => f.from === code && f.to !== code);
  const internal = flows.filter((f) => f.from === code && f.to === code);
  const W = 640, row = 34, H = Math.max(3, inbound.length, outbound.length) * row + 20;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'sankey', role: 'img', 'aria-label': `Flows of ${areaName(code, names)}: ${inbound.length} into, ${outbound.length} out of, ${internal.length} internal` });
  const cx = W / 2, cy = H / 2;
  svg.append(s('rect', { x: cx - 60, y: cy - 20, width: 120, height: 40, rx: 6, class: 'node self' }), s('text', { x: cx, y: cy + 5, 'text-anchor': 'middle' }, areaName(code, names) + (internal.length ? ' ⟲' : '')));
  const band = (f: FlowEdge, i: number, left: boolean) => {
    const y = 10 + i * row + row / 2, x = left ? 110 : W - 110;
    const other = left ? f.from : f.to;
    const d = left ? `M${x},${y} C${cx - 100},${y} ${cx - 140},${cy} ${cx - 60},${cy}` : `M${cx + 60},${cy} C${cx + 140},${cy} ${cx + 100},${y} ${x},${y}`;
    const link = s('a', { href: evidenceHref(f.evidence[0]) });
    link.append(s('path', { d, class: `band${f.hedgedOnly ? ' hedged' : ''}`, 'stroke-width': 2 + 3 * f.reportCount }, s('title', {}, `${areaName(f.from, names)} → ${areaName(f.to, names)}: ${f.forms.join(', ')}; ${f.reportCount} report(s)`)));
    svg.append(link, s('text', { x: left ? x - 6 : x + 6, y: y + 4, 'text-anchor': left ? 'end' : 'start' }, areaName(other, names)));
  };
  inbound.forEach((f, i) => band(f, i, true));
  outbound.forEach((f, i) => band(f, i, false));
  return svg;
}

function placesMap(code: string, names: ReadonlyMap<string, Country>): Element {
  const c = names.get(code);
  const shape = COUNTRY_SHAPES.find((f) => String(f.id ?? '').padStart(3, '0') === c?.numeric);
  const W = 240, H = 180;
  const { path } = projectionFor(W, H, shape ? [shape] : undefined);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'mini', role: 'img', 'aria-label': `Map of ${areaName(code, names)}` });
  for (const f of COUNTRY_SHAPES) svg.append(s('path', { d: path(f) ?? '', class: f === shape ? 'land reported' : 'land' }));
  return svg;
}

function statsOverTime(list: readonly FactItem[]): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, 'No statistics reported.');
  const rows = [...list].sort((a, b) => Number(a.fact.year ?? a.years[0] ?? 0) - Number(b.fact.year ?? b.years[0] ?? 0));
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, 'Statistic'), h('th', { scope: 'col' }, 'Report years'))),
    h('tbody', {}, ...rows.map((i) => h('tr', {}, h('td', {}, String(i.fact.year ?? '–')),
      h('td', {}, h('a', { href: evidenceHref(i.evidence[0]), class: 'fact-link' }, factLabel(i.fact))), h('td', {}, i.years.join(', '))))));
}

async function diffSection(code: string, years: readonly number[], names: ReadonlyMap<string, Country>): Promise<HTMLElement> {
  if (years.length < 2) return section('Year to year', h('p', { class: 'muted' }, 'Reports of one year only: nothing to compare.'));
  const out = h('div', { 'aria-live': 'polite' });
  const from = h('select', { 'aria-label': 'From year' }, ...years.map((y, i) => h('option', { value: y, selected: i === years.length - 2 }, String(y))));
  const to = h('select', { 'aria-label': 'To year' }, ...years.map((y, i) => h('option', { value: y, selected: i === years.length - 1 }, String(y))));
  const run = async () => {
    const d = await getJson<{ appeared: FactItem[]; disappeared: FactItem[]; persisted: { fact: FactItem['fact'] }[] }>(`/api/diff/${code}`, { from: from.value, to: to.value });
    out.replaceChildren(h('h3', {}, `Appeared (${d.appeared.length})`), items(d.appeared, names), h('h3', {}, `Disappeared (${d.disappeared.length})`), items(d.disappeared, names),
      h('h3', {}, `Persisted (${d.persisted.length})`), h('ul', {}, ...d.persisted.map((p) => h('li', {}, factLabel(p.fact, names)))));
  };
  from.addEventListener('change', () => void run());
  to.addEventListener('change', () => void run());
  await run();
  return section('Year to year', h('div', { class: 'filters' }, from, ' → ', to), out);
}

export async function renderCountry(main: HTMLElement, code: string, params: URLSearchParams): Promise<void> {
  const year = params.get('year') ?? undefined;
  const [names, p] = await Promise.all([countryMap(), getJson<Profile>(`/api/profile/${code}`, { year })]);
  const years = [...new Set(p.documents.map((d) => d.year).filter((y): y is number => y !== undefined))].sort();
  const commodities = p.commodities.length ? items(p.commodities, names) : null;
  main.replaceChildren(
    h('h1', {}, p.name),
    h('p', {}, `${p.documents.length} document(s)${years.length ? `, ${years.join(', ')}` : ''}. `, h('a', { href: `#/search?country=${code}` }, 'Search its claims'), ' · ', h('a', { href: `/api/export?format=csv&country=${code}`, download: '' }, 'Export CSV')),
    h('div', { class: 'grid' },
      section('Roles', items(p.roles, names)),
      section('Flows', flowDiagram(code, p.flows, names), h('ul', { class: 'facts' }, ...p.flows.map((f) => h('li', { class: f.hedgedOnly ? 'hedged' : '' },
        h('a', { href: evidenceHref(f.evidence[0]), class: 'fact-link flow-item', 'data-type': 'flow' }, `${areaName(f.from, names)} → ${areaName(f.to, names)}: ${f.forms.join(', ').replace(/_/g, ' ')}`),
        ` (${f.reportCount} report(s))`)))),
      section('Forms by victim group', p.forms.length ? h('ul', {}, ...p.forms.map((f) => h('li', {}, h('strong', {}, f.form.replace(/_/g, ' ')), ': ',
        [...f.groups.map((g) => `${String(g.fact.sex)} ${String(g.fact.age)}`), ...f.terms].join(', ') || 'victims not specified'))) : h('p', { class: 'muted' }, 'Nothing reported.')),
      section('Sectors and goods', items(p.sectors, names), commodities),
      section('Perpetrators', items(p.perpetrators, names)),
      section('Places', placesMap(code, names), items(p.places, names)),
      section('Statistics over time', statsOverTime(p.statistics)),
      await diffSection(code, years, names)));
  status(`${p.name}: profile loaded`);
}
