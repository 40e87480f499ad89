/**
 * The body of an extraction thread (thread-extractor.ts): extracts each document it is sent and
 * posts back the claims, or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { inlineExtractor } from './extractor.js';
import type { ThreadReply, ThreadRequest } from './thread-extractor.js';

const port = parentPort;
if (port === null) throw new Error('extract-thread.ts: expected to run as a worker thread; found the main thread');
const extractor = inlineExtractor();
port.on('message', (req: ThreadRequest) => {
  extractor.extract(req.doc, req.country ? { country: req.country } : {}).then(
    (result) => port.postMessage({ id: req.id, result } satisfies ThreadReply),
    (error: unknown) => port.postMessage({ id: req.id, error: error instanceof Error ? error.message : String(error) } satisfies ThreadReply),
  );
});
