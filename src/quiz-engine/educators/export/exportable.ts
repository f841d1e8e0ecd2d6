import type { Item } from '../../items/schema';
import { giftImageReason, type ExportFormat } from '../../items/descriptor';
import { descriptorByType } from '../../items/item-types';
import { exportCounts, itemImages, panelImagePath, type ExportCounts } from './item-images';

/**
 * Which items each LMS format can carry (each type's descriptor says, in `exports`). An item
 * that cannot be carried faithfully is left out with a reason the educator can read; nothing
 * is half-exported.
 *
 * Images travel inside the export (Moodle XML: base64 <file> elements; QTI: files in the
 * package). The caller supplies each panel's PNG bytes (`ExportImages`, keyed by
 * `<case>/<panel>.png`); an item whose image is missing is left out, with the reason.
 */
export type { ExportFormat };

/** PNG bytes of simulated panels, keyed by `<case>/<panel>.png` (see item-images.ts). */
export type ExportImages = ReadonlyMap<string, Uint8Array>;
export const noImages: ExportImages = new Map();

export interface SkippedItem {
  readonly id: string;
  readonly type: Item['type'];
  readonly reason: string;
}

export interface ExportResult<T> {
  readonly content: T;
  readonly included: readonly string[];
  readonly skipped: readonly SkippedItem[];
  /** What the export carries: items per type, those with images, image files. */
  readonly counts: ExportCounts;
}

export { giftImageReason };

/** Why an item cannot go into a format, or undefined if it can. */
export function skipReason(item: Item, format: ExportFormat, images: ExportImages = noImages): string | undefined {
  const needed = itemImages(item);
  if (format === 'gift' && needed.length > 0) return giftImageReason;
  const missing = needed.find((image) => !images.has(panelImagePath(image)));
  if (missing) return `its simulated image (case "${missing.case}", panel ${missing.panel}) was not available to embed`;
  const support = descriptorByType[item.type].exports[format] as string | true | ((item: Item) => string | undefined);
  return support === true ? undefined : typeof support === 'string' ? support : support(item);
}

/** Splits a selection into the items a format takes and those it skips (with reasons). */
export function partitionForExport(
  items: readonly Item[],
  format: ExportFormat,
  images: ExportImages = noImages,
): { readonly exportable: readonly Item[]; readonly skipped: readonly SkippedItem[]; readonly counts: ExportCounts } {
  const exportable: Item[] = [];
  const skipped: SkippedItem[] = [];
  for (const item of items) {
    const reason = skipReason(item, format, images);
    if (reason === undefined) exportable.push(item);
    else skipped.push({ id: item.id, type: item.type, reason });
  }
  return { exportable, skipped, counts: exportCounts(exportable) };
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

/** Bytes as base64 (no line breaks), in the browser and in Node alike. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Width and height of a PNG from its header (IHDR), or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { readonly width: number; readonly height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
