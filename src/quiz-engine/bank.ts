import type { Item } from './items/schema';
import { chapterSlugs, difficultyLevels } from './items/chapters';
import { descriptorOf } from './items/item-types';
import { isRecord } from '../lib/is-record';

/**
 * The published question bank (/data/questions.json) as the islands read it. `version` is
 * the version of this file's format (not of the content): bump it when an item field changes
 * meaning, so old cached copies are recognised.
 *
 * Every item was validated against the full item schema when the site was built, so the
 * browser only checks each item's shape (the fields the pages rely on) — a guard against a
 * stale or foreign file that costs a few hundred bytes instead of the content schemas.
 */
export const questionBankVersion = 1;

export interface QuestionBank {
  readonly version: number;
  readonly items: readonly Item[];
  /** Ids of items whose shape is wrong (a stale cached file, say); they are left out. */
  readonly skipped: readonly string[];
}

export type BankReading =
  { readonly ok: true; readonly bank: QuestionBank } | { readonly ok: false; readonly problem: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isList = (v: unknown, min = 1): v is unknown[] => Array.isArray(v) && v.length >= min;

function hasItemShape(raw: unknown): raw is Item {
  if (!isRecord(raw) || !isText(raw.id) || !isText(raw.stem) || !isText(raw.explanation) || !isText(raw.source))
    return false;
  // The type's own fields are checked by its descriptor (items/<type>/index.ts).
  const descriptor = typeof raw.type === 'string' ? descriptorOf(raw.type) : undefined;
  if (!descriptor) return false;
  if (
    !(chapterSlugs as readonly unknown[]).includes(raw.chapter) ||
    !(difficultyLevels as readonly unknown[]).includes(raw.difficulty)
  )
    return false;
  if (!isList(raw.topics) || !raw.topics.every(isText)) return false;
  if (
    raw.image !== undefined &&
    !(isRecord(raw.image) && isText(raw.image.case) && isText(raw.image.panel) && isText(raw.image.alt))
  )
    return false;
  return descriptor.bankShape(raw);
}

/** Narrows fetched JSON to a bank: the format version must match; misshapen items are skipped and named. */
export function readQuestionBank(value: unknown): BankReading {
  if (!isRecord(value) || !Array.isArray(value.items))
    return { ok: false, problem: 'the question bank file has no list of items' };
  if (value.version !== questionBankVersion) {
    return {
      ok: false,
      problem: `the question bank file is format ${String(value.version)}, this page reads format ${questionBankVersion}`,
    };
  }
  const items: Item[] = [];
  const skipped: string[] = [];
  for (const raw of value.items) {
    if (hasItemShape(raw)) items.push(raw);
    else skipped.push(isRecord(raw) && typeof raw.id === 'string' ? raw.id : '(no id)');
  }
  return { ok: true, bank: { version: questionBankVersion, items, skipped } };
}

/** A lookup by id, for sessions and results. */
export function itemLookup(items: readonly Item[]): (id: string) => Item | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => byId.get(id);
}
