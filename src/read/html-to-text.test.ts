import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.js';
import { readDocument } from './read-document.js';
import { tempDir, type TempDir } from './test-files.js';

let dir: TempDir;
before(async () => { dir = await tempDir(); });
after(async () => { await dir.remove(); });

test('blocks become lines, paragraphs blank lines, whitespace collapsed inside blocks', () => {
  const { text } = htmlToText(`<body><h1>Mali</h1>
    <p>Traffickers   exploit
       <b>boys</b> in <i>gold</i>mines.</p>
    <ul><li>one</li><li>two<br>three</li></ul>
    <table><tr><td>Tier</td><td>2</td></tr></table>
    <div>outer<div>inner</div>tail</div></body>`);
  assert.equal(text, 'Mali\n\nTraffickers exploit boys in goldmines.\n\none\ntwo\nthree\n\nTier\n2\n\nouter\ninner\ntail');
});

test('scripts, styles, noscript, template and head are dropped; the title is captured', () => {
  const r = htmlToText(`<!doctype html><html><head><meta charset="utf-8"><title>  Country
    Report &amp; Notes </title><style>p { color: red }</style><script>document.write("HIDDEN")</script></head>
    <body><script type="module">alert("HIDDEN")</script><noscript>HIDDEN</noscript><template><p>HIDDEN</p></template>
    <p>Visible<img src="x" onerror="alert('HIDDEN')" alt="HIDDEN"> text.</p><svg><title>HIDDEN</title><text>HIDDEN</text></svg></body></html>`);
  assert.equal(r.title, 'Country Report & Notes');
  assert.equal(r.text, 'Visible text.');
  assert.ok(!r.text.includes('HIDDEN'));
});

test('entities are decoded and markup in text stays text, never markup', () => {
  const r = htmlToText('<p>A &lt;script&gt; tag, caf&eacute;, &#8220;quoted&#8221;, 5&nbsp;000 &amp;c.</p>');
  assert.equal(r.text, 'A <script> tag, café, “quoted”, 5\u00a0000 &c.');
});

test('broken markup does not crash and keeps its text', () => {
  const r = htmlToText('<p>unclosed <b>bold <i>italic</p><div><<>>< / div >text after</span></td></tr></table><p attr="x>y">last');
  assert.match(r.text, /unclosed bold italic/);
  assert.match(r.text, /text after/);
  assert.match(r.text, /last$/);
  assert.equal(htmlToText('<script>never closed <p>x').text, '');
  assert.equal(htmlToText('').text, '');
});

test('deeply nested markup (5,000 levels, and 300,000 unclosed tags) is read in linear time', () => {
  const nested = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
  assert.equal(htmlToText(nested).text, 'deep text');
  const unclosed = '<div><span><b>'.repeat(100_000) + 'bottom';
  assert.equal(htmlToText(unclosed).text, 'bottom');
  const strayClosers = '<b>'.repeat(50_000) + 'x' + '</i>'.repeat(50_000);
  assert.equal(htmlToText(strayClosers).text, 'x');
});

test('pre keeps its whitespace; br breaks lines', () => {
  assert.equal(htmlToText('<p>a<br>b<br><br>c</p><pre>\n  two\n   lines</pre>').text, 'a\nb\n\nc\n\n  two\n   lines');
});

test('readDocument on .html: visible text, title, refusal when nothing is visible', async () => {
  const path = await dir.write('report.html', '\ufeff<html><head><title>TIP 2024: Examplestan</title></head><body><p>The government convicted 3 traffickers.</p></body></html>');
  const doc = await readDocument(path);
  assert.equal(doc.reader, 'html');
  assert.equal(doc.title, 'TIP 2024: Examplestan');
  assert.equal(doc.text, 'The government convicted 3 traffickers.');
  const empty = dir.file('blank.htm');
  await dir.write('blank.htm', '<html><head><title>Only a title</title><script>x()</script></head><body> </body></html>');
  await assert.rejects(readDocument(empty), (e: Error & { ruleId?: string }) => e.ruleId === 'read:empty');
});

test('readDocument on a Latin-1 .htm page: decoded as windows-1252 with a note', async () => {
  const bytes = Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(' workers</p>')]);
  const doc = await readDocument(await dir.write('latin.htm', bytes));
  assert.equal(doc.text, 'Café workers');
  assert.equal(doc.messages[0].ruleId, 'read:encoding');
  assert.equal(doc.messages[0].place, undefined);
});
