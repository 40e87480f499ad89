/**
 * The facts that a rule change adds and removes on a whole corpus, each with the sentence that states it.
 *
 *   tip-atlas facts ../shared/corpus --format jsonl > before.jsonl   # on the old code
 *   tip-atlas facts ../shared/corpus --format jsonl > after.jsonl    # on the new code
 *   node --import tsx scripts/corpus-diff.ts before.jsonl after.jsonl [--only TYPE] [--summary]
 *
 * Facts are compared by their scoring key (evidence aside), once per document. Read every line before
 * a rule lands: a change that is right on the gold and wrong elsewhere is a rule fitted to the gold.
 */
import { readFileSync } from 'node:fs';
import { readDocument } from '../src/read/read-document.js';
import { isFactType, SCORE_KEYS } from '../src/eval/score-document.js';

interface Line { readonly doc: string; readonly country: string; readonly facts: readonly Fact[] }
interface Fact { readonly type: string; readonly evidence: { readonly start: number; readonly end: number }; readonly [k: string]: unknown }

/** The scoring key's fields (the contract's, as the scorer reads them), evidence aside. */
const keyOf = (f: Fact): string => [f.type, ...(isFactType(f.type) ? SCORE_KEYS[f.type] : []).map((k) => String(f[k] ?? '-'))].join(' ');

function load(path: string): Map<string, Line> {
  const out = new Map<string, Line>();
  for (const row of readFileSync(path, 'utf8').split('\n')) if (row.trim() !== '') {
    const line = JSON.parse(row) as Line;
    out.set(line.doc, line);
  }
  return out;
}

function byKey(line: Line | undefined): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of line?.facts ?? []) if (!out.has(keyOf(f))) out.set(keyOf(f), f);
  return out;
}

const args = process.argv.slice(2);
const [beforePath, afterPath] = args.filter((a) => !a.startsWith('--'));
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const summary = args.includes('--summary');
if (beforePath === undefined || afterPath === undefined) {
  process.stderr.write('usage: corpus-diff.ts BEFORE.jsonl AFTER.jsonl [--only TYPE] [--summary]\n');
  process.exit(2);
}
const before = load(beforePath);
const after = load(afterPath);
const counts = new Map<string, { added: number; removed: number }>();
for (const doc of [...new Set([...before.keys(), ...after.keys()])].sort()) {
  const b = byKey(before.get(doc));
  const a = byKey(after.get(doc));
  const added = [...a.entries()].filter(([k]) => !b.has(k) && (only === undefined || k.startsWith(only + ' ')));
  const removed = [...b.entries()].filter(([k]) => !a.has(k) && (only === undefined || k.startsWith(only + ' ')));
  const subjectMoved = before.get(doc)?.country !== after.get(doc)?.country;
  for (const [k] of added) tally(k).added++;
  for (const [k] of removed) tally(k).removed++;
  if (summary || (added.length === 0 && removed.length === 0 && !subjectMoved)) continue;
  const text = (await readDocument(doc)).text;
  process.stdout.write(`\n## ${doc}${subjectMoved ? `  subject ${before.get(doc)?.country} → ${after.get(doc)?.country}` : ''}\n`);
  for (const [sign, list] of [['+', added], ['-', removed]] as const) {
    for (const [k, f] of list) process.stdout.write(`${sign} ${k}\n    ${text.slice(f.evidence.start, f.evidence.end).replace(/\s+/g, ' ').slice(0, 400)}\n`);
  }
}
function tally(key: string): { added: number; removed: number } {
  const type = key.split(' ')[0]!;
  const c = counts.get(type) ?? { added: 0, removed: 0 };
  counts.set(type, c);
  return c;
}
process.stdout.write('\n' + [...counts].map(([t, c]) => `${t}: +${c.added} -${c.removed}`).join('\n') + '\n');
