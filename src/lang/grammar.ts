/**
 * What the clause view needs to know of a language: its closed word classes and how its verbs inflect.
 * One value per language (`lang/en/grammar.ts`); the chunker (`extract/clause-view.ts`) holds none.
 * Multi-word entries ("as well as", "no longer") are matched as written, word by word.
 */
export interface Grammar {
  /** Forms of "be" and its copular kin: a passive verb group is one of these and a participle. */
  readonly be: readonly string[];
  /** Other auxiliaries ("has", "did"). */
  readonly auxiliaries: readonly string[];
  /** Modal verbs ("may", "could"): the verb group states a possibility. */
  readonly modals: readonly string[];
  readonly negators: readonly string[];
  readonly prepositions: readonly string[];
  /** Words that open a sub-clause ("who", "where", "while"). */
  readonly subordinators: readonly string[];
  /** Words that join the items of a list ("and", "as well as"). */
  readonly coordinators: readonly string[];
  /** Words that open a noun phrase ("the", "their"): a verb form after one is an adjective ("the forced labor"). */
  readonly determiners: readonly string[];
  /** Endings of adjectives ("possible", "sexual"): a verb form after one is an adjective too ("possible forced labor"). */
  readonly adjectiveEndings: readonly string[];
  /** Irregular past participles ("sold", "held"); regular ones are read from the ending. */
  readonly participles: readonly string[];
  /** Base forms of lexical verbs the chunker may take as a clause's verb. */
  readonly verbs: readonly string[];
}
