import { FACT_TYPES, type Fact, type FactsDocument } from './fact.js';
import { printable } from '../text/printable.js';

/** A readable view for people: facts grouped by type, each with its evidence text. */
export function formatFactsTable(doc: FactsDocument, text: string, width = 100): string {
  const lines: string[] = [`${printable(doc.doc)}  (subject country: ${doc.country || 'unknown'}, ${doc.facts.length} facts)`];
  for (const type of FACT_TYPES) {
    const facts = doc.facts.filter((f) => f.type === type);
    if (facts.length === 0) continue;
    lines.push('', `${type.toUpperCase()} (${facts.length})`);
    for (const f of facts) {
      lines.push(`  ${describe(f)}`);
      lines.push(`      “${clip(text.slice(f.evidence.start, f.evidence.end), width)}” [${f.evidence.start}-${f.evidence.end}]`);
    }
  }
  return lines.join('\n');
}

export function describe(f: Fact): string {
  switch (f.type) {
    case 'flow': return `${f.form}: ${f.from} → ${f.to}`;
    case 'victim': return `${f.form}: ${f.sex}/${f.age}`;
    case 'sector': return `${f.form}: ${f.sector}`;
    case 'commodity': return `${f.form}: ${f.commodity}`;
    case 'actor': return `${f.form}: ${f.actor}${f.name ? ` (${f.name})` : ''}`;
    case 'place': return `${f.form}: ${f.place}, ${f.country}`;
    case 'role': return `${f.country}: ${f.role}`;
    case 'statistic': return `${f.value} (${f.qualifier}${f.year ? `, ${f.year}` : ''}): ${f.subject}`;
  }
}

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
