import type { Span } from './span.js';

/**
 * Page clutter of news and web excerpts (data): lines that are the page's furniture, not the story.
 * Each entry names why the line is clutter.
 */
export const CLUTTER_LINES: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  // navigation, sharing and player controls: a short line of menu words
  { id: 'menu', pattern: /^(?:accessibility links|skip to (?:main )?content|breaking news|menu|search|home|share(?: this)?(?: on \w+)?|print|e-?mail|embed|download|comments?|see comments|related(?: stories| articles| content)?|follow us|subscribe|sign up|log ?in|more|next|previous|back to top|advertisement|listen|watch|play|pause|close|x|i|no media source currently available|the (?:code|url|link) has been copied to your clipboard\.?|pop-out player|direct link|\d+p|\d+ ?(?:mb|kb))$/i },
  // a section path: "News / Africa", "World > Asia"
  { id: 'section-path', pattern: /^[\p{L} ]{2,30}(?:\s*[/>|»]\s*[\p{L} ]{2,30}){1,3}$/u },
  // a media player's time line: "|| 0:00:00", "0:00 / 2:31"
  { id: 'player', pattern: /^[|/\s▶►❚]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[\s|/]+(?:\d{1,2}:)?\d{1,2}:\d{2})*[\s|]*$|^\|\|/ },
  // a dateline or time stamp: "November 27, 2012 1:08 PM", "Last Updated: May 3, 2021"
  { id: 'date', pattern: /^(?:(?:last )?(?:updated|published|posted)[: ]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i },
  // a photo caption or credit: "FILE - In this photo …", "(H. Murdock for VOA)", "Photo: AP"
  { id: 'caption', pattern: /^(?:FILE(?: PHOTO)?\s*[-–—:]|In this (?:photo|image|picture|file photo)\b|(?:Photo|Image|Picture)s?(?: credit)?:)|\((?:[^()]{0,60}\s)?(?:for VOA|VOA|AP(?: Photo[^()]*)?|Reuters|AFP(?:\/Getty Images)?|Getty Images)\)$/ },
];

/**
 * The clutter lines of a text: lines matched by CLUTTER_LINES, and lines that repeat an earlier line
 * word for word (a caption printed under the photo and again in the story). Each span is a line, trimmed.
 */
export function clutterLines(text: string): { readonly span: Span; readonly id: string }[] {
  const out: { span: Span; id: string }[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      const lead = start + text.slice(start, end).indexOf(line);
      const span = { start: lead, end: lead + line.length };
      const key = line.replace(/\s+/g, ' ').toLowerCase();
      const id = line.length <= 400 ? CLUTTER_LINES.find((c) => c.pattern.test(line))?.id : undefined;
      if (id !== undefined) out.push({ span, id });
      else if (key.length >= 20 && seen.has(key)) out.push({ span, id: 'repeated' });
      seen.add(key);
    }
    start = end + 1;
  }
  return out;
}
