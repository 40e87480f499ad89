/**
 * A worker thread for fuzz tests: reads a file and extracts it, then checks what came out, so the
 * test thread can bound the time each document takes (and terminate the worker on a hang).
 *
 * In: { id, path }. Out: { id, outcome: 'read' | 'refused', textLength, claims, violations[] }, where
 * violations are broken invariants (an exception other than a DocumentError naming the file, a span
 * outside the text, fact and claim evidence that differ, a page range outside the text).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from '../read-document.js';
import { extractDocument } from '../../extract/extract-document.js';
import { DocumentError } from '../../text/message.js';
import { loadGazetteer } from '../../gazetteer/gazetteer.js';
import { pdfToText } from '../pdf-to-text.js';
import { htmlToText } from '../html-to-text.js';
import { Messages } from '../../text/message.js';
import { buildTestPdf } from '../test-pdf.js';

export interface FuzzRequest {
  readonly id: number;
  readonly path: string;
}

export interface FuzzReply {
  readonly id: number;
  readonly outcome: 'read' | 'refused';
  readonly textLength: number;
  readonly claims: number;
  readonly violations: readonly string[];
}

const gazetteer = loadGazetteer();

const inside = (start: number, end: number, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= length;

async function handle({ id, path }: FuzzRequest): Promise<FuzzReply> {
  const violations: string[] = [];
  let doc;
  try {
    doc = await readDocument(path);
  } catch (error) {
    if (!(error instanceof DocumentError)) violations.push(`read threw ${error instanceof Error ? error.stack : String(error)}`);
    else if (!error.message.startsWith(`${path}: `) || error.path !== path) violations.push(`DocumentError does not name the file: ${error.message}`);
    else if (error.ruleId === 'read:internal') violations.push(`reader failed unexpectedly: ${error.message}`);
    return { id, outcome: 'refused', textLength: 0, claims: 0, violations };
  }
  const text = doc.text;
  for (const p of doc.pages) if (!(0 <= p.start && p.start <= p.end && p.end <= text.length)) violations.push(`page ${p.page} range ${p.start}-${p.end} outside a text of ${text.length}`);
  for (const m of doc.messages) if (m.place && !(0 <= m.place.start && m.place.start <= m.place.end && m.place.end <= text.length)) violations.push(`message ${m.ruleId} at ${m.place.start}-${m.place.end} outside a text of ${text.length}`);
  let claims = 0;
  try {
    const r = extractDocument(doc, { gazetteer });
    claims = r.claims.length;
    for (const c of r.claims) {
      const { start, end } = c.evidence;
      if (!inside(start, end, text.length)) violations.push(`claim ${c.ruleId} evidence ${start}-${end} outside a text of ${text.length}`);
      else if (text.slice(start, end).trim() === '') violations.push(`claim ${c.ruleId} evidence ${start}-${end} is blank`);
      if (c.fact.evidence.start !== start || c.fact.evidence.end !== end) violations.push(`claim ${c.ruleId}: fact evidence differs from claim evidence`);
    }
    for (const f of r.facts) if (!inside(f.evidence.start, f.evidence.end, text.length)) violations.push(`fact ${f.type} evidence ${f.evidence.start}-${f.evidence.end} outside a text of ${text.length}`);
    if (r.country && !/^[A-Z]{2}$/.test(r.country)) violations.push(`subject country '${r.country}' is not an ISO2 code`);
  } catch (error) {
    violations.push(`extraction threw ${error instanceof Error ? error.stack : String(error)}`);
  }
  return { id, outcome: 'read', textLength: text.length, claims, violations };
}

/** Loads pdf.js, the HTML parser and the extraction tables once, so the first document's time bound measures only its own work. */
async function warmUp(): Promise<void> {
  const text = 'NEPAL: Tier 2\nTraffickers exploit Nepali men in forced labor in brick kilns in India.';
  extractDocument({ path: 'warm-up.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { gazetteer });
  if ((workerData as { textOnly?: boolean } | undefined)?.textOnly) return;
  await pdfToText(buildTestPdf({ pages: [[text.split('\n')[1]]] }), new Messages('(warm-up)'));
  htmlToText(`<p>${text}</p>`);
}

await warmUp();
parentPort?.on('message', (request: FuzzRequest) => {
  void handle(request).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage({ ready: true });
