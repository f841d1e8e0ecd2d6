/**
 * Turns MDX source into the plain text a reader sees, for the search index: markup, JSX tags,
 * link targets and code are dropped; the children of inline components (<Term>) are kept.
 */
export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Za-z][^<>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/[|*_`>#]/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The phrases an author marked as important: bold text and the visible text of <Term> tags. */
export function emphasisedPhrases(mdx: string): string[] {
  const phrases = new Set<string>();
  for (const m of mdx.matchAll(/\*\*([^*\n]{2,80})\*\*/g)) phrases.add(clean(m[1] ?? ''));
  for (const m of mdx.matchAll(/<Term\s[^>]*>([^<]{1,80})<\/Term>/g)) phrases.add(clean(m[1] ?? ''));
  phrases.delete('');
  return [...phrases];
}

const clean = (s: string) =>
  s
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]$/, '');

/** Words too common in this course to help a search. */
const stopWords = new Set(
  (
    'a an and are as at be been but by can do does for from has have in into is it its may more most not of on or ' +
    'so such than that the their them then there these they this those to was were what when where which while who ' +
    'will with would also about after before both each other only over same some very your you our one two all any ' +
    'how why because between through under up out see just like used use uses using often usually well'
  ).split(' '),
);

/**
 * The distinct words of a text, lower-cased, in first-seen order, without stop words: a compact
 * stand-in for body text that keeps every searchable word once.
 */
export function distinctWords(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/'s$/, '');
    if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue;
    seen.add(word);
  }
  return [...seen];
}

/** The first sentence or so of a text, cut at a word boundary. */
export function excerpt(text: string, maxLength = 160): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const sentenceEnd = cut.search(/[.!?]\s[^.!?]*$/);
  if (sentenceEnd > maxLength / 2) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
