/** The PDF reader thread: reads each PDF it is sent with pdfToText, and answers with its text or its refusal. */
import { parentPort } from 'node:worker_threads';
import { DocumentError, Messages } from '../text/message.js';
import { pdfToText } from './pdf-to-text.js';
import type { PdfReply, PdfRequest } from './read-pdf-in-thread.js';

async function answer(request: PdfRequest): Promise<PdfReply> {
  const messages = new Messages(request.path);
  try {
    const pdf = await pdfToText(request.bytes, messages, request.limits);
    return { id: request.id, messages: messages.list, pdf };
  } catch (error) {
    const warnings = messages.list.filter((m) => !m.fatal);
    if (error instanceof DocumentError) return { id: request.id, messages: warnings, refusal: { reason: error.message.slice(request.path.length + 2), ruleId: error.ruleId } };
    return { id: request.id, messages: warnings, refusal: { reason: `unexpected error while reading: ${error instanceof Error ? error.message : String(error)}`, ruleId: 'read:internal' } };
  }
}

parentPort?.on('message', (request: PdfRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
