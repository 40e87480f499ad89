import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, truncate, symlink } from 'node:fs/promises';
import { readDocument, createDocumentReader } from './read-document.js';
import { DocumentError } from '../text/message.js';
import { tempDir, runAsNobody, sourcePath, type TempDir } from './test-files.js';

let dir: TempDir;
before(async () => { dir = await tempDir(); });
after(async () => { await dir.remove(); });

async function refusal(path: string, options?: { maxBytes?: number }): Promise<DocumentError> {
  try {
    await readDocument(path, options);
  } catch (error) {
    assert.ok(error instanceof DocumentError, `expected a DocumentError, got ${String(error)}`);
    assert.equal(error.path, path);
    return error;
  }
  assert.fail(`expected ${path} to be refused`);
}

const SENTENCE = 'Traffickers exploited 12 women in domestic servitude in 2023.';

test('UTF-8 with BOM and CRLF: BOM removed, CRLF kept, offsets otherwise unchanged', async () => {
  const body = `Tier 2\r\n\r\n${SENTENCE}\r\nThe government identified 40 victims.\r\n`;
  const path = await dir.write('bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
  const doc = await readDocument(path);
  assert.equal(doc.text, body);
  assert.equal(doc.reader, 'text');
  assert.equal(doc.bytes, Buffer.byteLength(body) + 3);
  assert.equal(doc.text.indexOf(SENTENCE), 10); // the BOM takes no place in the text
  assert.deepEqual(doc.pages, []);
  assert.deepEqual(doc.messages, []);
});

test('UTF-8 without BOM, LF, non-ASCII characters: the file text exactly', async () => {
  const body = 'Côte d’Ivoire — “forced labor” in cocoa; 5\u00a0000 children.\n';
  const doc = await readDocument(await dir.write('plain.md', body));
  assert.equal(doc.text, body);
});

test('UTF-16LE and UTF-16BE with BOM are decoded', async () => {
  const body = `${SENTENCE}\r\nSénégal.`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
  assert.equal((await readDocument(await dir.write('le.txt', le))).text, body);
  const be = Buffer.from(le);
  be.swap16();
  assert.equal((await readDocument(await dir.write('be.txt', be))).text, body);
});

test('Latin-1 bytes: decoded as windows-1252 with a non-fatal read:encoding message', async () => {
  const bytes = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners exploited '), 0x93, ...Buffer.from('workers'), 0x94, 0x2e]);
  const doc = await readDocument(await dir.write('latin1.txt', bytes));
  assert.equal(doc.text, 'Café owners exploited “workers”.');
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.messages[0].ruleId, 'read:encoding');
  assert.equal(doc.messages[0].fatal, false);
  assert.match(doc.messages[0].reason, /windows-1252/);
});

test('binary files are refused: NUL bytes, or many control characters', async () => {
  const nul = await refusal(await dir.write('nul.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])));
  assert.equal(nul.ruleId, 'read:binary');
  assert.match(nul.message, /binary file, not a text report/);
  const controls = await refusal(await dir.write('ctl.txt', Buffer.from([0x01, 0x02, 0x41, 0x03, 0x42, 0x1b, 0x43, 0x44])));
  assert.equal(controls.ruleId, 'read:binary');
  const utf16NoBom = await refusal(await dir.write('u16.txt', Buffer.from('Report text without a mark', 'utf16le')));
  assert.match(utf16NoBom.message, /UTF-16 without a byte-order mark/);
});

test('a few control characters are kept and noted', async () => {
  const body = `${SENTENCE}\u0007 More text follows here, long enough to be text.`;
  const doc = await readDocument(await dir.write('bell.txt', body));
  assert.equal(doc.text, body);
  assert.equal(doc.messages[0].ruleId, 'read:control');
  assert.deepEqual(doc.messages[0].place, { start: SENTENCE.length, end: SENTENCE.length + 1 });
});

test('empty and whitespace-only files are refused as read:empty', async () => {
  assert.equal((await refusal(await dir.write('empty.txt', ''))).ruleId, 'read:empty');
  assert.equal((await refusal(await dir.write('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])))).ruleId, 'read:empty');
  const ws = await refusal(await dir.write('ws.txt', ' \r\n\t\n  '));
  assert.equal(ws.ruleId, 'read:empty');
  assert.match(ws.message, /only whitespace/);
});

test('a 200 MB sparse file is refused from its size, before it is read', async () => {
  const path = await dir.write('huge.txt', '');
  await truncate(path, 200 * 1024 * 1024);
  const error = await refusal(path);
  assert.equal(error.ruleId, 'read:too-large');
  assert.equal(error.message, `${path}: file is 200.0 MB, larger than the 64 MB limit`);
});

test('maxBytes: a smaller limit refuses, a bad value is a read:options error', async () => {
  const path = await dir.write('small.txt', SENTENCE);
  const error = await refusal(path, { maxBytes: 10 });
  assert.equal(error.message, `${path}: file is ${SENTENCE.length} bytes, larger than the 10 bytes limit`);
  assert.equal((await readDocument(path, { maxBytes: SENTENCE.length })).text, SENTENCE);
  assert.equal((await refusal(path, { maxBytes: -1 })).ruleId, 'read:options');
  assert.equal((await refusal(path, { maxBytes: 1.5 })).ruleId, 'read:options');
  assert.throws(() => createDocumentReader({ maxBytes: 0 }), DocumentError);
  assert.equal((await createDocumentReader({ maxBytes: 1000 })(path)).text, SENTENCE);
});

test('a 5 MB single line is read whole', async () => {
  const line = 'Victims were exploited in forced labor. '.repeat(131_072);
  const doc = await readDocument(await dir.write('long-line.txt', line));
  assert.equal(doc.text.length, line.length);
  assert.ok(doc.text.length > 5_000_000);
  assert.equal(doc.text, line);
});

test('missing files, folders and bad links are DocumentErrors with their ruleId', async () => {
  assert.equal((await refusal(dir.file('does-not-exist.txt'))).ruleId, 'read:missing');
  assert.equal((await refusal(dir.path)).ruleId, 'read:not-file');
  const loop = dir.file('loop.txt');
  await symlink(loop, loop);
  assert.equal((await refusal(loop)).ruleId, 'read:missing');
});

test('paths with spaces and non-ASCII names work', async () => {
  const path = await dir.write('rapports annuels/Côte d’Ivoire 2024 – été.txt', SENTENCE);
  assert.equal((await readDocument(path)).text, SENTENCE);
});

test('unknown extensions are sniffed: PDF header, HTML doctype, else text', async () => {
  const html = await readDocument(await dir.write('page.asp', '<!DOCTYPE html><title>T</title><p>Visible text.</p>'));
  assert.equal(html.reader, 'html');
  assert.equal(html.text, 'Visible text.');
  const text = await readDocument(await dir.write('notes.log', SENTENCE));
  assert.equal(text.reader, 'text');
});

test('an unreadable file is a read:permission error', async (t) => {
  const path = await dir.write('locked/secret.txt', SENTENCE);
  await chmod(path, 0o000);
  if (process.getuid?.() === 0) {
    await chmod(dir.path, 0o755);
    await chmod(dir.file('locked'), 0o755);
    const out = runAsNobody(`const { readDocument } = await import(${JSON.stringify(sourcePath('src/read/read-document.ts'))});
try { await readDocument(${JSON.stringify(path)}); console.log('read'); } catch (e) { console.log(e.name + ' ' + e.ruleId); }`);
    if (out === undefined) return t.skip('running as root and cannot switch to the user nobody here');
    assert.equal(out.trim(), 'DocumentError read:permission');
  } else {
    assert.equal((await refusal(path)).ruleId, 'read:permission');
  }
});
