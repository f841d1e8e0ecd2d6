import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { exclusionGroupsSchema, type ExclusionGroup } from '../../quiz-engine/items/exclusions';

export const exclusionGroupsFile = 'src/content/exclusion-groups.yaml';

/** Reads and validates the exclusion groups (build and test time only: uses the file system). */
export function readExclusionGroups(root = '.'): ExclusionGroup[] {
  const raw: unknown = parse(readFileSync(path.resolve(root, exclusionGroupsFile), 'utf8')) ?? [];
  return exclusionGroupsSchema.parse(raw);
}
