import { describe, expect, it } from 'vitest';
import { splitChapterSections } from '../../../src/search/chapter-sections';

const body = `Intro text before any heading.

## Diffusion: a window on cellularity

Low <Term id="adc">ADC</Term> means **restricted diffusion**.

### The ADC map

Computed from two b-values.

\`\`\`
## not a heading inside code
\`\`\`

## DCE-MRI

Ktrans and kep.
`;

const rendered = [
  { depth: 2, slug: 'diffusion-a-window-on-cellularity', text: 'Diffusion: a window on cellularity' },
  { depth: 3, slug: 'the-adc-map', text: 'The ADC map' },
  { depth: 2, slug: 'dce-mri', text: 'DCE-MRI' },
];

describe('splitting a chapter into searchable sections', () => {
  it('gives each ## and ### heading its text up to the next heading, with the rendered anchor', () => {
    const sections = splitChapterSections(body, rendered);
    expect(sections.map((s) => [s.heading, s.slug, s.depth])).toEqual([
      ['Diffusion: a window on cellularity', 'diffusion-a-window-on-cellularity', 2],
      ['The ADC map', 'the-adc-map', 3],
      ['DCE-MRI', 'dce-mri', 2],
    ]);
    expect(sections[0]?.text).toBe('Low ADC means restricted diffusion .');
    expect(sections[0]?.phrases).toEqual(['restricted diffusion', 'ADC']);
    expect(sections[2]?.text).toBe('Ktrans and kep.');
  });

  it('ignores a heading line inside a code block and h4 headings Astro reports', () => {
    const withH4 = [...rendered, { depth: 4, slug: 'deep', text: 'Deep' }];
    expect(splitChapterSections(body, withH4)).toHaveLength(3);
  });

  it('refuses when the rendered headings do not match the heading lines', () => {
    expect(() => splitChapterSections(body, rendered.slice(0, 2))).toThrow(RangeError);
  });
});
