/** Option parsing shared by the view commands (flows, profile, commodities, diff, search, documents, export). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type CommandIO } from '../cli/command.js';
import { openStore, storeUrl, type Store } from '../store/store.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { resolveAreaArgument } from '../gazetteer/area-argument.js';

/**
 * Parses a country option (`--country`) or argument (`what` names it as the user typed it): an ISO2
 * code, a country name or demonym, or (with `regions`) a region id; the ISO2 code or region id.
 * Anything else is a usage error with a suggestion ("UK" → GB).
 */
export function countryArg(command: string, what: string, value: string | undefined, regions = true): string | undefined {
  if (value === undefined) return undefined;
  const r = resolveAreaArgument(value, loadGazetteer(), regions);
  if (r.ok) return r.area;
  const expected = `expected an ISO 3166-1 alpha-2 code (ML), a country name (Mali) or demonym (Malian)${regions ? ', or a region id (west_africa)' : ''}`;
  throw new UsageError(command, `${what}: ${r.reason}; ${r.suggestion ? `did you mean ${r.suggestion}?` : expected}`);
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

export const DB_HELP = `  --db URL     store: an SQLite file (default ./tip-atlas.db, or DATABASE_URL) or postgres://…;
               an SQLite file that does not exist is a usage error (made by 'tip-atlas ingest')`;

/** The exit statuses of the view commands, for their help. */
export const VIEW_EXIT = 'Exit status: 0 answered (even when nothing matches), 1 the store failed, 2 usage error (unknown option,\ncountry or year; a store that does not exist).';

/**
 * Opens the store named by --db / DATABASE_URL for reading, runs `fn`, and closes it. An SQLite file
 * that does not exist is a usage error naming it (a typo in --db must not answer from a new, empty store).
 */
export async function withStore<T>(command: string, db: string | undefined, io: CommandIO, fn: (store: Store) => Promise<T>): Promise<T> {
  const url = storeUrl(db, io.env);
  const missing = missingSqliteFile(url);
  if (missing !== undefined) {
    const from = db !== undefined ? '--db' : io.env.DATABASE_URL !== undefined ? 'DATABASE_URL' : 'the default store';
    throw new UsageError(command, `${from}: no SQLite store at '${missing}' (${resolve(missing)} does not exist); expected a store made by 'tip-atlas ingest', or --db naming one`);
  }
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The SQLite file a store URL names when that file does not exist; undefined for PostgreSQL, :memory: and existing files. */
export function missingSqliteFile(url: string): string | undefined {
  if (/^postgres(ql)?:\/\//i.test(url)) return undefined;
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  return file === ':memory:' || existsSync(file) ? undefined : file;
}
