/**
 * The top-level alternatives of a regular-expression source: `a|b(?:c|d)|[|]` → `a`, `b(?:c|d)`, `[|]`.
 *
 * A sticky `(?:a|b|…)(?!x)` matches at a position what the first of `(?:a)(?!x)`, `(?:b)(?!x)`, …
 * (in that order) that matches there matches: backtracking leaves an alternative only when none of
 * its paths succeeds with what follows. So a lexicon entry can be matched one alternative at a time,
 * each with its own literal strings or prefixes (see lexicon-matcher.ts). The source must be valid
 * with the `u` flag and have no capturing groups (lexicon tables have none).
 */
export function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++; // an escape: the next character is never syntax here (\p{…} has no | or parentheses)
    else if (c === '[') {
      // a class (no nesting with the u flag): up to its unescaped ]
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}
