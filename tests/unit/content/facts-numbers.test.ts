import { describe, expect, it } from 'vitest';
import { factSchema } from '../../../src/content/schemas';
import {
  extractNumbers,
  isWorkedArithmetic,
  normaliseNumber,
  visibleText,
  workedExampleItems,
} from './facts-number-extraction';
import { frontmatterText, readChapters, readGlossary, readYamlList, readYamlObjects } from './facts-content-files';

/**
 * Provenance: every number a learner reads in a chapter, a question or the glossary must be in
 * the facts registry (src/content/facts/). Names and labels with digits (68Ga, G2, Figure 5,
 * RECIST 1.1 …) are whitelisted explicitly in facts-number-extraction.ts.
 */
const registry = new Set(
  readYamlList('facts').flatMap(({ entries }) =>
    entries.flatMap((e) => factSchema.parse(e).numbers.map(normaliseNumber)),
  ),
);

function unregistered(file: string, where: string, text: string, workedExample = false): string[] {
  return extractNumbers(text)
    .filter((n) => !registry.has(n.value))
    .filter((n) => !(workedExample && isWorkedArithmetic(text, n.at, n.length)))
    .map((n) => `${file} (${where}): ${n.value} is not in the facts registry — "…${n.context}…"`);
}

/** Front-matter fields a learner reads. */
const chapterTextFields = ['title', 'summary', 'objectives', 'keyPoints', 'keywords'] as const;

/** Question fields that are identifiers, keys or geometry, never shown as text. */
const questionSkippedKeys = new Set([
  'id',
  'objectiveId',
  'chapter',
  'type',
  'difficulty',
  'source',
  'anchor',
  'case',
  'panel',
  'step',
  'choices',
  'shape',
  'tolerance',
  'decimals',
  'cx',
  'cy',
  'r',
  'x',
  'y',
  'w',
  'h',
  'onlyIf',
  'area',
]);

/** Every string a learner may read in a question, with its path; numeric keys are shown too. */
function questionTexts(value: unknown, path: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (typeof value === 'number') return path.endsWith('.answer') ? [{ where: path, text: String(value) }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => questionTexts(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      if (questionSkippedKeys.has(key)) return [];
      if (key === 'answer' && typeof v === 'string') return [];
      return questionTexts(v, path === '' ? key : `${path}.${key}`);
    });
  }
  return [];
}

describe('numbers on the site are all in the facts registry', () => {
  it('the registry is not empty', () => {
    expect(registry.size).toBeGreaterThan(40);
  });

  it('every number in chapter bodies and front matter is in the registry', () => {
    const problems = readChapters().flatMap(({ file, frontmatter, body }) => [
      ...chapterTextFields.flatMap((field) => {
        const value = frontmatter[field];
        const texts = Array.isArray(value) ? value.map(frontmatterText) : value === undefined ? [] : [String(value)];
        return texts.flatMap((text) => unregistered(file, field, text));
      }),
      ...unregistered(file, 'body', visibleText(body)),
    ]);
    expect(problems).toEqual([]);
  });

  it('every number in question text (stems, options, explanations, reasons, reveals, numeric keys) is in the registry', () => {
    const problems = readYamlList('questions').flatMap(({ file, entries }) =>
      entries.flatMap((entry) => {
        const id = typeof entry.id === 'string' ? entry.id : '?';
        const worked = workedExampleItems.has(id);
        return questionTexts(entry, '').flatMap(({ where, text }) =>
          // A numeric key of a worked example is itself the result of its arithmetic.
          worked && where.endsWith('.answer') ? [] : unregistered(file, `${id} ${where}`, text, worked),
        );
      }),
    );
    expect(problems).toEqual([]);
  });

  it('every number in figure case text (title, summary, captions, alt text, teaching points) is in the registry', () => {
    const shown = new Set([
      'title',
      'summary',
      'legend',
      'notSimulated',
      'caption',
      'alt',
      'text',
      'teachingPoints',
      'findings',
      'question',
      'prompt',
      'label',
      'why',
      'explanation',
    ]);
    const texts = (value: unknown, key: string): string[] => {
      if (typeof value === 'string') return shown.has(key) ? [value] : [];
      if (Array.isArray(value)) return value.flatMap((v) => texts(v, key));
      if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
      return [];
    };
    const problems = readYamlObjects('cases').flatMap(({ file, data }) =>
      texts(data, '').flatMap((text) => unregistered(file, 'text', text)),
    );
    expect(problems).toEqual([]);
  });

  it('every number in glossary definitions is in the registry', () => {
    const problems = readGlossary().flatMap((term) =>
      [String(term.term ?? ''), String(term.definition ?? ''), ...((term.aka as string[] | undefined) ?? [])].flatMap(
        (text) => unregistered('src/content/glossary/terms.yaml', String(term.id), text),
      ),
    );
    expect(problems).toEqual([]);
  });
});
