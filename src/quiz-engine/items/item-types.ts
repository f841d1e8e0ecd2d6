import type { ItemType } from './schema';

/** The item type names as a plain list (no zod), for browser code. */
export const itemTypeNames = [
  'single-best',
  'multiple-response',
  'ordering',
  'matching',
  'numeric',
  'hotspot',
  'case',
] as const satisfies readonly ItemType[];
