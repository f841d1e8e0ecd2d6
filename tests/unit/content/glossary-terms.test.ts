import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../../src/content/schemas';
import { termIdsInMdx } from '../../../src/pages/glossary/_term-usage';
import { readChapters, readGlossary } from './facts-content-files';

const terms = readGlossary().map((t) => glossaryTermSchema.parse(t));
const ids = new Set(terms.map((t) => t.id));

describe('the glossary', () => {
  it('has at least 60 valid terms with unique ids', () => {
    expect(terms.length).toBeGreaterThanOrEqual(60);
    expect(ids.size).toBe(terms.length);
  });

  it('covers the terms the course needs', () => {
    for (const id of [
      'sstr',
      'ssrs',
      'dotatate',
      'dwi',
      'adc',
      'dce',
      'ktrans',
      'kep',
      'iauc',
      'ceus',
      'eus',
      'mrcp',
      'mr-enterography',
      'enteroclysis',
      'ecloma',
      'cag',
      'zollinger-ellison',
      'men-1',
      'vhl',
      'nelm',
      'phnet',
      'recist',
      'choi',
      'mrecist',
      'ssa',
      'prrt',
      'ki-67',
      'grade',
      'nec',
      'gadoxetate',
      'hepatobiliary-phase',
      'desmoplastic-reaction',
      'target-appearance',
    ]) {
      expect(ids, `missing glossary term ${id}`).toContain(id);
    }
  });
});

describe('terms used by chapters exist in the glossary', () => {
  it('reads the ids of <Term> tags in an MDX body', () => {
    expect(
      termIdsInMdx('A low <Term id="adc">ADC</Term> and <Term id=\'dwi\'>DWI</Term>, <Term id={"ki-67"}>Ki-67</Term>'),
    ).toEqual(['adc', 'dwi', 'ki-67']);
  });

  it('every <Term id> in a chapter body is a glossary id', () => {
    const problems = readChapters().flatMap(({ file, body }) =>
      termIdsInMdx(body)
        .filter((id) => !ids.has(id))
        .map((id) => `${file}: <Term id="${id}"> is not in src/content/glossary/terms.yaml`),
    );
    expect(problems).toEqual([]);
  });

  it("every id in a chapter's front-matter terms is a glossary id", () => {
    const problems = readChapters().flatMap(({ file, frontmatter }) => {
      const listed = Array.isArray(frontmatter.terms) ? (frontmatter.terms as unknown[]).map(String) : [];
      return listed
        .filter((id) => !ids.has(id))
        .map((id) => `${file}: front-matter term "${id}" is not in the glossary`);
    });
    expect(problems).toEqual([]);
  });
});
