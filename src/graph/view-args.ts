/** Option parsing shared by the view commands (flows, profile, commodities, diff, search, documents, export). */
import { UsageError, type CommandIO } from '../cli/command.js';
import { openStore, storeUrl, type Store } from '../store/store.js';

/** Parses an ISO2 code option (upper-cased); usage error otherwise. */
export function countryArg(command: string, flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(v) && !/^[a-z_]+$/.test(value)) throw new UsageError(command, `--${flag} must be an ISO 3166-1 alpha-2 code or a region id; got '${value}'`);
  return /^[A-Z]{2}$/.test(v) ? v : value;
}

/** Parses a year option (4 digits). */
export function yearArg(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(19|20)\d{2}$/.test(value)) throw new UsageError(command, `--${flag} must be a year such as 2021; got '${value}'`);
  return Number(value);
}

/** Parses a non-negative integer option. */
export function intArg(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(command, `--${flag} must be a non-negative integer; got '${value}'`);
  return Number(value);
}

export const DB_HELP = '  --db URL     store: an SQLite file (default ./tip-atlas.db, or DATABASE_URL) or postgres://…';

/** Opens the store named by --db / DATABASE_URL, runs `fn`, and closes it. */
export async function withStore<T>(db: string | undefined, io: CommandIO, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeUrl(db, io.env));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
