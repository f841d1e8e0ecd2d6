import type { Item } from '../../items/schema';

/**
 * Which item types each LMS format can carry. An item that cannot be carried faithfully is
 * left out with a reason the educator can read; nothing is half-exported.
 */
export type ExportFormat = 'moodle-xml' | 'gift' | 'qti';

export interface SkippedItem {
  readonly id: string;
  readonly type: Item['type'];
  readonly reason: string;
}

export interface ExportResult<T> {
  readonly content: T;
  readonly included: readonly string[];
  readonly skipped: readonly SkippedItem[];
}

const hotspotReason = 'image hotspot questions need the simulated image and its clickable regions, which this format cannot carry';
const caseReason = 'multi-step cases reveal findings step by step, which this format cannot carry';

/** Why an item cannot go into a format, or undefined if it can. */
export function skipReason(item: Item, format: ExportFormat): string | undefined {
  switch (item.type) {
    case 'single-best':
    case 'multiple-response':
    case 'numeric':
      return undefined;
    case 'hotspot':
      return hotspotReason;
    case 'case':
      return caseReason;
    case 'ordering':
      return format === 'qti' ? undefined : format === 'gift' ? 'GIFT has no ordering question type' : "ordering questions need Moodle's optional Ordering question type, which this export does not write";
    case 'matching': {
      if (format === 'qti') return undefined;
      const answers = new Set(item.responses.map((r) => r.text)).size;
      if (answers < 3) return 'Moodle needs at least three answers in a matching question';
      if (format === 'gift' && [...item.premises.map((p) => p.text), ...item.responses.map((r) => r.text)].some((t) => t.includes('->'))) {
        return 'GIFT cannot write "->" inside a matching pair';
      }
      return undefined;
    }
  }
}

/** Splits a selection into the items a format takes and those it skips (with reasons). */
export function partitionForExport(items: readonly Item[], format: ExportFormat): { readonly exportable: readonly Item[]; readonly skipped: readonly SkippedItem[] } {
  const exportable: Item[] = [];
  const skipped: SkippedItem[] = [];
  for (const item of items) {
    const reason = skipReason(item, format);
    if (reason === undefined) exportable.push(item);
    else skipped.push({ id: item.id, type: item.type, reason });
  }
  return { exportable, skipped };
}

/** The numeric question's stem with the unit the answer is expected in. */
export function stemWithUnit(stem: string, unit: string): string {
  return unit.trim() === '' ? stem : `${stem} (Give the answer in ${unit}.)`;
}

/** Moodle's grade fractions are percentages with at most 5 decimals (33.33333). */
export function percentFraction(numerator: number, denominator: number): string {
  const value = (numerator / denominator) * 100;
  return String(Math.round(value * 100000) / 100000);
}

/** The category an item is filed under in the LMS question bank. */
export function categoryPath(chapter: string): string {
  return `$course$/top/GEP-NET Imaging/${chapter}`;
}
