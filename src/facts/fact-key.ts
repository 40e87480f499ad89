import type { Fact } from './fact.js';

/** The contract's scoring key of a fact (what must be equal for two facts to be the same fact). */
export function factKey(f: Fact): string {
  switch (f.type) {
    case 'flow': return `flow|${f.form}|${f.from}|${f.to}`;
    case 'victim': return `victim|${f.form}|${f.sex}|${f.age}`;
    case 'sector': return `sector|${f.form}|${f.sector}`;
    case 'commodity': return `commodity|${f.form}|${f.commodity}`;
    case 'actor': return `actor|${f.form}|${f.actor}|${f.name?.toLowerCase() ?? ''}`;
    case 'place': return `place|${f.form}|${f.country}|${fold(f.place)}`;
    case 'role': return `role|${f.country}|${f.role}`;
    case 'statistic': return `statistic|${f.value}|${f.year ?? ''}`;
  }
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
