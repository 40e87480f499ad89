import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { collectInputs } from './collect-inputs.js';
import { note } from '../ingest/testing/reliability-note.js';
import { tempDir, runAsNobody, sourcePath, type TempDir } from './test-files.js';

let dir: TempDir;
before(async () => { dir = await tempDir(); });
after(async () => { await dir.remove(); });

const TEXT = 'The government identified 12 victims.';

test('folders are walked recursively, report extensions only, in sorted path order', async () => {
  const root = dir.file('corpus');
  for (const name of ['b/2021.txt', 'a/z.HTML', 'a/y.pdf', 'a/notes.csv', 'c.md', 'image.png', '.hidden/x.txt', 'a b/é t.htm']) await dir.write(`corpus/${name}`, TEXT);
  const { files, problems } = await collectInputs([root]);
  assert.deepEqual(problems, []);
  assert.deepEqual(files, ['a b/é t.htm', 'a/y.pdf', 'a/z.HTML', 'b/2021.txt', 'c.md'].map((f) => `${root}/${f}`));
});

test('files named directly are kept whatever their extension; duplicates appear once', async () => {
  const csv = await dir.write('direct/table.csv', TEXT);
  const txt = await dir.write('direct/one.txt', TEXT);
  const { files, problems } = await collectInputs([csv, txt, dir.file('direct'), txt]);
  assert.deepEqual(problems, []);
  assert.deepEqual(files, [csv, txt]);
});

test('symbolic link loops end, and each real folder is walked once', async () => {
  const root = dir.file('loops');
  await dir.write('loops/inner/report.txt', TEXT);
  await symlink(root, `${root}/inner/back-to-root`);
  await symlink(`${root}/inner`, `${root}/inner-again`);
  await symlink(`${root}/self-loop`, `${root}/self-loop`);
  const { files, problems } = await collectInputs([root]);
  assert.deepEqual(files, [`${root}/inner/report.txt`]);
  assert.deepEqual(problems.map((p) => [p.path, p.ruleId]), [[`${root}/self-loop`, 'input:broken-link']]);
});

test('missing paths and folders without reports are problems naming them', async () => {
  const empty = dir.file('empty-folder');
  await mkdir(empty);
  await dir.write('no-reports/data.json', '{}');
  const { files, problems } = await collectInputs([dir.file('missing.txt'), empty, dir.file('no-reports')]);
  assert.deepEqual(files, []);
  assert.deepEqual(problems.map((p) => [p.path, p.ruleId]), [
    [dir.file('missing.txt'), 'input:missing'],
    [empty, 'input:no-reports'],
    [dir.file('no-reports'), 'input:no-reports'],
  ]);
  assert.match(problems[1].reason, /folder holds no reports/);
});

test('unreadable folders and files are problems, not exceptions', async (t) => {
  const root = dir.file('perm');
  await dir.write('perm/ok.txt', TEXT);
  await dir.write('perm/locked-file.txt', TEXT);
  await dir.write('perm/locked-folder/x.txt', TEXT);
  await chmod(`${root}/locked-file.txt`, 0o000);
  await chmod(`${root}/locked-folder`, 0o000);
  if (process.getuid?.() !== 0) {
    const { files, problems } = await collectInputs([root]);
    assert.deepEqual(files, [`${root}/ok.txt`]);
    assert.deepEqual(problems.map((p) => p.ruleId).sort(), ['input:permission', 'input:permission']);
    return;
  }
  await chmod(dir.path, 0o755);
  await chmod(root, 0o755);
  const out = runAsNobody(`const { collectInputs } = await import(${JSON.stringify(sourcePath('src/read/collect-inputs.ts'))});
console.log(JSON.stringify(await collectInputs([${JSON.stringify(root)}])));`);
  if (out === undefined) return t.skip('running as root and cannot switch to the user nobody here');
  const { files, problems } = JSON.parse(out) as { files: string[]; problems: { path: string; ruleId: string }[] };
  assert.deepEqual(files, [`${root}/ok.txt`]);
  assert.deepEqual(problems.map((p) => [p.path, p.ruleId]).sort(), [
    [`${root}/locked-file.txt`, 'input:permission'],
    [`${root}/locked-folder`, 'input:permission'],
  ]);
});

test('a pipe named like a report inside a folder is a problem naming it, not skipped in silence', async (t) => {
  await dir.write('pipes/ok.txt', TEXT);
  const fifo = dir.file('pipes/stream.txt');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    t.skip('mkfifo is not available here');
    return;
  }
  const { files, problems } = await collectInputs([dir.file('pipes')]);
  assert.deepEqual(files, [dir.file('pipes/ok.txt')]);
  assert.deepEqual(problems.map((p) => [p.path, p.ruleId]), [[fifo, 'input:not-file']]);
  assert.match(problems[0].reason, /not a file or folder/);
  note(t, { fault: 'pipe named like a report inside a folder', cases: 1, outcome: 'a problem naming it (input:not-file); the folder\'s reports still read' });
});

test('project files (README, LICENSE, PROVENANCE, CHANGELOG…) in folders and --exclude globs are skipped and listed', async () => {
  const root = dir.file('project');
  for (const name of ['README.md', 'LICENSE', 'LICENSE.txt', 'PROVENANCE.md', 'changelog.md', 'docs/CONTRIBUTING.md', 'NOTICE.txt', 'SOURCES.md',
    'tip/2021-mali.txt', 'tip/readme-mali.txt', 'drafts/2021-niger.txt', 'tip/2020-mali-old.txt']) await dir.write(`project/${name}`, TEXT);
  const { files, problems, skipped } = await collectInputs([root], { exclude: ['drafts/**', '*-old.txt'] });
  assert.deepEqual(problems, []);
  assert.deepEqual(files, [`${root}/tip/2021-mali.txt`, `${root}/tip/readme-mali.txt`]);
  assert.deepEqual(skipped.map((s) => [s.path.slice(root.length + 1), s.ruleId]), [
    ['PROVENANCE.md', 'input:project-file'], ['README.md', 'input:project-file'], ['SOURCES.md', 'input:project-file'], ['NOTICE.txt', 'input:project-file'],
    ['LICENSE.txt', 'input:project-file'], ['changelog.md', 'input:project-file'], ['docs/CONTRIBUTING.md', 'input:project-file'],
    ['drafts/2021-niger.txt', 'input:excluded'], ['tip/2020-mali-old.txt', 'input:excluded'],
  ].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  assert.match(skipped.find((s) => s.path.endsWith('PROVENANCE.md'))!.reason, /named like a project file/);
  assert.match(skipped.find((s) => s.path.endsWith('-old.txt'))!.reason, /--exclude '\*-old\.txt'/);
  const direct = await collectInputs([`${root}/README.md`]);
  assert.deepEqual([direct.files, direct.skipped], [[`${root}/README.md`], []]);
});
