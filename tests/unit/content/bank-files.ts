import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { LintItem } from '../../../src/content/bank/item-lint';
import type { MetricItem } from '../../../src/content/bank/metrics';
import { pendingChapters } from './bank-pending';

/** The raw question bank as the YAML files hold it (the schema tests validate it separately). */
export type BankItem = LintItem & MetricItem & { readonly file: string; readonly objectiveId?: string };

const questionsDir = path.resolve('src/content/questions');

export function readBank(): BankItem[] {
  return readdirSync(questionsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      (parse(readFileSync(path.join(questionsDir, file), 'utf8')) as Omit<BankItem, 'file'>[]).map((item) => ({
        ...item,
        file,
      })),
    );
}

export const isPending = (item: { chapter: string }): boolean => pendingChapters.includes(item.chapter);

/** A chapter's learning objectives, from its MDX front matter. */
export function chapterObjectives(slug: string): { id: string; text: string }[] {
  const text = readFileSync(path.resolve('src/content/chapters', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  const front = (match ? parse(match[1] ?? '') : {}) as { objectives?: { id: string; text: string }[] };
  return front.objectives ?? [];
}
