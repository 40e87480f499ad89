import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { main } from '../main.js';
import { buildTestPdf } from '../../read/test-pdf.js';
import { tempDir, type TempDir } from '../../read/test-files.js';

let dir: TempDir;
before(async () => { dir = await tempDir(); });
after(async () => { await dir.remove(); });

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  const code = await main(['text', ...argv], {
    stdout: sink((s) => { stdout += s; }),
    stderr: sink((s) => { stderr += s; }),
    cwd: dir.path,
    env: {},
  });
  return { code, stdout, stderr };
}

test('tip-atlas text prints the text exactly as read, nothing added', async () => {
  const body = 'Tier 3\r\n\r\nThe government did not convict any traffickers.';
  const path = await dir.write('r.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
  const r = await run(path);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, body);
  assert.equal(r.stderr, '');
});

test('tip-atlas text --json and --pages on a PDF', async () => {
  const path = await dir.write('r.pdf', buildTestPdf({ pages: [['Page one line.'], ['Page two line.']], title: 'A title' }));
  const j = await run(path, '--json');
  assert.equal(j.code, 0);
  const out = JSON.parse(j.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(out), ['path', 'reader', 'title', 'bytes', 'pages', 'messages', 'text']);
  assert.equal(out.text, 'Page one line.\n\nPage two line.');
  assert.equal(out.title, 'A title');
  assert.deepEqual(out.pages, [{ page: 1, start: 0, end: 14 }, { page: 2, start: 16, end: 30 }]);
  const p = await run(path, '--pages');
  assert.equal(p.stdout, '1\t0\t14\n2\t16\t30\n');
});

test('tip-atlas text: a refused file exits 1 naming it; usage errors exit 2', async () => {
  const empty = await dir.write('empty.txt', '');
  const r = await run(empty);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /empty\.txt: file is empty, not a text report \[read:empty\]/);
  const big = await dir.write('big.txt', 'x'.repeat(2 * 1024 * 1024));
  assert.match((await run(big, '--max-mb', '1')).stderr, /file is 2\.0 MB, larger than the 1 MB limit/);
  assert.equal((await run()).code, 2);
  assert.equal((await run(big, '--max-mb', 'lots')).code, 2);
  assert.equal((await run(big, '--json', '--pages')).code, 2);
});
