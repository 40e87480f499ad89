/**
 * Speed of the gazetteers on the HRR corpus (../shared/corpus/hrr, about 6 MB).
 *   node --import tsx scripts/bench-gazetteer.ts [folder]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/gazetteer/gazetteer.js';

const root = process.argv[2] ?? new URL('../../shared/corpus/hrr', import.meta.url).pathname;
if (!existsSync(root)) {
  console.log(`bench-gazetteer: ${root} not found, skipped`);
  process.exit(0);
}
const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md|html?)$/.test(name)) files.push(p);
  }
};
walk(root);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

let t = performance.now();
const g = loadGazetteer();
const loadMs = performance.now() - t;

const time = (label: string, run: (text: string) => number): void => {
  for (const text of texts.slice(0, 50)) run(text); // warm up
  let found = 0;
  const best: number[] = [];
  for (let round = 0; round < 3; round++) {
    t = performance.now();
    found = 0;
    for (const text of texts) found += run(text);
    best.push(performance.now() - t);
  }
  const ms = Math.min(...best);
  console.log(`${label}: ${(mb / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms for ${mb.toFixed(2)} MB, ${found} mentions)`);
};

console.log(`gazetteer: ${files.length} files, ${mb.toFixed(2)} MB; countries loaded in ${loadMs.toFixed(0)} ms`);
time('findAreas', (text) => g.findAreas(text).length);
t = performance.now();
g.findPlaces('in Bamako');
console.log(`places loaded in ${(performance.now() - t).toFixed(0)} ms`);
time('findPlaces', (text) => g.findPlaces(text).length);
