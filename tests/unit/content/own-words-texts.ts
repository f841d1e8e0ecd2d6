import { visibleText } from './facts-number-extraction';
import { frontmatterText, readChapters, readGlossary, readYamlList, readYamlObjects } from './facts-content-files';

/**
 * Every piece of prose a learner reads in the authored content, labelled with its file and the
 * entry and field it comes from, for the own-words test.
 */
export interface LearnerText {
  readonly file: string;
  /** The entry and field, e.g. "ct-flow-rate-1 options[0].why" or "body § The multiphase protocol". */
  readonly where: string;
  readonly text: string;
}

/** Chapter front-matter fields a learner reads as prose. */
const chapterProseFields = ['title', 'summary', 'objectives', 'keyPoints'] as const;

/** Splits a chapter body at its `##`/`###` headings, so a finding names the section it sits in. */
function bodySections(body: string): { heading: string; text: string }[] {
  const sections: { heading: string; text: string }[] = [];
  let heading = '(before the first heading)';
  let lines: string[] = [];
  for (const line of body.split('\n')) {
    const match = /^#{2,4}\s+(.*)$/.exec(line);
    if (match) {
      sections.push({ heading, text: lines.join('\n') });
      heading = (match[1] ?? '').replace(/\s*\{#[^}]*\}\s*$/, '').trim();
      lines = [];
    } else {
      lines.push(line);
    }
  }
  sections.push({ heading, text: lines.join('\n') });
  return sections.filter((s) => s.text.trim() !== '');
}

export function chapterTexts(): LearnerText[] {
  return readChapters().flatMap(({ file, frontmatter, body }) => [
    ...chapterProseFields.flatMap((field) => {
      const value = frontmatter[field];
      if (value === undefined) return [];
      const values = Array.isArray(value) ? value.map(frontmatterText) : [String(value)];
      return values.map((text, i) => ({ file, where: Array.isArray(value) ? `${field}[${i}]` : field, text }));
    }),
    ...bodySections(body).map(({ heading, text }) => ({ file, where: `body § ${heading}`, text: visibleText(text) })),
  ]);
}

/** Question keys that hold identifiers, keys, labels of the bank or geometry rather than prose. */
const questionNonProseKeys = new Set([
  'id',
  'objectiveId',
  'chapter',
  'type',
  'difficulty',
  'source',
  'anchor',
  'case',
  'panel',
  'choices',
  'shape',
  'topics',
  'tolerance',
  'decimals',
  'unit',
  'cx',
  'cy',
  'r',
  'x',
  'y',
  'w',
  'h',
  'onlyIf',
  'area',
  'answer',
  'answers',
]);

function proseStrings(value: unknown, path: string, skip: ReadonlySet<string>): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseStrings(v, `${path}[${i}]`, skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      skip.has(key) ? [] : proseStrings(v, path === '' ? key : `${path}.${key}`, skip),
    );
  }
  return [];
}

export function questionTexts(): LearnerText[] {
  return readYamlList('questions').flatMap(({ file, entries }) =>
    entries.flatMap((entry) => {
      const id = typeof entry.id === 'string' ? entry.id : '?';
      return proseStrings(entry, '', questionNonProseKeys).map(({ where, text }) => ({
        file,
        where: `${id} ${where}`,
        text,
      }));
    }),
  );
}

/** Case fields a learner reads; everything else in a case is scene, view or annotation geometry. */
const caseProseKeys = new Set([
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

export function caseTexts(): LearnerText[] {
  const walk = (value: unknown, path: string, key: string): { where: string; text: string }[] => {
    if (typeof value === 'string') return caseProseKeys.has(key) ? [{ where: path, text: value }] : [];
    if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${path}[${i}]`, key));
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => walk(v, path === '' ? k : `${path}.${k}`, k));
    }
    return [];
  };
  return readYamlObjects('cases').flatMap(({ file, data }) => walk(data, '', '').map((t) => ({ file, ...t })));
}

export function glossaryTexts(): LearnerText[] {
  return readGlossary().map((term) => ({
    file: 'src/content/glossary/terms.yaml',
    where: `${String(term.id)} definition`,
    text: String(term.definition ?? ''),
  }));
}
