/** How the HTML reader treats elements: data, kept apart from the reader's code. */

/** Elements whose content is never visible text (dropped with everything inside; <head> is handled apart). */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video',
  'select', 'datalist', 'button', 'textarea', 'noembed', 'noframes',
]);

/** Block elements that end a paragraph: a blank line before and after. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'figure', 'hr', 'form', 'fieldset', 'address', 'details', 'body', 'html',
]);

/** Block elements that end a line: a line break before and after. */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  'div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'thead', 'tbody', 'tfoot', 'figcaption', 'summary',
  'legend', 'option', 'center', 'menu', 'dir', 'hgroup', 'search',
]);

/** Elements whose whitespace is kept as written. */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/** Elements that may sit in <head>; any other opening tag ends the head, as in browsers. */
export const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  'title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template',
]);
