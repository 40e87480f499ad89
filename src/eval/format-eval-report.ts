import type { EvalReport } from './score-facts.js';
import { printable } from '../text/printable.js';

/** Python's `format(x, '.Nf')`: like toFixed, but an exact tie rounds half to even. */
export function pyFixed(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  const exact = Math.abs(x).toFixed(100);
  const dot = exact.indexOf('.');
  const rest = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(rest)) return fixed;
  const kept = exact.slice(0, dot + 1 + digits);
  const last = Number(kept[kept.length - 1] === '.' ? kept[kept.length - 2] : kept[kept.length - 1]);
  if (last % 2 === 1) return fixed; // toFixed rounded up to the even digit already
  return (x < 0 ? '-' : '') + (digits === 0 ? kept.slice(0, -1) : kept);
}

const f3 = (x: number) => pyFixed(x, 3).padStart(6);
const d5 = (n: number) => String(n).padStart(5);

/** The table score_facts.py prints (same columns and figures). */
export function formatEvalTable(r: EvalReport): string {
  const lines = [`${'type'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`];
  for (const [t, s] of Object.entries(r.types)) lines.push(`${t.padEnd(10)} ${f3(s.p)} ${f3(s.r)} ${f3(s.f1)} ${d5(s.tp)} ${d5(s.fp)} ${d5(s.fn)}`);
  const m = r.micro;
  lines.push(`${'micro'.padEnd(10)} ${f3(m.p)} ${f3(m.r)} ${f3(m.f1)} ${d5(m.tp)} ${d5(m.fp)} ${d5(m.fn)}`);
  lines.push(`documents ${r.docs}  subject-country accuracy ${pyFixed(r.country_acc, 3)}  evidence accuracy ${pyFixed(r.evidence_acc, 3)}`);
  lines.push(`micro F1 ${pyFixed(m.f1, 3)}`);
  return lines.join('\n');
}

/** Missed and spurious facts per document, as `score_facts.py --diff` lists them. */
export function formatEvalDiff(r: EvalReport): string {
  const lines: string[] = [];
  for (const [doc, d] of Object.entries(r.per_doc)) {
    lines.push(`== ${printable(doc)}`);
    for (const k of d.missed) lines.push(`  missed   ${k.join(' ')}`);
    for (const k of d.spurious) lines.push(`  spurious ${k.join(' ')}`);
  }
  return lines.join('\n');
}

/** One line per collection: documents, micro P/R/F1, the weakest type, subject-country and evidence accuracy. */
export function formatCollectionTable(collections: ReadonlyMap<string, EvalReport>): string {
  const width = Math.max(10, ...[...collections.keys()].map((c) => c.length));
  const lines = [`${'collection'.padEnd(width)} ${'docs'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'subject'.padStart(7)} ${'evid.'.padStart(6)}  weakest type`];
  for (const [c, r] of collections) {
    const scored = Object.entries(r.types).filter(([, s]) => s.tp + s.fp + s.fn > 0);
    const weakest = scored.sort((a, b) => a[1].f1 - b[1].f1)[0];
    const m = r.micro;
    lines.push(`${c.padEnd(width)} ${String(r.docs).padStart(4)} ${f3(m.p)} ${f3(m.r)} ${f3(m.f1)} ${pyFixed(r.country_acc, 3).padStart(7)} ${f3(r.evidence_acc)}  ${weakest ? `${weakest[0]} ${pyFixed(weakest[1].f1, 3)}` : '-'}`);
  }
  return lines.join('\n');
}
