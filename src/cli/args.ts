import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with errors turned into UsageError (exit status 2). */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export function parseCommandArgs(command: string, argv: readonly string[], options: Options): ParsedArgs {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(command, error instanceof Error ? error.message : String(error));
  }
}

/** A string option's value, or undefined. */
export function str(values: ParsedArgs['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(command, `--${flag} must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return value as T;
}

/** A repeatable string option's values ([] when absent). */
export function strings(value: ParsedArgs['values'][string]): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
}
