/** Validation of API query parameters: every problem is a 400 with {error, detail}. */
import { FACT_TYPES, type FactType, type Form } from '../facts/fact.js';
import { SOURCE_KINDS, type SourceKind } from '../store/store.js';

export const FORMS: readonly Form[] = ['sex_trafficking', 'forced_labor', 'domestic_servitude', 'debt_bondage', 'forced_begging', 'hereditary_slavery', 'child_soldiering', 'sexual_slavery', 'forced_marriage', 'forced_criminality', 'organ_removal', 'trafficking'];

/** A client error the API answers with `status` and JSON {error, detail}. */
export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 414 | 415 | 422, readonly error: string, readonly detail: string) {
    super(`${error}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** Query parameters of one request, read once; `done()` rejects any parameter the endpoint does not know. */
export class Params {
  private readonly used = new Set<string>();
  constructor(private readonly query: URLSearchParams) {
    if ([...query.keys()].length > 40) throw new ApiError(400, 'too_many_parameters', 'at most 40 query parameters are accepted');
  }

  static of(url: string): Params {
    return new Params(new URL(url).searchParams);
  }

  raw(name: string): string | undefined {
    this.used.add(name);
    const all = this.query.getAll(name);
    if (all.length > 1) throw new ApiError(400, 'invalid_parameter', `'${name}' is given ${all.length} times; give it once`);
    const v = all[0];
    if (v !== undefined && v.length > 500) throw new ApiError(400, 'invalid_parameter', `'${name}' is longer than 500 characters`);
    return v === '' ? undefined : v;
  }

  text(name: string): string | undefined {
    return this.raw(name);
  }

  country(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
    if (/^[a-z_]{3,40}$/.test(v)) return v;
    throw new ApiError(400, 'invalid_parameter', `'${name}' must be an ISO 3166-1 alpha-2 code or a region id such as west_africa; got '${v}'`);
  }

  year(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!/^(19|20)\d{2}$/.test(v)) throw new ApiError(400, 'invalid_parameter', `'${name}' must be a year such as 2021; got '${v}'`);
    return Number(v);
  }

  int(name: string, min: number, max: number): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) throw new ApiError(400, 'invalid_parameter', `'${name}' must be an integer from ${min} to ${max}; got '${v}'`);
    return Number(v);
  }

  bool(name: string): boolean | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    throw new ApiError(400, 'invalid_parameter', `'${name}' must be true or false; got '${v}'`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) throw new ApiError(400, 'invalid_parameter', `'${name}' must be one of ${allowed.join(', ')}; got '${v}'`);
    return v as T;
  }

  form(): Form | undefined { return this.oneOf('form', FORMS); }
  kind(): SourceKind | undefined { return this.oneOf('kind', SOURCE_KINDS); }

  types(): FactType[] | undefined {
    const v = this.raw('type');
    if (v === undefined) return undefined;
    const list = v.split(',');
    for (const t of list) if (!(FACT_TYPES as readonly string[]).includes(t)) throw new ApiError(400, 'invalid_parameter', `'type' must be a comma-separated list of ${FACT_TYPES.join(', ')}; got '${t}'`);
    return list as FactType[];
  }

  page(defaultLimit = 50): { limit: number; offset: number } {
    return { limit: this.int('limit', 1, 500) ?? defaultLimit, offset: this.int('offset', 0, 10_000_000) ?? 0 };
  }

  /** Rejects parameters that no reader asked for (typos should not silently widen a query). */
  done(): void {
    for (const k of this.query.keys()) if (!this.used.has(k)) throw new ApiError(400, 'unknown_parameter', `unknown query parameter '${k}'; accepted: ${[...this.used].join(', ') || 'none'}`);
  }
}

/** Drops undefined fields so optional filters stay absent (exactOptionalPropertyTypes-friendly). */
export function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
