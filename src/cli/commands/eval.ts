import type { Command, CommandIO } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { resolve } from 'node:path';
import { factsForFile } from '../../facts/facts-for-file.js';
import { DocumentError } from '../../text/message.js';
import { loadGold, loadPredictions, readGoldTexts, type GoldFile } from '../../eval/load-eval-inputs.js';
import { predictionKey, scoreFacts, type PredictedDocument } from '../../eval/score-facts.js';
import { formatCollectionTable, formatEvalDiff, formatEvalTable } from '../../eval/format-eval-report.js';
import { scoreCollections } from '../../eval/score-collections.js';
import { printable, printableJson } from '../../text/printable.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extracted facts against gold facts (precision, recall, F1)',
  usage: `Usage: tip-atlas eval --gold DIR --corpus-root DIR [--pred FILE.jsonl] [--diff] [--json]

Extracts the facts of every document that has a gold file (GOLD/<path under corpus/>.json,
whose "doc" is "corpus/..." relative to --corpus-root) and scores them: precision, recall
and F1 per fact type, micro totals, subject-country accuracy and evidence accuracy.
The figures are those of shared/tools/score_facts.py. When the gold spans several
collections (tip, tip-web, factbook/<edition>, hrr, news: the folder under corpus/),
a table first gives each collection's own figures and weakest type; --json adds them
under "collections".

Options:
  --gold DIR          folder of gold files (e.g. ../shared/gold)
  --corpus-root DIR   folder holding corpus/ (e.g. ../shared)
  --pred FILE.jsonl   score this output of 'tip-atlas facts' instead of extracting
                      (its "doc" paths are resolved against the current folder)
  --diff              list missed and spurious facts per document
  --json              print the report as JSON (the fields of score_facts.py --json)
  -h, --help          this help

Exit status: 0 scored, 1 a gold file, text or prediction could not be used, 2 usage error.`,
  async run(argv, io) {
    const { values } = parseCommandArgs('eval', argv, {
      gold: { type: 'string' },
      'corpus-root': { type: 'string' },
      pred: { type: 'string' },
      diff: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const goldDir = str(values, 'gold');
    const root = str(values, 'corpus-root');
    if (goldDir === undefined) throw new UsageError('eval', 'expected --gold DIR (a folder of gold files)');
    if (root === undefined) throw new UsageError('eval', 'expected --corpus-root DIR (the folder holding corpus/)');
    const gold = await loadGold(resolve(io.cwd, goldDir));
    const texts = await readGoldTexts(resolve(io.cwd, root), gold);
    const predFile = str(values, 'pred');
    let status = 0;
    let predicted: Map<string, PredictedDocument>;
    if (predFile !== undefined) {
      predicted = await loadPredictions(predFile, root, io.cwd);
    } else {
      ({ predicted, status } = await extractGoldDocuments(gold, resolve(io.cwd, root), io));
    }
    const input = { gold: gold.map((g) => g.gold), predicted, texts };
    const report = scoreFacts(input);
    const collections = scoreCollections(input);
    if (values.json === true) {
      const perCollection = Object.fromEntries([...collections].map(([c, r]) => [c, { docs: r.docs, micro: r.micro, types: r.types, country_acc: r.country_acc, evidence_acc: r.evidence_acc }]));
      io.stdout.write(printableJson({ ...report, collections: perCollection }, 1) + '\n');
    } else {
      if (values.diff === true && gold.length > 0) io.stdout.write(formatEvalDiff(report) + '\n');
      if (collections.size > 1) io.stdout.write(formatCollectionTable(collections) + '\n\n');
      io.stdout.write(formatEvalTable(report) + '\n');
    }
    return status;
  },
};

/** Runs `tip-atlas facts` on every gold document; a document that cannot be read is named and scored as empty. */
async function extractGoldDocuments(gold: readonly GoldFile[], root: string, io: CommandIO) {
  const predicted = new Map<string, PredictedDocument>();
  let status = 0;
  for (const { gold: g } of gold) {
    const key = predictionKey(g.doc);
    if (predicted.has(key)) continue;
    const path = resolve(root, g.doc);
    try {
      predicted.set(key, (await factsForFile(path)).facts);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      io.stderr.write(`${printable(error.message)}\n`);
      status = 1;
    }
  }
  return { predicted, status };
}
