import { foldToken } from './token-trie.js';

/**
 * Resolves a country from a free name or a file-name slug ("Congo_Democratic_Republic_of_the",
 * "cote-divoire", "china-includes-tibet-hong-kong-and-macau"): names are compared folded
 * (accents, case, apostrophes, separators removed); inverted forms ("Gambia, The",
 * "Korea_North") are indexed too; failing a whole match, the longest leading run of words
 * that names a country wins ("israel-and-the-occupied-territories" → IL).
 */
export class CountryNameIndex {
  private readonly keys = new Map<string, string>();

  /** Earlier additions win. */
  add(name: string, code: string): void {
    for (const v of inversions(name)) {
      const k = compactKey(v);
      if (k !== '' && !this.keys.has(k)) this.keys.set(k, code);
    }
  }

  resolve(name: string): string | undefined {
    const words = splitWords(name);
    if (words.length === 0) return undefined;
    const direct = this.keys.get(words.join(''));
    if (direct !== undefined) return direct;
    for (let n = words.length - 1; n >= 1; n--) {
      const hit = this.keys.get(words.slice(0, n).join(''));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

function splitWords(name: string): string[] {
  return foldToken(name).toLowerCase().replace(/['’`]/g, '').replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/).filter((w) => w !== '');
}

function compactKey(name: string): string {
  return splitWords(name).join('');
}

/** "Republic of the Congo" → also "Congo, Republic of the"; "North Korea" → "Korea, North"; "The Gambia" → "Gambia, The". */
function inversions(name: string): string[] {
  const out = [name];
  const words = name.split(/\s+/);
  const lead = /^(North|South|The|the|East|West)$/;
  if (words.length === 2 && lead.test(words[0]!)) out.push(`${words[1]} ${words[0]}`);
  const of = /^(.*\bof(?: the)?) (\S+)$/.exec(name);
  if (of !== null) out.push(`${of[2]} ${of[1]}`);
  if (/^the /i.test(name)) out.push(name.slice(4));
  return out;
}
