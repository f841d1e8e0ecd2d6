/**
 * Text into XML and HTML safely. Question text is plain text (no markup), so it is escaped
 * once for XML; where a format reads the text as HTML inside XML (Moodle XML), it is escaped
 * for HTML first and then for XML. Characters XML 1.0 forbids (control characters other than
 * tab, line feed and carriage return, lone surrogates) are dropped rather than written.
 */

/* eslint-disable no-control-regex -- the control characters XML forbids are the point */
const forbiddenInXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Escapes text for XML element content and attribute values. A carriage return is written as
 * a character reference, because parsers turn a literal one into a line feed; in attribute
 * values tabs and line feeds are too, because parsers turn literal ones into spaces.
 */
export function escapeXml(text: string, where: 'text' | 'attribute' = 'text'): string {
  const escaped = text
    .replace(forbiddenInXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
  return where === 'attribute' ? escaped.replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : escaped;
}

/** Escapes text for HTML content (no numeric entities, so the result is also safe in GIFT). */
export function escapeHtml(text: string): string {
  return text.replace(forbiddenInXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text as HTML paragraphs: blank lines separate paragraphs, single line breaks become <br>. */
export function htmlParagraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${escapeHtml(para.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** `<tag attr="…">escaped text</tag>` */
export function element(tag: string, text: string, attributes: Readonly<Record<string, string | number>> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value), 'attribute')}"`)
    .join('');
  return `<${tag}${attrs}>${escapeXml(text)}</${tag}>`;
}

/** A QTI/XML identifier from one of our ids: must start with a letter or underscore. */
export function xmlIdentifier(prefix: string, id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return `${prefix}${safe}`;
}
