import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold, loadPredictions, readGoldTexts } from './load-eval-inputs.js';
import { scoreFacts, type EvalReport } from './score-facts.js';
import { collectionOf, scoreCollections } from './score-collections.js';
import { main } from '../cli/main.js';

/**
 * A small corpus, gold and predictions with the tricky cases of score_facts.py:
 * "A|B" alternatives, accents and case, a gold statistic without a year (wildcard), duplicates,
 * evidence misses, a document without prediction, a BOM, an astral character before a quote.
 */
function writeFixture(): { root: string; gold: string; pred: string } {
  const root = mkdtempSync(join(tmpdir(), 'tip-atlas-eval-'));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const one = 'Ruritania is a source country for women subjected to sex trafficking. '
    + 'Traffickers force boys to work in gold mines near Tàoudénni. '
    + 'In 2020 the government identified 42 victims. Members of the Red Hand militia recruited children.';
  put('corpus/tip/one.txt', '\ufeff' + one);
  put('corpus/fb/two.txt', 'Employers in Xanadu hold Yonderland boys in forced labor on farms.');
  put('corpus/fb/three.txt', 'Quoria is a destination country. In 2019 officials found seven victims.');
  put('corpus/hrr/four.txt', '\u{1F642} Zed is a transit country.');
  const gold = (rel: string, country: string, facts: object[]) =>
    put(`gold/${rel.replace(/^corpus\//, '').replace(/\.txt$/, '.json')}`, JSON.stringify({ doc: rel, country, facts }, null, 1));
  gold('corpus/tip/one.txt', 'XR', [
    { type: 'role', country: 'XR', role: 'origin', quote: 'Ruritania is a source country' },
    { type: 'role', country: 'XR', role: 'origin', quote: 'source country for women' },
    { type: 'victim', form: 'sex_trafficking', sex: 'female', age: 'adult', quote: 'women subjected to sex trafficking' },
    { type: 'sector', form: 'forced_labor', sector: 'mining', quote: 'work in gold mines' },
    { type: 'place', form: 'forced_labor', place: 'Taoudénni|Taoudeni', country: 'XR', quote: 'gold mines near Tàoudénni' },
    { type: 'statistic', value: 42, qualifier: 'exact', subject: 'victims', quote: 'identified 42 victims' },
    { type: 'statistic', value: 42, qualifier: 'exact', year: 2020, subject: 'victims', quote: 'In 2020 the government identified 42 victims' },
    { type: 'actor', form: 'child_soldiering', actor: 'armed_group', name: 'Red Hand|Red Hand Militia', quote: 'Red Hand militia recruited children' },
    { type: 'commodity', form: 'forced_labor', commodity: 'gold', quote: 'gold mines' },
  ]);
  gold('corpus/fb/two.txt', 'YY', [
    { type: 'flow', form: 'forced_labor', from: 'YY', to: 'XA', quote: 'hold Yonderland boys in forced labor' },
    { type: 'victim', form: 'forced_labor', sex: 'male', age: 'child', quote: 'Yonderland boys in forced labor' },
  ]);
  gold('corpus/fb/three.txt', 'QQ', [
    { type: 'role', country: 'QQ', role: 'destination', quote: 'Quoria is a destination country' },
    { type: 'statistic', value: 7, qualifier: 'exact', year: 2019, subject: 'victims', quote: 'found seven victims' },
  ]);
  gold('corpus/hrr/four.txt', 'ZD', [{ type: 'role', country: 'ZD', role: 'transit', quote: 'Zed is a transit country' }]);
  const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const lines = [
    { doc: 'corpus/tip/one.txt', country: 'xr', facts: [
      { type: 'role', country: 'XR', role: 'origin', evidence: at(one, 'for women') },
      { type: 'role', country: 'xr', role: 'ORIGIN', evidence: at(one, 'for women') }, // same key: ignored
      { type: 'victim', form: 'sex_trafficking', sex: 'female', age: 'adult', evidence: { start: 0, end: 5 } }, // evidence miss
      { type: 'place', form: 'forced_labor', place: 'TAOUDENI', country: 'XR', evidence: at(one, 'Tàoudénni') },
      { type: 'place', form: 'forced_labor', place: 'Taoudenni', country: 'XR', evidence: at(one, 'Tàoudénni') }, // duplicate of a found unit
      { type: 'statistic', value: 42, qualifier: 'exact', year: 2019, subject: 'v', evidence: at(one, '42 victims') }, // wildcard unit
      { type: 'statistic', value: 42.0, qualifier: 'exact', year: 2020, subject: 'v' }, // exact unit, no evidence
      { type: 'statistic', value: 42, qualifier: 'exact', year: 2018, subject: 'v', evidence: at(one, '42') }, // duplicate through wildcard
      { type: 'actor', form: 'child_soldiering', actor: 'armed_group', name: 'Red Hand Militia', evidence: at(one, 'Red Hand') },
      { type: 'sector', form: 'forced_labor', sector: 'agriculture', evidence: at(one, 'boys') }, // spurious
      { type: 'flow', form: 'sex_trafficking', from: 'XR', to: 'YY', evidence: at(one, 'women') }, // spurious
      { type: 'bogus', evidence: { start: 0, end: 1 } }, // not a fact type: ignored
    ] },
    { doc: join(root, 'corpus/fb/two.txt'), country: 'ZZ', facts: [ // absolute path; wrong country
      { type: 'flow', form: 'forced_labor', from: 'yy', to: 'xa', evidence: { start: 13, end: 40 } },
      { type: 'victim', form: 'forced_labor', sex: 'male', age: 'adult', evidence: { start: 13, end: 40 } }, // spurious
    ] },
    // four: UTF-16 evidence 26..28 overlaps the quote (3..27), but score_facts.py locates quotes in code points (2..26)
    { doc: 'corpus/hrr/four.txt', country: 'ZD', facts: [{ type: 'role', country: 'ZD', role: 'transit', evidence: { start: 26, end: 28 } }] },
    { doc: 'corpus/tip/not-in-gold.txt', country: 'XX', facts: [{ type: 'role', country: 'XX', role: 'origin', evidence: { start: 0, end: 1 } }] },
  ];
  put('pred.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return { root, gold: join(root, 'gold'), pred: join(root, 'pred.jsonl') };
}

async function score(fx: { root: string; gold: string; pred: string }): Promise<EvalReport> {
  const gold = await loadGold(fx.gold);
  return scoreFacts({
    gold: gold.map((g) => g.gold),
    predicted: await loadPredictions(fx.pred, fx.root, fx.root),
    texts: await readGoldTexts(fx.root, gold),
  });
}

const here = dirname(fileURLToPath(import.meta.url));
const PY_SCORER = [join(here, '../../../shared/tools/score_facts.py'), '/work/shared/tools/score_facts.py'].find((p) => existsSync(p));
const hasPython = spawnSync('python3', ['--version']).status === 0;

test('scoreFacts gives the hand-computed figures on the tricky fixture', async () => {
  const fx = writeFixture();
  try {
    const r = await score(fx);
    assert.equal(r.docs, 4);
    assert.equal(r.country_acc, 0.5);
    assert.equal(r.evidence_acc, 5 / 8);
    const counts = Object.fromEntries(Object.entries(r.types).map(([t, s]) => [t, [s.tp, s.fp, s.fn]]));
    assert.deepEqual(counts, {
      flow: [1, 1, 0], victim: [1, 1, 1], sector: [0, 1, 1], commodity: [0, 0, 1],
      actor: [1, 0, 0], place: [1, 0, 0], role: [2, 0, 1], statistic: [2, 0, 1],
    });
    assert.deepEqual([r.micro.tp, r.micro.fp, r.micro.fn], [8, 3, 5]);
    assert.equal(r.micro.p, 8 / 11);
    assert.equal(r.micro.r, 8 / 13);
    assert.equal(r.types.flow.f1, (2 * 0.5 * 1) / 1.5);
    assert.deepEqual(r.per_doc['corpus/tip/one.txt'], {
      missed: [['sector', 'forced_labor', 'mining'], ['commodity', 'forced_labor', 'gold']],
      spurious: [['sector', 'forced_labor', 'agriculture'], ['flow', 'sex_trafficking', 'xr', 'yy']],
    });
    assert.deepEqual(r.per_doc['corpus/fb/three.txt']?.missed, [['role', 'qq', 'destination'], ['statistic', '7', '2019']]);
  } finally {
    rmSync(fx.root, { recursive: true, force: true });
  }
});

test('scoreFacts equals score_facts.py --json on the same files', { skip: !hasPython || !PY_SCORER ? 'python3 or shared/tools/score_facts.py absent' : false }, async () => {
  const fx = writeFixture();
  try {
    const py = spawnSync('python3', [PY_SCORER!, '--gold', fx.gold, '--corpus-root', fx.root, '--pred', fx.pred, '--json'], { cwd: fx.root, encoding: 'utf8' });
    assert.equal(py.status, 0, py.stderr);
    assert.deepEqual(await score(fx), JSON.parse(py.stdout));
    const table = spawnSync('python3', [PY_SCORER!, '--gold', fx.gold, '--corpus-root', fx.root, '--pred', fx.pred, '--diff'], { cwd: fx.root, encoding: 'utf8' });
    const out = await runCli(['eval', '--gold', fx.gold, '--corpus-root', fx.root, '--pred', fx.pred, '--diff'], fx.root);
    assert.equal(out.code, 0);
    // the per-collection table is ours alone; the rest is score_facts.py's output, line for line
    const ours = out.stdout.replace(/^collection .*\n(?:.+\n)*\n/m, '');
    assert.match(out.stdout, /^collection /m);
    assert.deepEqual(ours.split('\n').sort(), table.stdout.split('\n').sort());
  } finally {
    rmSync(fx.root, { recursive: true, force: true });
  }
});

async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string) => (add(s), true) }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), cwd, env: {} });
  return { code, stdout, stderr };
}

test('tip-atlas eval prints the table, JSON, and extracts when no --pred is given', async () => {
  const fx = writeFixture();
  try {
    const table = await runCli(['eval', '--gold', 'gold', '--corpus-root', '.', '--pred', 'pred.jsonl'], fx.root);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^type {12}P {6}R {5}F1 {4}tp {4}fp {4}fn$/m);
    assert.match(table.stdout, /^micro {7}0\.727 {2}0\.615 {2}0\.667 {5}8 {5}3 {5}5$/m);
    assert.match(table.stdout, /^documents 4 {2}subject-country accuracy 0\.500 {2}evidence accuracy 0\.625$/m);
    const json = await runCli(['eval', '--gold', 'gold', '--corpus-root', '.', '--pred', 'pred.jsonl', '--json'], fx.root);
    assert.equal((JSON.parse(json.stdout) as EvalReport).micro.tp, 8);
    const extracted = await runCli(['eval', '--gold', 'gold', '--corpus-root', '.', '--json'], fx.root);
    assert.equal(extracted.code, 0, extracted.stderr);
    const r = JSON.parse(extracted.stdout) as EvalReport;
    assert.equal(r.docs, 4);
    assert.equal(r.micro.tp + r.micro.fn, 13, 'every gold unit is found or missed');
    const usage = await runCli(['eval', '--gold', 'gold'], fx.root);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--corpus-root/);
  } finally {
    rmSync(fx.root, { recursive: true, force: true });
  }
});

test('collectionOf: the declared collection prefix under corpus/, else the first folder', () => {
  assert.equal(collectionOf('corpus/tip-web/2020-x.txt'), 'tip-web');
  assert.equal(collectionOf('corpus/tip/2021-mali.txt'), 'tip');
  assert.equal(collectionOf('corpus/factbook/2022/x.txt'), 'factbook/2022');
  assert.equal(collectionOf('../shared/corpus/hrr/2017/niger.txt'), 'hrr');
  assert.equal(collectionOf('corpus/ngo/2024/a.txt'), 'ngo');
  assert.equal(collectionOf('corpus/a.txt'), '(root)');
});

test('scoreCollections scores each collection apart, and the parts add up to the whole', async () => {
  const fx = writeFixture();
  try {
    const whole = await score(fx);
    const gold = await loadGold(fx.gold);
    const input = { gold: gold.map((g) => g.gold), predicted: await loadPredictions(fx.pred, fx.root, fx.root), texts: await readGoldTexts(fx.root, gold) };
    const parts = scoreCollections(input);
    assert.deepEqual([...parts.keys()].sort(), ['fb', 'hrr', 'tip']);
    assert.equal(parts.get('fb')?.docs, 2);
    const sum = (k: 'tp' | 'fp' | 'fn') => [...parts.values()].reduce((n, r) => n + r.micro[k], 0);
    assert.deepEqual([sum('tp'), sum('fp'), sum('fn')], [whole.micro.tp, whole.micro.fp, whole.micro.fn]);
    const cli = await runCli(['eval', '--gold', 'gold', '--corpus-root', '.', '--pred', 'pred.jsonl', '--json'], fx.root);
    const json = JSON.parse(cli.stdout) as { collections: Record<string, { docs: number; micro: { tp: number } }> };
    assert.equal(json.collections.tip?.micro.tp, parts.get('tip')?.micro.tp);
    const table = await runCli(['eval', '--gold', 'gold', '--corpus-root', '.', '--pred', 'pred.jsonl'], fx.root);
    assert.match(table.stdout, /^fb +2 +0\.500 +0\.250 +0\.333 /m);
  } finally {
    rmSync(fx.root, { recursive: true, force: true });
  }
});
