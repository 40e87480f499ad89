/**
 * Abbreviations after which a period does not end a sentence in report prose (data, not code).
 * Compared case-sensitively against the word before the period, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'U.S', 'U.K', 'U.N', 'U.A.E', 'E.U', 'D.C', 'U.S.A', 'P.R.C', 'D.R.C',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Gov', 'Sen', 'Rep', 'Hon', 'Amb', 'Pres',
  'St', 'Ste', 'Mt', 'Ft', 'No', 'Nos', 'Art', 'Arts', 'Sec', 'Secs', 'Ch', 'Vol', 'pp', 'p', 'para', 'paras', 'cf', 'vs', 'v', 'Inc', 'Ltd', 'Co', 'Corp', 'Dept', 'Dept', 'Govt', 'Assn', 'Bros',
  'approx', 'Approx', 'est', 'Est', 'e.g', 'i.e', 'etc.', 'al', 'ca', 'min', 'max', 'fig', 'Fig',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
