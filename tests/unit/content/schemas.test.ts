import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema, factSchema, figureCaseSchema, glossaryTermSchema } from '../../../src/content/schemas';
import { validateList, describeIssues } from '../../../src/content/loaders/validate';
import { itemSchema } from '../../../src/quiz-engine/items/schema';
import { chapterSlugs } from '../../../src/quiz-engine/items/common';

const contentDir = path.resolve('src/content');
const yamlFiles = (dir: string) =>
  readdirSync(path.join(contentDir, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(contentDir, dir, f));
const frontMatter = (file: string): unknown => {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return match ? parse(match[1] ?? '') : undefined;
};

describe('a broken question file fails with messages that name the file, the entry and the field', () => {
  const file = 'tests/fixtures/content/bad-questions.yaml';
  const result = validateList(file, parse(readFileSync(file, 'utf8')), itemSchema);

  it('is rejected', () => {
    expect(result.ok).toBe(false);
  });
  const problems = result.ok ? [] : result.problems;
  it('names a key that points at no option', () => {
    expect(problems).toContain(
      `${file}, entry "key-points-nowhere", field answer: the key "e" is not one of the options`,
    );
  });
  it('names a missing explanation and an empty option reason by their paths', () => {
    expect(problems.some((p) => p.startsWith(`${file}, entry "missing-explanation", field explanation:`))).toBe(true);
    expect(problems).toContain(`${file}, entry "missing-explanation", field options[1].why: must not be empty`);
  });
  it('names a duplicate id and where it was first used', () => {
    expect(problems).toContain(`${file}, entry "good-item", field id: the id "good-item" is already used in ${file}`);
  });
  it('does not complain about the valid entry', () => {
    expect(problems.filter((p) => p.includes('"good-item"') && !p.includes('already used'))).toEqual([]);
  });
});

describe('content validation messages', () => {
  it('a file that is not a list says what it found', () => {
    const result = validateList('x.yaml', { id: 'a' }, factSchema);
    expect(result.ok ? [] : result.problems).toEqual([
      'x.yaml: expected a YAML list of entries ("- id: …"), found a object',
    ]);
  });
  it('a chapter without enough objectives names the field and the rule', () => {
    const parsed = chapterSchema.safeParse({
      title: 'T',
      order: 1,
      sections: ['Introduction'],
      summary: 'S',
      objectives: [{ id: 'one', text: 'one' }],
      keyPoints: ['a', 'b'],
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(describeIssues('src/content/chapters/t.mdx', 't', parsed.error)).toEqual([
        'src/content/chapters/t.mdx, entry "t", field objectives: give 3–6 learning objectives',
      ]);
    }
  });
  it('a fact from a source that is not on the allowed list is rejected', () => {
    const parsed = factSchema.safeParse({ id: 'x', statement: 's', numbers: ['5'], source: { outside: 'wikipedia' } });
    expect(parsed.success).toBe(false);
  });
  it('a fact number written as text is rejected', () => {
    const parsed = factSchema.safeParse({
      id: 'x',
      statement: 's',
      numbers: ['five'],
      source: { review: 'Introduction' },
    });
    expect(parsed.success).toBe(false);
  });
});

describe('the content in the repository is valid', () => {
  const chapterFiles = readdirSync(path.join(contentDir, 'chapters')).filter((f) => f.endsWith('.mdx'));

  it.each(chapterFiles)('chapter %s has valid front matter and a known slug', (name) => {
    const result = chapterSchema.safeParse(frontMatter(path.join(contentDir, 'chapters', name)));
    expect(result.success ? [] : describeIssues(name, name, result.error)).toEqual([]);
    expect(chapterSlugs).toContain(name.replace(/\.mdx$/, ''));
  });

  it('chapter orders are unique', () => {
    const orders = chapterFiles.map(
      (name) => (frontMatter(path.join(contentDir, 'chapters', name)) as { order: number }).order,
    );
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('every question file is valid, with ids unique across files', () => {
    const seen = new Map<string, string>();
    const problems = yamlFiles('questions').flatMap((file) => {
      const result = validateList(path.relative('.', file), parse(readFileSync(file, 'utf8')), itemSchema, seen);
      return result.ok ? [] : result.problems;
    });
    expect(problems).toEqual([]);
  });

  it('every facts file is valid, with ids unique across files', () => {
    const seen = new Map<string, string>();
    const problems = yamlFiles('facts').flatMap((file) => {
      const result = validateList(path.relative('.', file), parse(readFileSync(file, 'utf8')), factSchema, seen);
      return result.ok ? [] : result.problems;
    });
    expect(problems).toEqual([]);
  });

  it('the glossary is valid, with unique ids', () => {
    const file = path.join(contentDir, 'glossary', 'terms.yaml');
    const result = validateList(
      'src/content/glossary/terms.yaml',
      parse(readFileSync(file, 'utf8')),
      glossaryTermSchema,
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('every figure case is valid', () => {
    const problems = yamlFiles('cases').flatMap((file) => {
      const result = figureCaseSchema.safeParse(parse(readFileSync(file, 'utf8')));
      return result.success ? [] : describeIssues(path.relative('.', file), path.basename(file), result.error);
    });
    expect(problems).toEqual([]);
  });
});
