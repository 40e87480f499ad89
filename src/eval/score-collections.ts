import { scoreFacts, type EvalReport, type ScoreInput } from './score-facts.js';

/**
 * Collections that are scored apart, as `corpus/…` path prefixes: a kind of text (and, for the Factbook,
 * an edition, whose profiles are written differently). A document under none of them falls in the
 * collection of its first folder under `corpus/`.
 */
export const EVAL_COLLECTIONS: readonly string[] = ['tip', 'tip-web', 'factbook/2014', 'factbook/2015', 'factbook/2022', 'hrr', 'news'];

/** The collection a gold `doc` ("corpus/tip-web/2020-burma.txt") belongs to: its longest declared prefix, else its first folder. */
export function collectionOf(doc: string): string {
  const path = doc.replace(/\\/g, '/').replace(/^(?:\.\/)?(?:.*\/)?corpus\//, '');
  let best = '';
  for (const c of EVAL_COLLECTIONS) if ((path.startsWith(c + '/')) && c.length > best.length) best = c;
  if (best !== '') return best;
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : '(root)';
}

/** The report of each collection, scored on its documents alone; collections in first-seen order. */
export function scoreCollections(input: ScoreInput): ReadonlyMap<string, EvalReport> {
  const byCollection = new Map<string, ScoreInput['gold'][number][]>();
  for (const g of input.gold) {
    const c = collectionOf(g.doc);
    const list = byCollection.get(c) ?? [];
    list.push(g);
    byCollection.set(c, list);
  }
  return new Map([...byCollection].map(([c, gold]) => [c, scoreFacts({ ...input, gold })]));
}
