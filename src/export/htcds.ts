import type { StoredClaim } from '../store/store.js';
import { HTCDS_AGE, HTCDS_EXPLOITATION, HTCDS_GENDER } from './htcds-mapping.js';

/** One HTCDS-aligned record per claim that names a form: the exploitation type and what the claim adds. */
export interface HtcdsRecord {
  readonly exploitationType: string;
  readonly form: string;
  readonly factType: string;
  readonly countryOfOrigin?: string;
  readonly countryOfExploitation?: string;
  readonly gender?: string;
  readonly ageGroup?: string;
  readonly sectorOfExploitation?: string;
  readonly commodity?: string;
  readonly perpetratorType?: string;
  readonly locationOfExploitation?: string;
  readonly reportingCountry: string;
  readonly reportYear?: number;
  readonly hedged: boolean;
  readonly source: { readonly documentId: number; readonly path: string; readonly start: number; readonly end: number; readonly evidence: string };
}

export function toHtcds(claims: readonly StoredClaim[]): HtcdsRecord[] {
  const out: HtcdsRecord[] = [];
  for (const c of claims) {
    const f = c.claim.fact;
    if (!('form' in f)) continue;
    out.push({
      exploitationType: HTCDS_EXPLOITATION[f.form] ?? 'Unknown', form: f.form, factType: f.type,
      ...(f.type === 'flow' ? { countryOfOrigin: f.from, countryOfExploitation: f.to } : {}),
      ...(f.type === 'victim' ? { gender: HTCDS_GENDER[f.sex], ageGroup: HTCDS_AGE[f.age] } : {}),
      ...(f.type === 'sector' ? { sectorOfExploitation: f.sector } : {}),
      ...(f.type === 'commodity' ? { commodity: f.commodity } : {}),
      ...(f.type === 'actor' ? { perpetratorType: f.actor } : {}),
      ...(f.type === 'place' ? { locationOfExploitation: f.place, countryOfExploitation: f.country } : {}),
      reportingCountry: c.document.country, ...(c.document.year !== undefined ? { reportYear: c.document.year } : {}), hedged: c.hedged,
      source: { documentId: c.evidence.documentId, path: c.document.path, start: c.evidence.start, end: c.evidence.end, evidence: c.evidence.text },
    });
  }
  return out;
}
