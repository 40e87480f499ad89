import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runBinary } from './testing/run-binary.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const START = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts.start;

test('README: the eval example works from a fresh clone (no path outside the project) through the real binary', () => {
  const line = README.split('\n').find((l) => /^npx tip-atlas eval /.test(l));
  assert.ok(line, 'expected an `npx tip-atlas eval …` line in the README');
  const args = line.replace(/#.*$/, '').trim().split(/\s+/).slice(2);
  assert.deepEqual(args.filter((a) => a.startsWith('../') || a.startsWith('/')), [], `the example names paths outside the project: ${line}`);
  const r = runBinary(args);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /micro F1 \d\.\d{3}/);
});

test('README: how to change the port, and that npm ci may compile better-sqlite3 for minutes', () => {
  assert.match(README, /npm start -- --port \d+/);
  assert.match(START, /\bserve\b[^&|;]*$/, 'npm start must end with the serve command for `-- --port N` to reach it');
  assert.match(README, /better-sqlite3[^.]*compil[^.]*minutes|compil[^.]*better-sqlite3[^.]*minutes/);
});
