import type { Age, Sex } from '../facts/fact.js';

export interface VictimGroup {
  readonly sex: Sex;
  readonly age: Age;
}

const g = (sex: Sex, age: Age): VictimGroup => ({ sex, age });

/** Words for groups of people with a sex or an age (contract: women → female/adult, children → unknown/child…). */
export const VICTIM_TERMS: Readonly<Record<string, { readonly pattern: string; readonly value: VictimGroup }>> = {
  'women': { pattern: `(?:young |adult |older )?wom[ae]n|widows`, value: g('female', 'adult') },
  'girls': { pattern: `(?:young |adolescent |teenage |minor )?girls?|daughters`, value: g('female', 'child') },
  'men': { pattern: `(?:young |adult )?men`, value: g('male', 'adult') },
  'boys': { pattern: `(?:young |adolescent |teenage |minor )?boys?|sons|talib(?:e|é)s|almudos|garibouts|almajiri`, value: g('male', 'child') },
  'children': { pattern: `child(?:ren)?|minors?|infants|orphans|street children|teenagers|adolescents|juveniles|(?:child|underage) (?:victims|workers|laborers|domestic workers)`, value: g('unknown', 'child') },
  'adults': { pattern: `adults|adult (?:population|victims|workers|laborers|migrants)|adult(?= (?:forced labou?r|labou?r trafficking|sex trafficking|trafficking))`, value: g('unknown', 'adult') },
  'female-victims': { pattern: `female (?:victims|survivors|workers|migrants|domestic workers|\\w+ victims)|females`, value: g('female', 'unknown') },
  'male-victims': { pattern: `male (?:\\w+ )?(?:victims|survivors|workers|migrants)|males`, value: g('male', 'unknown') },
};
