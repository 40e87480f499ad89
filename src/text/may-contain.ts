/**
 * A cheap test before a case-insensitive regular expression that scans a whole clause: whether the
 * text holds one of the stems, in lower case or in capitals. Stems leave out a word's first letter
 * ("omestically", "ountry"), so a capital at a word's start needs no case of its own.
 */
export function mayContain(text: string, stems: readonly string[]): boolean {
  for (const s of stems) if (text.includes(s) || text.includes(s.toUpperCase())) return true;
  return false;
}
