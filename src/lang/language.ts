import type { Grammar } from './grammar.js';

/**
 * What extraction needs to know of the language a report is written in, handed to it as data
 * (`ExtractOptions.language`): the engine applies these tables and holds no words of its own.
 * English is `lang/en`; a report in another language comes with its own folder of the same tables.
 *
 * Still to move here from `vocab/` and `extract/clause-cues.ts`: the cue tables, number words and the
 * lexicons of forms, sectors, goods and actors (see the notes on issue 12).
 */
export interface Language {
  /** BCP 47 code ("en"). */
  readonly code: string;
  /** Closed word classes and verb morphology, for the clause view. */
  readonly grammar: Grammar;
  /** Words after which a period does not end a sentence ("U.S", "Gen", "No"). */
  readonly abbreviations: ReadonlySet<string>;
}
