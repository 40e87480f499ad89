import type { Age, Fact, Form, Sex } from '../facts/fact.js';
import type { FactFields, VictimFields } from './store.js';

/**
 * The identity of a fact across documents, as views group them: the contract's scoring key, with place
 * names compared case- and accent-insensitively and actor names case-insensitively. Stored with each
 * claim (`claims.fact_key`) so that the database can group by it.
 */
export function factGroupKey(f: Fact | FactFields): string {
  switch (f.type) {
    case 'flow': return `flow|${f.form}|${f.from}|${f.to}`;
    case 'victim': return `victim|${f.form}|${f.sex}|${f.age}`;
    case 'sector': return `sector|${f.form}|${f.sector}`;
    case 'commodity': return `commodity|${f.form}|${f.commodity}`;
    case 'actor': return `actor|${f.form}|${f.actor}|${(f.name ?? '').toLowerCase()}`;
    case 'place': return `place|${f.form}|${f.country}|${f.place.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}`;
    case 'role': return `role|${f.country}|${f.role}`;
    case 'statistic': return `statistic|${f.value}|${f.year ?? ''}`;
  }
}

/** Separates victim words in `claims.victim_terms` (a character no term contains). */
export const TERM_SEPARATOR = '\u001f';

/** The attribution key of a claim (`claims.source_key`): kind and source, case-insensitively. */
export function sourceKey(a: { readonly kind: string; readonly source: string } | undefined): string | null {
  return a ? `${a.kind}|${a.source.toLowerCase()}` : null;
}

/** The victim fact of a victim key (`victim|form|sex|age`); undefined for any other key. */
export function victimOfKey(key: string): VictimFields | undefined {
  const [type, form, sex, age] = key.split('|');
  return type === 'victim' && age !== undefined ? { type: 'victim', form: form as Form, sex: sex as Sex, age: age as Age } : undefined;
}
