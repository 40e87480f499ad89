import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { predictionKey, pythonText, type GoldDocument, type PredictedDocument } from './score-facts.js';

/** A gold file, a text or a predictions file that cannot be used; names the file and what was expected. */
export class EvalInputError extends Error {
  constructor(readonly path: string, reason: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.name = 'EvalInputError';
  }
}

export interface GoldFile {
  readonly path: string;
  readonly gold: GoldDocument;
}

/** Every `*.json` under the gold folder (folders in name order, files sorted, as os.walk + sorted). */
export async function loadGold(goldDir: string): Promise<GoldFile[]> {
  const out: GoldFile[] = [];
  const entries = await readdir(goldDir, { withFileTypes: true }).catch((cause: unknown) => {
    throw new EvalInputError(goldDir, 'expected a gold folder; it cannot be read', { cause });
  });
  const names = (kind: 'file' | 'dir') => entries.filter((e) => (kind === 'dir' ? e.isDirectory() : e.isFile())).map((e) => e.name).sort();
  for (const name of names('file')) {
    if (!name.endsWith('.json')) continue;
    const path = join(goldDir, name);
    out.push({ path, gold: parseGold(path, await readFile(path, 'utf8')) });
  }
  for (const name of names('dir')) out.push(...(await loadGold(join(goldDir, name))));
  return out;
}

function parseGold(path: string, raw: string): GoldDocument {
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch (cause) {
    throw new EvalInputError(path, `expected JSON; ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const doc = (o as { doc?: unknown } | null)?.doc;
  const facts = (o as { facts?: unknown } | null)?.facts;
  if (typeof doc !== 'string') throw new EvalInputError(path, `expected a "doc" string (e.g. "corpus/tip/2021-mali.txt"); found ${JSON.stringify(doc)}`);
  if (!Array.isArray(facts)) throw new EvalInputError(path, `expected a "facts" array; found ${JSON.stringify(facts)}`);
  return o as GoldDocument;
}

/** The text of every gold document, read from the corpus root as score_facts.py reads it. */
export async function readGoldTexts(corpusRoot: string, gold: readonly GoldFile[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const g of gold) {
    if (texts.has(g.gold.doc)) continue;
    const path = resolve(corpusRoot, g.gold.doc);
    const raw = await readFile(path, 'utf8').catch((cause: unknown) => {
      throw new EvalInputError(g.path, `names doc '${g.gold.doc}', expected at ${path}; it cannot be read`, { cause });
    });
    texts.set(g.gold.doc, pythonText(raw));
  }
  return texts;
}

/**
 * Reads `tip-atlas facts` JSON Lines. A line's `doc` is resolved against `cwd` and keyed by its path
 * relative to the corpus root (a later line for the same document replaces an earlier one).
 */
export async function loadPredictions(file: string, corpusRoot: string, cwd: string): Promise<Map<string, PredictedDocument>> {
  const raw = await readFile(resolve(cwd, file), 'utf8').catch((cause: unknown) => {
    throw new EvalInputError(file, 'expected a JSON Lines file of predictions; it cannot be read', { cause });
  });
  const out = new Map<string, PredictedDocument>();
  const root = resolve(cwd, corpusRoot);
  raw.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (cause) {
      throw new EvalInputError(`${file}:${i + 1}:1`, `expected one JSON object per line; ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    const doc = (o as { doc?: unknown } | null)?.doc;
    if (typeof doc !== 'string') throw new EvalInputError(`${file}:${i + 1}:1`, `expected a "doc" string; found ${JSON.stringify(doc)}`);
    out.set(predictionKey(relative(root, resolve(cwd, doc))), o as PredictedDocument);
  });
  return out;
}
