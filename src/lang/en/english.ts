import type { Language } from '../language.js';
import { EN_GRAMMAR } from './grammar.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** English: the language of every report the project has met so far, and the default. */
export const ENGLISH: Language = { code: 'en', grammar: EN_GRAMMAR, abbreviations: ABBREVIATIONS };
