import type { Item, ItemType } from '../../items/schema';

/**
 * The simulated image panels an item shows: a hotspot's image, a case step's images, and the
 * optional `image` of single-best and multiple-response items (read here without relying on
 * the item schemas, which gain that field separately). Each is a figure case panel whose still
 * the site publishes at /cases/<case>/<panel>.png.
 */
export interface PanelImage {
  readonly case: string;
  readonly panel: string;
  readonly alt: string;
}

function asPanelImage(value: unknown): PanelImage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.case !== 'string' || typeof v.panel !== 'string' || typeof v.alt !== 'string') return undefined;
  if (!/^[a-z0-9-]+$/.test(v.case) || !/^[A-L]$/.test(v.panel)) return undefined;
  return { case: v.case, panel: v.panel, alt: v.alt };
}

/** The item's own image (hotspot, or the optional one on choice items); undefined if none. */
export function itemImage(item: Item): PanelImage | undefined {
  return asPanelImage((item as { readonly image?: unknown }).image);
}

/** Every panel an item shows, case steps included, without repeats. */
export function itemImages(item: Item): PanelImage[] {
  const found: PanelImage[] = [];
  const own = itemImage(item);
  if (own) found.push(own);
  if (item.type === 'case') for (const step of item.steps) if (step.image) found.push(step.image);
  const seen = new Set<string>();
  return found.filter((image) => {
    const key = panelImagePath(image);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The image's path inside a package (and below /cases/ on the site): `<case>/<panel>.png`. */
export function panelImagePath(image: Pick<PanelImage, 'case' | 'panel'>): string {
  return `${image.case}/${image.panel}.png`;
}

/** A file name safe in any LMS: `<case>-<panel>.png`. */
export function panelImageFileName(image: Pick<PanelImage, 'case' | 'panel'>): string {
  return `${image.case}-${image.panel}.png`;
}

export interface ExportCounts {
  /** Items per type. */
  readonly byType: Readonly<Partial<Record<ItemType, number>>>;
  /** Items per type that show at least one image. */
  readonly withImages: Readonly<Partial<Record<ItemType, number>>>;
  /** Distinct image files carried. */
  readonly images: number;
  readonly total: number;
}

export function exportCounts(items: readonly Item[]): ExportCounts {
  const byType: Partial<Record<ItemType, number>> = {};
  const withImages: Partial<Record<ItemType, number>> = {};
  const files = new Set<string>();
  for (const item of items) {
    byType[item.type] = (byType[item.type] ?? 0) + 1;
    const images = itemImages(item);
    if (images.length > 0) withImages[item.type] = (withImages[item.type] ?? 0) + 1;
    for (const image of images) files.add(panelImagePath(image));
  }
  return { byType, withImages, images: files.size, total: items.length };
}

/** "12 questions: 5 single-best (2 with an image), 3 hotspot (3 with an image); 5 image files." */
export function describeCounts(counts: ExportCounts): string {
  const parts = Object.entries(counts.byType).map(([type, n]) => {
    const img = counts.withImages[type as ItemType] ?? 0;
    return `${n} ${type}${img > 0 ? ` (${img} with an image)` : ''}`;
  });
  return `${counts.total} question${counts.total === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}; ${counts.images} image file${counts.images === 1 ? '' : 's'}.`;
}
