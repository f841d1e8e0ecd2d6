import { distinctWords, emphasisedPhrases, excerpt, mdxToPlainText } from './mdx-text.ts';

/** A heading as Astro reports it after rendering (its slug is the element id on the page). */
export interface RenderedHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** One searchable part of a chapter: the text under a ## or ### heading, up to the next one. */
export interface ChapterSection {
  readonly heading: string;
  readonly slug: string;
  readonly depth: 2 | 3;
  readonly phrases: readonly string[];
  readonly text: string;
}

const headingLine = /^(#{2,3})\s+(.+?)\s*#*\s*$/;

/**
 * Splits an MDX chapter body at its ## and ### headings. `headings` are the ones Astro rendered
 * (so the anchors match the page exactly); they are paired with the heading lines in order. A
 * heading line inside a fenced code block is not a heading.
 */
export function splitChapterSections(body: string, headings: readonly RenderedHeading[]): ChapterSection[] {
  const rendered = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const lines = body.split('\n');
  const starts: { line: number; depth: 2 | 3; text: string }[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const m = inFence ? null : headingLine.exec(line);
    if (m) starts.push({ line: index, depth: m[1]?.length === 2 ? 2 : 3, text: m[2] ?? '' });
  });
  if (starts.length !== rendered.length) {
    throw new RangeError(
      `splitChapterSections: the body has ${starts.length} ##/### headings but Astro rendered ${rendered.length}; ` +
        `headings written as JSX cannot be indexed`,
    );
  }
  return starts.map((start, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    const mdx = lines.slice(start.line + 1, end).join('\n');
    const heading = rendered[i] as RenderedHeading;
    return {
      heading: heading.text,
      slug: heading.slug,
      depth: start.depth,
      phrases: emphasisedPhrases(mdx),
      text: mdxToPlainText(mdx),
    };
  });
}

export { distinctWords, excerpt };
