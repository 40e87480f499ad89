import type { Form } from '../facts/fact.js';

/**
 * The project's forms → HTCDS 2.0 (Human Trafficking Case Data Standard) exploitation types.
 * Forms without an HTCDS type of their own map to the nearest one, with the project form kept
 * alongside in every exported record (`form`).
 */
export const HTCDS_EXPLOITATION: Readonly<Record<Form, string>> = {
  sex_trafficking: 'SexualExploitation',
  forced_labor: 'ForcedLabour',
  domestic_servitude: 'Servitude',
  debt_bondage: 'ForcedLabour',
  forced_begging: 'ForcedBegging',
  hereditary_slavery: 'Slavery',
  child_soldiering: 'ForcedMilitary',
  sexual_slavery: 'SexualExploitation',
  forced_marriage: 'ForcedMarriage',
  forced_criminality: 'ForcedCriminality',
  organ_removal: 'OrganRemoval',
  trafficking: 'Unknown',
};

/** HTCDS gender and age-group codes for the contract's sex and age. */
export const HTCDS_GENDER: Readonly<Record<string, string>> = { female: 'Female', male: 'Male', unknown: 'Unknown' };
export const HTCDS_AGE: Readonly<Record<string, string>> = { adult: 'Adult', child: 'Minor', unknown: 'Unknown' };
