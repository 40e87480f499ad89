/** Document list and the paste/upload box. */
import { getJson, HttpError, type DocumentSummary } from './api';
import { h, section, status } from './dom';

export async function renderDocuments(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const r = await getJson<{ total: number; items: DocumentSummary[] }>('/api/documents', { limit: 100, offset });
  main.replaceChildren(h('h1', {}, 'Documents'),
    h('table', {}, h('caption', {}, `${r.total} documents`),
      h('thead', {}, h('tr', {}, ...['Document', 'Country', 'Year', 'Kind', 'Claims'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...r.items.map((d) => h('tr', {}, h('td', {}, h('a', { href: `#/doc/${d.id}` }, d.title ?? d.path)), h('td', {}, d.country), h('td', {}, String(d.year ?? '')), h('td', {}, d.kind), h('td', {}, String(d.claimCount)))))),
    r.total > offset + 100 ? h('a', { href: `#/documents?offset=${offset + 100}` }, 'next →') : '');
  status(`${r.total} documents`);
}

export function renderAdd(main: HTMLElement): void {
  const text = h('textarea', { id: 'paste', rows: 12, 'aria-describedby': 'add-help' });
  const file = h('input', { type: 'file', id: 'file', accept: '.txt,.html,.htm,.pdf,text/plain,text/html,application/pdf' });
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off' });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'add' },
    h('p', { id: 'add-help' }, 'Paste a report or choose a file (text, HTML or PDF, 5 MB at most). It is read and its facts extracted at once. The server must run with --allow-upload.'),
    h('label', { for: 'paste' }, 'Report text'), text,
    h('label', { for: 'file' }, 'or a file'), file,
    h('label', { for: 'token' }, 'Token (when the server asks for one)'), token,
    h('button', { type: 'submit' }, 'Add report'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = file.files?.[0];
    const headers: Record<string, string> = {};
    if (token.value) headers.Authorization = `Bearer ${token.value}`;
    let body: BodyInit;
    let url = '/api/documents';
    if (f) { body = f; headers['Content-Type'] = f.type || 'application/octet-stream'; url += `?name=${encodeURIComponent(f.name)}`; }
    else { body = JSON.stringify({ text: text.value, name: 'pasted-report.txt' }); headers['Content-Type'] = 'application/json'; }
    status('Sending…');
    try {
      const res = await fetch(url, { method: 'POST', headers, body });
      const json = (await res.json()) as { detail?: string; documents?: { id: number; title?: string; path: string }[]; claims?: number };
      if (!res.ok) throw new HttpError(res.status, json.detail ?? res.statusText);
      result.replaceChildren(section('Added', h('p', {}, `${json.claims ?? 0} claims extracted.`),
        h('ul', {}, ...(json.documents ?? []).map((d) => h('li', {}, h('a', { href: `#/doc/${d.id}` }, d.title ?? d.path))))));
      status('Report added');
    } catch (err) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
      status('Report not added');
    }
  });
  main.replaceChildren(h('h1', {}, 'Add a report'), form, result);
}
