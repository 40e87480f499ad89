/** The world map: countries shaded by how much is reported, flows as arcs weighted by number of reports. */
import { areaName, countryMap, evidenceHref, getJson, type Country, type FacetCount, type FlowEdge } from './api';
import { h, s, section, status } from './dom';
import { COUNTRY_SHAPES, projectionFor } from './world';

const FORMS = ['sex_trafficking', 'forced_labor', 'domestic_servitude', 'debt_bondage', 'forced_begging', 'hereditary_slavery', 'child_soldiering', 'sexual_slavery', 'forced_marriage', 'forced_criminality', 'organ_removal', 'trafficking'];
const SECTORS = ['agriculture', 'animal_husbandry', 'fishing', 'forestry', 'mining', 'construction', 'manufacturing', 'domestic_work', 'hospitality', 'entertainment', 'begging', 'street_vending', 'informal_commerce', 'transportation', 'armed_conflict', 'illicit_activities', 'other'];

interface Overview { documents: number; claims: number; countries: FacetCount[]; years: FacetCount[] }

function select(label: string, name: string, options: readonly string[], value: string): HTMLLabelElement {
  const sel = h('select', { name }, h('option', { value: '' }, 'any'), ...options.map((o) => h('option', { value: o, selected: o === value }, o.replace(/_/g, ' '))));
  return h('label', {}, label, ' ', sel);
}

export async function renderMap(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const filter = { form: params.get('form') ?? '', year: params.get('year') ?? '', sector: params.get('sector') ?? '', victimGroup: params.get('victimGroup') ?? '' };
  const [names, overview, edges] = await Promise.all([
    countryMap(), getJson<Overview>('/api/overview'),
    getJson<FlowEdge[]>('/api/flows', { form: filter.form, year: filter.year, sector: filter.sector, victimGroup: filter.victimGroup }),
  ]);
  const counts = new Map(overview.countries.map((c) => [c.value, c.count]));
  const max = Math.max(1, ...counts.values());
  const byNumeric = new Map([...names.values()].map((c) => [c.numeric, c]));

  const form = h('form', { class: 'filters', 'aria-label': 'Filter flows' },
    select('Form', 'form', FORMS, filter.form),
    select('Year', 'year', overview.years.map((y) => y.value).sort(), filter.year),
    select('Sector', 'sector', SECTORS, filter.sector),
    h('label', {}, 'Victim group ', h('input', { name: 'victimGroup', value: filter.victimGroup, placeholder: 'e.g. Malian', size: 12 })),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) q.set(k, v);
    location.hash = `#/?${q}`;
  });
  form.addEventListener('change', () => form.requestSubmit());

  const W = 960, H = 480;
  const { projection, path } = projectionFor(W, H);
  const detail = h('div', { class: 'detail', 'aria-live': 'polite' }, h('p', {}, 'Hover or select a flow or a country to see what the reports say.'));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'world', role: 'img', 'aria-label': `World map: ${counts.size} countries reported on, ${edges.length} flows` });
  svg.append(s('path', { d: path({ type: 'Sphere' } as never) ?? '', class: 'sphere' }));
  for (const f of COUNTRY_SHAPES) {
    const c = byNumeric.get(String(f.id ?? '').padStart(3, '0'));
    const n = c ? counts.get(c.code) ?? 0 : 0;
    const p = s('path', { d: path(f) ?? '', class: n ? 'land reported' : 'land', 'data-code': c?.code ?? '' });
    if (n) p.style.fillOpacity = String(0.25 + 0.75 * (n / max));
    p.append(s('title', {}, `${c?.name ?? f.properties.name}: ${n} claims`));
    if (c) p.addEventListener('click', () => { location.hash = `#/country/${c.code}`; });
    svg.append(p);
  }
  const maxReports = Math.max(1, ...edges.map((e) => e.reportCount));
  for (const e of edges) {
    const a = names.get(e.from), b = names.get(e.to);
    if (!a || !b || a === b) continue;
    const p0 = projection([a.lon, a.lat]), p1 = projection([b.lon, b.lat]);
    if (!p0 || !p1) continue;
    const mx = (p0[0] + p1[0]) / 2, my = (p0[1] + p1[1]) / 2 - Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) * 0.3;
    const arc = s('path', { d: `M${p0[0]},${p0[1]} Q${mx},${my} ${p1[0]},${p1[1]}`, class: `arc${e.hedgedOnly ? ' hedged' : ''}`, 'stroke-width': 1.5 + 4 * (e.reportCount / maxReports), 'data-flow': `${e.from}>${e.to}` });
    arc.append(s('title', {}, `${a.name} → ${b.name}: ${e.reportCount} report(s)`));
    arc.addEventListener('mouseenter', () => showFlow(detail, e, names));
    arc.addEventListener('click', () => showFlow(detail, e, names));
    svg.append(arc);
  }

  const reported = overview.countries.filter((c) => names.has(c.value));
  const jump = h('select', { 'aria-label': 'Open a country page' }, h('option', { value: '' }, 'Go to a country…'),
    ...reported.map((c) => h('option', { value: c.value }, `${areaName(c.value, names)} (${c.count})`)));
  jump.addEventListener('change', () => { if (jump.value) location.hash = `#/country/${jump.value}`; });

  const table = h('table', { class: 'flows' }, h('caption', {}, 'Flows (origin → destination), most reported first'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'To'), h('th', { scope: 'col' }, 'Forms'), h('th', { scope: 'col' }, 'Reports'), h('th', { scope: 'col' }, 'Evidence'))),
    h('tbody', {}, ...edges.map((e) => h('tr', {},
      h('td', {}, countryLink(e.from, names)), h('td', {}, countryLink(e.to, names)), h('td', {}, e.forms.join(', ').replace(/_/g, ' ')),
      h('td', {}, `${e.reportCount}${e.corroborated ? ' ✓ corroborated' : ''}${e.hedgedOnly ? ' (hedged)' : ''}`),
      h('td', {}, h('button', { type: 'button', class: 'linkish', onclick: () => showFlow(detail, e, names) }, 'show'))))));

  main.replaceChildren(
    h('h1', {}, 'Trafficking flows reported'),
    h('p', {}, `${overview.documents} documents, ${overview.claims} claims. Darker countries are reported on more; arcs go from origin to destination, thicker when more reports state them.`),
    form, jump,
    h('div', { class: 'map-layout' }, h('figure', { class: 'map' }, svg), detail),
    table);
  status(`${edges.length} flows shown`);
}

function countryLink(code: string, names: ReadonlyMap<string, Country>): HTMLElement {
  return names.has(code) ? h('a', { href: `#/country/${code}` }, areaName(code, names)) : h('span', {}, areaName(code, names));
}

function showFlow(detail: HTMLElement, e: FlowEdge, names: ReadonlyMap<string, Country>): void {
  detail.replaceChildren(section(`${areaName(e.from, names)} → ${areaName(e.to, names)}`,
    h('p', {}, `${e.forms.join(', ').replace(/_/g, ' ')}; ${e.reportCount} report(s); years ${e.years.join(', ') || 'unknown'}${e.corroborated ? `; corroborated (${e.corroboration.join(', ').replace(/_/g, ' ')})` : ''}${e.hedgedOnly ? '; only hedged statements' : ''}`),
    e.victimGroups.length ? h('p', {}, `Victims: ${e.victimGroups.join(', ')}`) : null,
    h('ul', { class: 'evidence-list' }, ...e.evidence.map((ev) => h('li', {}, h('a', { href: evidenceHref(ev), class: 'fact-link' }, `“${ev.text}”`))))));
}
