import { describe, expect, it } from 'vitest';
import { isPending, readBank } from './bank-files';

/**
 * One fact, one answer (issue 14 §5). Where the review contradicts itself, docs/settled-facts.md
 * (written by the chapters helper) fixes the wording every item must follow. This test reads
 * what each finished item *teaches* — its explanation, its key and the key's reason, and the same
 * for every case step — and fails on the rejected wordings. Distractors may still voice them:
 * a wrong option is where a misconception belongs.
 */
const rejected: readonly { point: string; pattern: RegExp }[] = [
  {
    point: '1. enteroclysis is desirable / advised when CT fails, never "mandatory"',
    pattern: /enteroclysis[^.]*\bmandatory\b|\bmandatory\b[^.]*enteroclysis/i,
  },
  {
    point: '2. EUS and MRI have similar sensitivity for pNET: never "EUS is the most sensitive"',
    pattern: /\bEUS\b[^.]*\bmost sensitive\b|\bmost sensitive\b[^.]*\bEUS\b/i,
  },
  {
    point: '4. rectal NET risk rises with size: never "metastases occur only above 2 cm"',
    pattern:
      /metasta\w*[^.]*\bonly\b[^.]*(above|over|larger than) 2 cm|under 2 cm[^.]*(does not|do not|never) (metastasi|spread)/i,
  },
  {
    point: '5. gastric NENs are not "the most frequent digestive NENs"',
    pattern: /most (frequent|common) digestive (NEN|neuroendocrine)/i,
  },
  { point: '6. say "NEC" or "NET G3", never "G3 NEC"', pattern: /\bG3 NEC\b/ },
  {
    point: '7. a pNET is never called benign from its enhancement',
    pattern: /\bbenign (pNET|pancreatic NET|tumou?r)\b/i,
  },
  {
    point: '10. MRCP is strongly recommended before resection, not "always"',
    pattern: /\bMRCP\b[^.]*\balways\b|\bno pancreatic NET (may|should) be resected\b/i,
  },
  { point: '14. ADC histogram analysis "may help", never "predicts"', pattern: /histogram[^.]*\bpredicts\b/i },
  {
    point: '16. NETs are imaged in the late arterial phase, not the "early (late-arterial)" phase',
    pattern: /early \(late[- ]arterial\)/i,
  },
];

interface Option {
  readonly id: string;
  readonly text: string;
  readonly why: string;
}
interface Taught {
  readonly id: string;
  readonly type: string;
  readonly chapter: string;
  readonly explanation: string;
  readonly options?: readonly Option[];
  readonly answer?: unknown;
  readonly answers?: readonly string[];
  readonly steps?: readonly {
    readonly explanation: string;
    readonly question: { readonly options?: readonly Option[]; readonly answer?: unknown };
  }[];
}

/** The text an item teaches as true: explanations, keys and the keys' reasons. */
function taught(item: Taught): string[] {
  const keyed = (options: readonly Option[] | undefined, keys: readonly unknown[]) =>
    (options ?? []).filter((o) => keys.includes(o.id)).flatMap((o) => [o.text, o.why]);
  return [
    item.explanation,
    ...keyed(item.options, item.type === 'multiple-response' ? (item.answers ?? []) : [item.answer]),
    ...(item.steps ?? []).flatMap((step) => [
      step.explanation,
      ...keyed(step.question.options, [step.question.answer]),
    ]),
  ];
}

describe('items teach the settled wording where the review contradicts itself', () => {
  const live = (readBank() as unknown as Taught[]).filter((item) => !isPending(item));
  it.each(rejected)('$point', ({ pattern }) => {
    const offenders = live.filter((item) => taught(item).some((text) => pattern.test(text))).map((item) => item.id);
    expect(offenders).toEqual([]);
  });
  it('the rejected wordings are caught (self-test)', () => {
    expect(rejected[0]!.pattern.test('Enteroclysis-CT is mandatory to assess the small bowel')).toBe(true);
    expect(rejected[4]!.pattern.test('often G3 NEC')).toBe(true);
    expect(rejected[2]!.pattern.test('metastases occur only in tumours larger than 2 cm')).toBe(true);
  });
});
