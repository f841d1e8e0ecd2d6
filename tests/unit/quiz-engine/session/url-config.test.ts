import { describe, expect, it } from 'vitest';
import { configFromSearch } from '../../../../src/quiz-engine/session/url-config';

describe('a quiz link’s settings (?chapter=, ?only=, ?mode=)', () => {
  it('known chapters, a history filter and a mode are taken as they are', () => {
    expect(configFromSearch('?chapter=optimising-ct&chapter=colorectal-nets&only=flagged&mode=exam')).toEqual({
      config: { chapters: ['optimising-ct', 'colorectal-nets'], only: 'flagged', mode: 'exam' },
      problems: [],
    });
  });
  it('an unknown chapter is left out and named in a problem, never silently filtering to nothing', () => {
    const read = configFromSearch('?chapter=optimsing-ct&chapter=colorectal-nets');
    expect(read.config).toEqual({ chapters: ['colorectal-nets'] });
    expect(read.problems).toEqual([
      '“optimsing-ct” is not a chapter of this course, so the link’s chapter choice was ignored for it.',
    ]);
  });
  it('an unknown filter or mode is named too', () => {
    expect(configFromSearch('?only=wrong&mode=speed').problems).toHaveLength(2);
  });
  it('no settings, no problems', () => {
    expect(configFromSearch('')).toEqual({ config: {}, problems: [] });
  });
});
