/**
 * `npm run reliability [-- --load] [-- --out FILE]`: runs the hardening tests (bad inputs, fuzzing, faults,
 * slow clients, security) with node's test runner, and writes RELIABILITY.md: one row per kind of fault or
 * bad input, with the cases tried and the outcome, from the run itself.
 *
 * Rows come from `reliability {json}` diagnostics that tests print (src/ingest/testing/reliability-note.ts),
 * joined with the test's pass, failure or todo; tests that print none are mapped by name below. `--load`
 * also runs scripts/bench-load.ts (64 connections for TIP_ATLAS_LOAD_SECONDS, default 60 s) and adds its
 * figures. Set TIP_ATLAS_TEST_PG for the PostgreSQL rows. Exit status 1 when a test failed.
 * `--only SUBSTRING --out FILE` (repeatable --only) runs only the test files whose path holds one of them,
 * into FILE: the rows of a few files without the whole run (RELIABILITY.md is always the whole run).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from 'node:test';

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOTE_PREFIX = 'reliability ';

/** The test files of the run, in order. */
const FILES = [
  'src/read/read-document.test.ts', 'src/read/collect-inputs.test.ts', 'src/read/pdf-to-text.test.ts', 'src/read/html-to-text.test.ts',
  'src/ingest/bad-inputs.test.ts', 'src/read/fuzz.test.ts', 'src/extract/property.test.ts', 'src/ingest/fault.test.ts',
  'src/serve/slow-client.test.ts', 'src/serve/api.test.ts', 'src/serve/security.test.ts', 'src/serve/pdf-upload.test.ts', 'src/serve/web.e2e.test.ts', 'src/export/export.test.ts', 'src/serve/export-load.test.ts',
  'src/store/postgres/dropped-connection.test.ts',
];

interface Row {
  readonly fault: string;
  readonly cases: number;
  readonly outcome: string;
}

/** Tests that print no notes: their rows, by test name. */
const BY_NAME: readonly (readonly [RegExp, readonly Row[]])[] = [
  [/^binary files are refused/, [{ fault: 'binary file', cases: 3, outcome: 'refused: "binary file, not a text report" (or UTF-16 without a BOM), file named' }]],
  [/^empty and whitespace-only files/, [{ fault: 'empty file', cases: 3, outcome: 'refused (read:empty), file named' }]],
  [/^a 200 MB sparse file is refused/, [{ fault: '200 MB file', cases: 1, outcome: 'refused from its size before reading ("200.0 MB, larger than the 64 MB limit")' }]],
  [/^UTF-16LE and UTF-16BE with BOM/, [{ fault: 'text encoding', cases: 2, outcome: 'UTF-16 with a BOM decoded' }]],
  [/^Latin-1 bytes/, [{ fault: 'text encoding', cases: 1, outcome: 'decoded as windows-1252 with a non-fatal note' }]],
  [/^a 5 MB single line is read whole/, [{ fault: '5 MB single line', cases: 1, outcome: 'read whole' }]],
  [/^missing files, folders and bad links/, [{ fault: 'symbolic link loop', cases: 1, outcome: 'refused: symbolic link loop' }, { fault: 'missing file', cases: 2, outcome: 'refused: no such file / is a folder' }]],
  [/^paths with spaces and non-ASCII names work/, [{ fault: 'path with spaces and non-ASCII', cases: 1, outcome: 'read' }]],
  [/^an unreadable file is a read:permission error/, [{ fault: 'unreadable permissions', cases: 1, outcome: 'refused: permission denied' }]],
  [/^symbolic link loops end/, [{ fault: 'symbolic link loop', cases: 3, outcome: 'folder walks end; each real folder walked once; a self-link reported' }]],
  [/^unreadable folders and files are problems/, [{ fault: 'unreadable permissions', cases: 2, outcome: 'folder and file reported, the rest listed' }]],
  [/^a PDF without any text layer asks for OCR/, [{ fault: 'PDF without a text layer', cases: 1, outcome: 'refused: "no text layer, OCR it first"' }]],
  [/^encrypted, truncated and garbage PDFs/, [
    { fault: 'encrypted PDF', cases: 1, outcome: 'refused: encrypted PDF' },
    { fault: 'truncated PDF', cases: 2, outcome: 'refused: truncated PDF' },
    { fault: 'corrupt PDF', cases: 2, outcome: 'refused: corrupt PDF / no %PDF- header' },
  ]],
  [/^broken markup does not crash/, [{ fault: 'HTML with broken markup', cases: 2, outcome: 'text kept, no crash' }]],
  [/^deeply nested markup/, [{ fault: 'deeply nested HTML', cases: 3, outcome: 'read in linear time (5,000 levels; 300,000 unclosed tags)' }]],
  [/^scripts, styles, noscript, template and head are dropped/, [{ fault: 'HTML with huge inline scripts', cases: 1, outcome: 'scripts and styles dropped from the text' }]],
  [/^random strings never make extraction throw/, [{ fault: 'fuzz: extraction on random text', cases: 200, outcome: 'no exception; spans valid' }]],
  [/^report-like word salads/, [{ fault: 'fuzz: extraction on random text', cases: 200, outcome: 'no exception; spans valid' }]],
  [/^random bytes decoded as latin1/, [{ fault: 'fuzz: extraction on random text', cases: 200, outcome: 'no exception; spans valid' }]],
  [/^a 1 MB report-like input is handled/, [{ fault: 'fuzz: extraction on random text', cases: 2, outcome: '1 MB inputs handled' }]],
  [/^every bad parameter is a 400/, [{ fault: 'oversized requests (body, headers, URL, query)', cases: 15, outcome: 'bad parameters 400 with {error, detail}; long URL 414' }]],
  [/^security headers on API and app; static handler/, [{ fault: 'path traversal on the static handler', cases: 11, outcome: '400 or inside the app folder; nothing outside served' }]],
  [/^uploads: off by default/, [{ fault: 'writes without permission', cases: 6, outcome: '403 off, 401 bad token, 413/415/422 bad bodies, 201 with the token' }]],
  [/^web app in Chromium/, [
    { fault: 'document text with HTML and script', cases: 1, outcome: 'shown as text in Chromium; no script ran, no dialog, no external request' },
    { fault: 'cross-origin writes (no-cors fetch, text/plain form, Origin null, Sec-Fetch-Site)', cases: 3, outcome: "in Chromium, a page on another origin posting with a no-cors fetch and a text/plain form stored nothing (403); the app's own add page stored its report" },
  ]],
];

/** Sections of the table, each with the kinds it holds (matched in this order: the first match wins). */
const SECTIONS: readonly (readonly [string, RegExp])[] = [
  ['Fuzzing', /^fuzz|long single clause|long word|single line, dense/i],
  ['Faults', /SIGKILL|ingests at once/i],
  ['Server under load and slow clients', /^slow clients|^oversized|^load/i],
  ['Security', /token|writes without|HTML and script|paths in document|traversal|cross-origin|DNS rebinding|formula|control characters|absolute server paths/i],
  ['Bad inputs', /./],
];
/** The order the sections are printed in. */
const SECTION_ORDER = ['Bad inputs', 'Fuzzing', 'Faults', 'Server under load and slow clients', 'Security'];

interface TestResult {
  readonly file: string;
  readonly name: string;
  readonly state: 'passed' | 'failed' | 'todo' | 'skipped';
  readonly reason?: string;
}

interface Collected {
  readonly rows: Map<string, { cases: number; outcomes: Set<string>; tests: Set<string>; states: Set<TestResult['state']> }>;
  readonly results: TestResult[];
}

function add(c: Collected, test: TestResult, row: Row): void {
  const r = c.rows.get(row.fault) ?? { cases: 0, outcomes: new Set<string>(), tests: new Set<string>(), states: new Set<TestResult['state']>() };
  r.states.add(test.state);
  r.tests.add(relative(PROJECT, test.file));
  if (test.state === 'skipped') {
    r.outcomes.add(`skipped: ${test.reason ?? 'not run here'}`);
  } else {
    r.cases += row.cases;
    r.outcomes.add(test.state === 'failed' ? `FAILED (${test.name})` : test.state === 'todo' ? `known failure (${test.reason ?? 'todo'}): ${row.outcome}` : row.outcome);
  }
  c.rows.set(row.fault, r);
}

async function runTests(files: readonly string[]): Promise<Collected> {
  const c: Collected = { rows: new Map(), results: [] };
  const notes: { file: string; test: string; row: Row }[] = [];
  const stream = run({ files: files.map((f) => join(PROJECT, f)), concurrency: 1 });
  stream.on('test:diagnostic', (d) => {
    if (!d.message.startsWith(NOTE_PREFIX) || !d.file) return;
    const n = JSON.parse(d.message.slice(NOTE_PREFIX.length)) as Row & { test: string };
    notes.push({ file: d.file, test: n.test, row: { fault: n.fault, cases: n.cases, outcome: n.outcome } });
  });
  const done = (state: 'passed' | 'failed') => (d: { name: string; file?: string; todo?: string | boolean; skip?: string | boolean; details: { error?: unknown } }) => {
    if (!d.file) return;
    const s: TestResult['state'] = d.skip !== undefined && d.skip !== false ? 'skipped' : d.todo !== undefined && d.todo !== false ? 'todo' : state;
    const reason = s === 'skipped' ? d.skip : s === 'todo' ? d.todo : undefined;
    c.results.push({ file: d.file, name: d.name, state: s, ...(typeof reason === 'string' ? { reason } : {}) });
    process.stderr.write(`${s.padEnd(7)} ${relative(PROJECT, d.file)}: ${d.name}\n`);
    if (state === 'failed' && s === 'failed') process.stderr.write(`        ${String((d.details.error as Error | undefined)?.message ?? d.details.error).split('\n').slice(0, 6).join('\n        ')}\n`);
  };
  stream.on('test:pass', done('passed'));
  stream.on('test:fail', done('failed'));
  for await (const _ of stream); // drain
  for (const result of c.results) {
    const own = notes.filter((n) => n.file === result.file && n.test === result.name);
    const named = BY_NAME.filter(([re]) => re.test(result.name)).flatMap(([, rows]) => rows);
    if (own.length) for (const n of own) add(c, result, n.row);
    else if (named.length) for (const row of named) add(c, result, row);
    else if (result.state === 'failed') add(c, result, { fault: `${relative(PROJECT, result.file)}: ${result.name}`, cases: 0, outcome: '' });
  }
  return c;
}

async function loadRows(): Promise<readonly Row[]> {
  const { benchLoad } = await import('./bench-load.js');
  const shared = join(PROJECT, '..', 'shared', 'corpus', 'hrr');
  const corpus = existsSync(shared) ? shared : join(PROJECT, 'examples');
  const lines: string[] = [];
  const f = await benchLoad(corpus, { log: (l) => { lines.push(l.trim()); process.stderr.write(`${l}\n`); } });
  const seconds = Number(process.env.TIP_ATLAS_LOAD_SECONDS ?? 60);
  const mb = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(0)}` : 'n/a');
  const store = lines[0]?.replace(/^store: /, '').replace(/ from .*/, '') ?? '';
  const { uniqueSearchRow } = await import('./bench-load.js');
  return [{
    fault: `load: 64 connections for ${seconds} s on loopback (${relative(PROJECT, corpus)}: ${store})`,
    cases: f.requests,
    outcome: `${f.errors - f.timeouts} errors, ${f.timeouts} timeouts (> 10 s), ${f.non2xx} non-2xx; p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms; server RSS ${mb(f.rssMb.start)} → ${mb(f.rssMb.middle)} → ${mb(f.rssMb.end)} MB (start, middle, end)`,
  }, ...(f.uniqueSearch ? [uniqueSearchRow(f.uniqueSearch, `${relative(PROJECT, corpus)}: ${store}`)] : [])];
}

function sectionOf(fault: string): string {
  return SECTIONS.find(([, re]) => re.test(fault))?.[0] ?? 'Bad inputs';
}

function markdown(c: Collected, load: readonly Row[] | undefined): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const counts = { passed: 0, failed: 0, todo: 0, skipped: 0 };
  for (const r of c.results) counts[r.state]++;
  const out = [
    '# Reliability',
    '',
    'What TIP Atlas was made to survive, and what happened. Regenerated from a test run by',
    '`npm run reliability` (`-- --load` adds the 60 s load run; set `TIP_ATLAS_TEST_PG` for the PostgreSQL rows);',
    'do not edit by hand. "Cases" counts the inputs, kills or connections a test tried (fuzzing: the files it',
    'generated within its time budget, so the count varies from run to run).',
    '',
    `Run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.env.TIP_ATLAS_TEST_PG ? 'SQLite and PostgreSQL' : 'SQLite only (TIP_ATLAS_TEST_PG not set)'}; ` +
      `${c.results.length} tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.todo} known failures (todo), ${counts.skipped} skipped.`,
  ];
  const rows = [...c.rows.entries()].map(([fault, r]) => ({ fault, ...r }));
  for (const l of load ?? []) rows.push({ fault: l.fault, cases: l.cases, outcomes: new Set([l.outcome]), tests: new Set(['scripts/bench-load.ts']), states: new Set(['passed' as const]) });
  for (const section of SECTION_ORDER) {
    const mine = rows.filter((r) => sectionOf(r.fault) === section);
    if (mine.length === 0) continue;
    out.push('', `## ${section}`, '', '| kind of fault or bad input | cases | outcome | tests |', '|---|---:|---|---|');
    for (const r of mine) out.push(`| ${cell(r.fault)} | ${r.cases} | ${cell([...r.outcomes].join('; '))} | ${cell([...r.tests].join(', '))} |`);
  }
  const todo = c.results.filter((r) => r.state === 'todo');
  if (todo.length) {
    out.push('', '## Known failures', '', 'Kept as todo tests until fixed (a slow document stops at the 5 s bound instead of hanging the run):', '');
    for (const r of todo) out.push(`- ${r.name} — ${r.reason ?? 'todo'} (${relative(PROJECT, r.file)})`);
  }
  if (!load) out.push('', '## Load', '', 'Not run this time: `npm run reliability -- --load` (or `npm run bench -- --only load`).');
  return `${out.join('\n')}\n`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { load: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string', multiple: true } } });
  const only = values.only ?? [];
  if (only.length && !values.out) {
    process.stderr.write('reliability: --only needs --out FILE (RELIABILITY.md is written from the whole run only)\n');
    return 2;
  }
  const files = only.length ? FILES.filter((f) => only.some((o) => f.includes(o))) : FILES;
  const collected = await runTests(files);
  const load = values.load ? await loadRows() : undefined;
  const out = values.out ?? join(PROJECT, 'RELIABILITY.md');
  writeFileSync(out, markdown(collected, load));
  process.stderr.write(`wrote ${relative(process.cwd(), out) || out}\n`);
  return collected.results.some((r) => r.state === 'failed') ? 1 : 0;
}

process.exitCode = await main();
