import { describe, expect, it } from 'vitest';
import { isOutsideSource } from '../../../src/content/schemas';
import { readingMinutes, visibleWordCount } from '../../../src/content/reading-time';
import { readChapters } from './facts-content-files';

/**
 * Issue 13: every chapter teaches what a radiologist needs at the workstation — a "Pitfalls and
 * mimics" box and a "Report checklist" box, each under its own heading, the pitfalls linked to a
 * figure case or simulator that shows them — and every Current practice note names an allowed
 * outside source.
 */
const chapters = readChapters();

describe('the boxes of every chapter', () => {
  it.each(chapters.map((c) => [c.file, c.body] as const))(
    '%s has pitfalls and a report checklist, under their headings',
    (_file, body) => {
      expect(body).toMatch(/^## Pitfalls and mimics\s*\n+<PitfallsAndMimics>/m);
      expect(body).toMatch(/^## Report checklist\s*\n+<ReportChecklist\b/m);
      const pitfalls = /<PitfallsAndMimics>([\s\S]*?)<\/PitfallsAndMimics>/.exec(body)?.[1] ?? '';
      expect(pitfalls, 'the pitfalls link to a figure case or simulator, or to the chapter that shows them').toMatch(
        /\]\(\/(?:cases|simulators)\/|chapter \d+/,
      );
    },
  );

  it('every Current practice note names allowed outside sources (not a simulator assumption)', () => {
    const problems: string[] = [];
    for (const { file, body } of chapters) {
      for (const m of body.matchAll(/<CurrentPractice\s+source=(?:"([^"]+)"|\{\[([^\]]+)\]\})\s*>/g)) {
        const ids = m[1] !== undefined ? [m[1]] : (m[2] ?? '').split(',').map((s) => s.trim().replace(/^'|'$/g, ''));
        for (const id of ids)
          if (!isOutsideSource(id) || id === 'model-assumption')
            problems.push(`${file}: <CurrentPractice source="${id}">`);
      }
      const opened = (body.match(/<CurrentPractice\b/g) ?? []).length;
      const closed = (body.match(/<\/CurrentPractice>/g) ?? []).length;
      if (opened !== closed) problems.push(`${file}: ${opened} <CurrentPractice> but ${closed} closing tags`);
    }
    expect(problems).toEqual([]);
  });

  it('every chapter keeps an image-based objective and links at least one figure case or simulator', () => {
    for (const { file, frontmatter } of chapters) {
      const ids = (frontmatter.objectives as { id: string }[]).map((o) => o.id);
      expect(
        ids.some((id) => id.endsWith('-images')),
        file,
      ).toBe(true);
      const linked = [
        ...((frontmatter.cases as string[] | undefined) ?? []),
        ...((frontmatter.simulators as string[] | undefined) ?? []),
      ];
      expect(linked.length, file).toBeGreaterThan(0);
    }
  });
});

describe('reading time', () => {
  it('counts the words a reader sees, not tags or link targets', () => {
    expect(visibleWordCount('A <Term id="adc">low ADC</Term> [here](/chapters/x/) <CheckYourself id="q-1" />')).toBe(4);
  });

  it('rounds up at 200 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(201))).toBe(2);
  });
});
