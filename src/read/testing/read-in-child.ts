/**
 * `node --import tsx read-in-child.ts FILE`: reads FILE with readDocument in a process of its own and
 * prints one JSON line: the text length or the refusal, the time taken, and the process's peak RSS
 * (its threads included), for tests of what a hostile file costs.
 */
import { readDocument } from '../read-document.js';
import { DocumentError } from '../../text/message.js';

export interface ChildRead {
  readonly chars?: number;
  readonly error?: string;
  readonly ruleId?: string;
  readonly ms: number;
  readonly maxRssMb: number;
}

const start = performance.now();
let outcome: Pick<ChildRead, 'chars' | 'error' | 'ruleId'>;
try {
  outcome = { chars: (await readDocument(process.argv[2])).text.length };
} catch (error) {
  outcome = error instanceof DocumentError ? { error: error.message, ruleId: error.ruleId } : { error: String(error) };
}
const result: ChildRead = { ...outcome, ms: Math.round(performance.now() - start), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
process.stdout.write(`${JSON.stringify(result)}\n`);
