/** Hash router: #/ map, #/country/XX, #/doc/ID?start=&end=, #/search?q=, #/documents, #/add. */
import './style.css';
import { renderCountry } from './country-view';
import { renderAdd, renderDocuments } from './documents-view';
import { renderDocument } from './evidence-view';
import { h, status } from './dom';
import { renderMap } from './map-view';
import { renderSearch } from './search-view';

const main = document.getElementById('main') as HTMLElement;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  status('Loading…');
  main.setAttribute('aria-busy', 'true');
  try {
    let m: RegExpExecArray | null;
    if ((m = /^\/country\/([A-Za-z]{2})$/.exec(path))) await renderCountry(main, m[1].toUpperCase(), params);
    else if ((m = /^\/doc\/(\d+)$/.exec(path))) await renderDocument(main, m[1], params);
    else if (path === '/search') await renderSearch(main, params);
    else if (path === '/documents') await renderDocuments(main, params);
    else if (path === '/add') renderAdd(main);
    else await renderMap(main, params);
    document.title = `${main.querySelector('h1')?.textContent ?? 'Atlas'} · TIP Atlas`;
    if (!/^\/doc\//.test(path)) main.focus({ preventScroll: true });
  } catch (err) {
    main.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', { role: 'alert', class: 'error' }, err instanceof Error ? err.message : String(err)));
    status('Error');
  } finally {
    main.removeAttribute('aria-busy');
    document.body.dataset.ready = String(Date.now());
  }
}

window.addEventListener('hashchange', () => void route());
void route();
