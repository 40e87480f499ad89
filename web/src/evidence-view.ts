/** The evidence viewer: the document's text with each fact's span highlighted, coloured by type. Text nodes only. */
import { countryMap, factLabel, getJson, type ApiClaim } from './api';
import { h, status } from './dom';

interface DocResponse { document: { id: number; path: string; title?: string; country: string; year?: number; kind: string; text: string }; claims: ApiClaim[] }

/** Splits the text at every span boundary; each piece knows the claims covering it. */
export function pieces(text: string, claims: readonly ApiClaim[]): { start: number; end: number; claims: ApiClaim[] }[] {
  const cuts = new Set([0, text.length]);
  for (const c of claims) { cuts.add(Math.max(0, Math.min(text.length, c.evidence.start))); cuts.add(Math.max(0, Math.min(text.length, c.evidence.end))); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { start: number; end: number; claims: ApiClaim[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i], end = sorted[i + 1];
    out.push({ start, end, claims: claims.filter((c) => c.evidence.start <= start && c.evidence.end >= end) });
  }
  return out;
}

export async function renderDocument(main: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const [names, d] = await Promise.all([countryMap(), getJson<DocResponse>(`/api/documents/${id}`)]);
  const text = d.document.text;
  const marks = new Map<number, HTMLElement>();
  const body = h('div', { class: 'doc-text', tabindex: '0', 'aria-label': 'Document text with highlighted evidence' });
  for (const p of pieces(text, d.claims)) {
    const chunk = text.slice(p.start, p.end);
    if (!p.claims.length) { body.append(document.createTextNode(chunk)); continue; }
    const first = p.claims[0];
    const mark = h('mark', {
      class: `type-${first.fact.type}${p.claims.some((c) => c.hedged) ? ' hedged' : ''}${p.claims.some((c) => c.context.attribution) ? ' attributed' : ''}`,
      'data-start': p.start, 'data-claims': p.claims.map((c) => c.id).join(' '), title: p.claims.map((c) => factLabel(c.fact, names)).join('; '),
    });
    mark.textContent = chunk;
    body.append(mark);
    for (const c of p.claims) if (!marks.has(c.id)) marks.set(c.id, mark);
  }
  const focus = (start: number, end: number) => {
    for (const el of body.querySelectorAll('mark.current')) el.classList.remove('current');
    const hit = [...body.querySelectorAll<HTMLElement>('mark')].filter((m) => Number(m.dataset.start) >= start && Number(m.dataset.start) < end);
    for (const m of hit) m.classList.add('current');
    hit[0]?.scrollIntoView({ block: 'center' });
    hit[0]?.setAttribute('tabindex', '-1');
    hit[0]?.focus({ preventScroll: true });
  };
  const list = h('ol', { class: 'claims', 'aria-label': 'Facts in this document' }, ...d.claims.map((c) => h('li', {},
    h('button', { type: 'button', class: `claim type-${c.fact.type}`, 'data-claim': c.id, onclick: () => focus(c.evidence.start, c.evidence.end) },
      h('span', { class: 'type' }, c.fact.type), ' ', factLabel(c.fact, names)),
    c.hedged ? h('span', { class: 'badge hedged-badge' }, `hedged: ${c.context.hedges.join(', ')}`) : null,
    c.context.attribution ? h('span', { class: 'badge' }, `attributed to ${c.context.attribution.source}`) : null)));
  const legend = h('p', { class: 'legend' }, ...['flow', 'victim', 'sector', 'commodity', 'actor', 'place', 'role', 'statistic'].map((t) => h('span', { class: `swatch type-${t}` }, t)),
    h('span', { class: 'swatch hedged' }, 'hedged (dashed)'));
  main.replaceChildren(
    h('h1', {}, d.document.title ?? d.document.path),
    h('p', { class: 'muted' }, `${d.document.path} · ${d.document.kind} · ${d.document.country || 'country unknown'}${d.document.year ? ` · ${d.document.year}` : ''} · ${d.claims.length} claims`),
    legend,
    h('div', { class: 'doc-layout' }, body, h('aside', { 'aria-label': 'Facts' }, h('h2', {}, 'Facts'), list)));
  const start = params.get('start');
  if (start !== null) focus(Number(start), Number(params.get('end') ?? Number(start) + 1));
  status(`Document ${d.document.id} loaded`);
}
