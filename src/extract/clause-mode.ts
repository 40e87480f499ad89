import type { Span } from '../text/span.js';
import type { ClauseScan } from './scan-clause.js';
import { RISK_CUE_MODE, RISK_SCOPE_END, MISSING_SCOPE_END, BARE_RISK_AFTER, type ClauseMode } from '../vocab/modes.js';

/** A span of a clause governed by a risk or missing-data cue, with the mode the cue gives it. */
export interface ModeScope extends Span {
  readonly mode: ClauseMode;
}

/**
 * Stage rule: the spans that risk cues govern ("vulnerable to forced labor, often with the complicity
 * of their parents, in domestic servitude or forced begging in Thailand"): from the cue to the end of
 * its phrase (RISK_SCOPE_END) or of the clause. Nothing named there is a fact of exploitation.
 */
export function riskScopes(scan: ClauseScan): ModeScope[] {
  return scan.risks.map((r) => {
    const rest = scan.text.slice(r.end, scan.end);
    const end = r.value === 'missing' ? MISSING_SCOPE_END : RISK_SCOPE_END;
    end.lastIndex = 0;
    let stop: number | undefined;
    for (let m = end.exec(rest); m !== null; m = end.exec(rest)) {
      if (rest.slice(0, m.index).trim() !== '') {
        stop = m.index;
        break;
      }
    }
    return { start: r.start, end: stop === undefined ? scan.end : r.end + stop, mode: RISK_CUE_MODE[r.value] ?? 'risk' };
  });
}

export function inScopes(scopes: readonly Span[], at: number): boolean {
  return scopes.some((s) => at >= s.start && at < s.end);
}

/** A group named only as the subject of a risk ("women and girls are most vulnerable"). */
export function riskSubject(text: string, group: Span, clauseEnd: number): boolean {
  return BARE_RISK_AFTER.test(text.slice(group.end, Math.min(clauseEnd, group.end + 90)));
}

/**
 * The mode of a clause, decided once: the mode of its scopes when every form it names lies in them
 * (a clause that only speaks of a risk or of missing data), 'negated' when a "no reports of" cue
 * leaves no form, 'hedged' with a hedge, else 'stated'.
 */
export function clauseMode(scan: ClauseScan, scopes: readonly ModeScope[], activeCount: number): ClauseMode {
  if (activeCount === 0 && scan.forms.length > 0) {
    const scoped = scopes.find((s) => scan.forms.some((f) => f.start >= s.start && f.start < s.end));
    if (scoped) return scoped.mode;
    if (scan.nonFacts.some((n) => n.value === 'none')) return 'negated';
    return 'background';
  }
  return scan.hedges.length > 0 ? 'hedged' : 'stated';
}
