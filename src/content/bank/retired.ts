import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { slugPattern } from '../../lib/slug';

/** A dropped question: its id stays reserved forever (src/content/retired-items.yaml). */
export const retiredItemSchema = z.strictObject({
  id: z.string().regex(slugPattern),
  chapter: z.string().min(1),
  reason: z.string().trim().min(10, 'say why the item was dropped'),
});
export type RetiredItem = z.infer<typeof retiredItemSchema>;

export const retiredItemsFile = 'src/content/retired-items.yaml';

/** Reads and validates the retired list (build and test time only: uses the file system). */
export function readRetiredItems(root = '.'): RetiredItem[] {
  const raw: unknown = parse(readFileSync(path.resolve(root, retiredItemsFile), 'utf8')) ?? [];
  return z.array(retiredItemSchema).parse(raw);
}
