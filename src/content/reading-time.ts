/**
 * Estimated reading time of a chapter from its MDX source: visible words at 200 words a minute
 * (a careful pace for technical text), rounded up, at least one minute. Tags, link targets and
 * code are not read, so they are not counted.
 */
export const wordsPerMinute = 200;

export function visibleWordCount(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Za-z][^<>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[|*_#>`-]{2,}/g, ' ');
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(visibleWordCount(mdx) / wordsPerMinute));
}
