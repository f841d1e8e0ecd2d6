import type { CaseItem } from '../../items/case/schema';
import { isBranchingCase } from '../../items/case';
import type { Item } from '../../items/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import type { PanelImage } from './item-images';

/**
 * A multi-step case as a sequence of linked questions, for formats that have no multi-step
 * type (Moodle XML, QTI): step k becomes its own single-best or numeric question whose text
 * repeats the vignette and every finding revealed up to that step, with the step's image.
 * The ids are `<case id>-step-<k>`, so an LMS lists them together and in order; the educator
 * adds them to a quiz in that order (Moodle: sequential navigation, so earlier answers cannot
 * be changed once later findings are shown).
 *
 * A case whose steps depend on earlier answers (`onlyIf`) cannot be a fixed sequence: it is
 * left out, with the reason.
 */
export { branchingCaseReason, isBranchingCase } from '../../items/case';

/** A step written as an ordinary item, carrying the step's image if it has one. */
export type LinkedStep = (SingleBestItem | NumericItem) & {
  readonly image?: PanelImage;
  readonly caseId: string;
  readonly step: number;
  readonly steps: number;
};

export function linkedSteps(item: CaseItem): LinkedStep[] {
  if (isBranchingCase(item))
    throw new RangeError(`case "${item.id}" branches on earlier answers and cannot be written as linked questions`);
  const findings: string[] = [];
  return item.steps.map((step, index) => {
    if (step.reveal) findings.push(step.reveal);
    const heading = `Case ${item.id}, step ${index + 1} of ${item.steps.length}.`;
    const stem = [heading, item.stem, ...findings, step.question.prompt].join('\n\n');
    const base = {
      id: `${item.id}-step-${index + 1}`,
      chapter: item.chapter,
      topics: item.topics,
      objective: item.objective,
      difficulty: item.difficulty,
      stem,
      explanation: step.explanation,
      source: item.source,
      caseId: item.id,
      step: index + 1,
      steps: item.steps.length,
      ...(step.image ? { image: step.image } : {}),
    };
    const q = step.question;
    if (q.type === 'single-best') return { ...base, type: 'single-best', options: q.options, answer: q.answer };
    return { ...base, type: 'numeric', answer: q.answer, tolerance: q.tolerance, unit: q.unit, decimals: q.decimals };
  });
}

/** The items a linked-question format writes: cases expanded into their steps. */
export function expandCases(items: readonly Item[]): (Item | LinkedStep)[] {
  return items.flatMap((item) => (item.type === 'case' ? linkedSteps(item) : [item]));
}
