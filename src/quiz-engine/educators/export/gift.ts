import type { Item } from '../../items/schema';
import type { MatchingItem } from '../../items/matching/schema';
import type { MultipleResponseItem } from '../../items/multiple-response/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import { categoryPath, partitionForExport, percentFraction, stemWithUnit, type ExportResult } from './exportable';
import { escapeHtml } from './xml-text';
import { describeCounts } from './item-images';

/**
 * GIFT, Moodle's plain-text question format. Each question is `::id::[html]stem{answers}`,
 * separated by blank lines, under a `$CATEGORY:` line per chapter. Text is HTML-escaped
 * (& < >) and then GIFT's special characters ~ = # { } : and the backslash are escaped with
 * a backslash; line breaks are written as \n.
 *
 * - single-best: `=key#why ~distractor#why … ####explanation`
 * - multiple-response: `~%50%key#why ~%-50%distractor#why …` (±100/k per option, k keys)
 * - numeric: `{#answer:tolerance####explanation}`
 * - matching: `=premise -> response`; unused responses as extra wrong answers `= -> response`
 * Ordering and multi-step case items are skipped with a reason, and so is every item that shows
 * a simulated image (hotspot, image-based choice items): GIFT is plain text.
 */

/** Escapes plain text for a GIFT question written in [html] format. */
export function escapeGift(text: string): string {
  return escapeHtml(text)
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

function generalFeedback(item: Item): string {
  return `####${escapeGift(`${item.explanation}\n\nSource: the review, section "${item.source}".`)}`;
}

function choiceAnswers(item: SingleBestItem | MultipleResponseItem): string[] {
  if (item.type === 'single-best') {
    return item.options.map((o) => `${o.id === item.answer ? '=' : '~'}${escapeGift(o.text)}#${escapeGift(o.why)}`);
  }
  const share = percentFraction(1, item.answers.length);
  return item.options.map(
    (o) => `~%${item.answers.includes(o.id) ? '' : '-'}${share}%${escapeGift(o.text)}#${escapeGift(o.why)}`,
  );
}

function numericAnswer(item: NumericItem): string[] {
  return [`#${item.answer}:${item.tolerance}`];
}

function matchingPairs(item: MatchingItem): string[] {
  const responseText = new Map(item.responses.map((r) => [r.id, r.text]));
  const used = new Set(item.premises.map((p) => p.match));
  return [
    ...item.premises.map((p) => `=${escapeGift(p.text)} -> ${escapeGift(responseText.get(p.match) ?? '')}`),
    ...item.responses.filter((r) => !used.has(r.id)).map((r) => `= -> ${escapeGift(r.text)}`),
  ];
}

/** The answers (and stem) of each type GIFT carries; the others are left out by exportable.ts. */
type GiftType = 'single-best' | 'multiple-response' | 'numeric' | 'matching';
export const giftWriters: {
  readonly [T in GiftType]: (item: Extract<Item, { type: T }>) => { stem: string; answers: string[] };
} = {
  'single-best': (item) => ({ stem: item.stem, answers: choiceAnswers(item) }),
  'multiple-response': (item) => ({ stem: item.stem, answers: choiceAnswers(item) }),
  numeric: (item) => ({ stem: stemWithUnit(item.stem, item.unit), answers: numericAnswer(item) }),
  matching: (item) => ({ stem: item.stem, answers: matchingPairs(item) }),
};

function questionGift(item: Item): string {
  const write = (giftWriters as Partial<Record<string, (item: Item) => { stem: string; answers: string[] }>>)[
    item.type
  ];
  if (!write) throw new TypeError(`item "${item.id}" of type "${item.type}" cannot be written as GIFT`);
  const { stem, answers } = write(item);
  const comment = `// ${item.id} · ${item.type} · ${item.difficulty} · ${item.topics.join(', ')}`.replace(
    /\r?\n/g,
    ' ',
  );
  const body =
    item.type === 'numeric'
      ? `{${answers[0]}${generalFeedback(item)}}`
      : `{\n${answers.map((a) => `\t${a}`).join('\n')}\n\t${generalFeedback(item)}\n}`;
  return `${comment}\n::${item.id}::[html]${escapeGift(stem)}${body}`;
}

/** The items as one GIFT text, with the items it had to skip. */
export function toGift(items: readonly Item[]): ExportResult<string> {
  const { exportable, skipped, counts } = partitionForExport(items, 'gift');
  const leftOut = skipped
    .map((s) => `\n// left out: ${s.id} (${s.type}): ${s.reason}`.replace(/\r?\n(?!\/\/)/g, ' '))
    .join('');
  const blocks = [
    `// GEP-NET Imaging question bank, GIFT format (Moodle). Educational use only.\n// ${describeCounts(counts)}${leftOut}`,
  ];
  let chapter: string | undefined;
  for (const item of exportable) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      blocks.push(`$CATEGORY: ${categoryPath(chapter)}`);
    }
    blocks.push(questionGift(item));
  }
  return { content: `${blocks.join('\n\n')}\n`, included: exportable.map((i) => i.id), skipped, counts };
}
