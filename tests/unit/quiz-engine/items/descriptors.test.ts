import { describe, expect, it } from 'vitest';
import { itemSchema, type Item } from '../../../../src/quiz-engine/items/schema';
import {
  descriptorByType,
  descriptorOf,
  itemTypeDescriptors,
  itemTypeNames,
} from '../../../../src/quiz-engine/items/item-types';
import type { ExportFormat } from '../../../../src/quiz-engine/items/descriptor';
import { questionBankVersion, readQuestionBank } from '../../../../src/quiz-engine/bank';
import { giftWriters } from '../../../../src/quiz-engine/educators/export/gift';
import { moodleWriters } from '../../../../src/quiz-engine/educators/export/moodle-xml';
import { qtiWriters } from '../../../../src/quiz-engine/educators/export/qti';
import { displayOrder } from '../../../../src/quiz-engine/session/session';
import { scoreItem, totalMarks } from '../../../../src/quiz-engine/items/registry';
import { readBank } from '../../content/bank-files';
import { fixtureItems } from '../fixtures/items';

/** Every field a descriptor must have, and what kind of value it is. */
const descriptorFields = {
  type: 'string',
  response: 'object',
  score: 'function',
  validate: 'function',
  empty: 'function',
  displayOrder: 'function',
  bankShape: 'function',
  exports: 'object',
} as const;
const formats: readonly ExportFormat[] = ['gift', 'moodle-xml', 'qti'];

describe('item type descriptors (one per type, one list)', () => {
  it('declares every type with a complete descriptor', () => {
    expect(itemTypeDescriptors.length).toBeGreaterThan(0);
    for (const descriptor of itemTypeDescriptors) {
      for (const [field, kind] of Object.entries(descriptorFields)) {
        expect(typeof (descriptor as unknown as Record<string, unknown>)[field], `${descriptor.type}.${field}`).toBe(
          kind,
        );
      }
      expect(typeof descriptor.response.safeParse, `${descriptor.type}.response is a schema`).toBe('function');
      for (const format of formats) {
        const support: unknown = descriptor.exports[format];
        expect(
          support === true || (typeof support === 'string' && support.length > 0) || typeof support === 'function',
          `${descriptor.type}.exports.${format}`,
        ).toBe(true);
      }
    }
  });

  it('names each type once, and the content schemas name the same types in the same order', () => {
    expect(new Set(itemTypeNames).size).toBe(itemTypeNames.length);
    const schemaTypes = itemSchema.options.map((option) => option.shape.type.value);
    expect(schemaTypes).toEqual([...itemTypeNames]);
    for (const name of itemTypeNames) expect(descriptorByType[name].type).toBe(name);
    expect(descriptorOf('essay')).toBeUndefined();
    expect(descriptorOf('toString')).toBeUndefined();
  });

  it('gives each type a response shape no other type accepts', () => {
    const examples: Record<string, unknown> = {
      'single-best': { choice: 'a' },
      'multiple-response': { choices: ['a'] },
      ordering: { order: ['a'] },
      matching: { pairs: { a: 'b' } },
      numeric: { value: '3' },
      hotspot: { kind: 'region', region: 'r' },
      case: { steps: { s: 'a' } },
    };
    expect(Object.keys(examples).sort()).toEqual([...itemTypeNames].sort());
    for (const d of itemTypeDescriptors) {
      for (const [type, example] of Object.entries(examples)) {
        expect(d.response.safeParse(example).success, `${d.type} accepts the ${type} response`).toBe(type === d.type);
      }
    }
  });

  it('has a writer for every type a format carries, and none for a type it never carries', () => {
    const writers: Record<ExportFormat, readonly string[]> = {
      gift: Object.keys(giftWriters),
      // Moodle XML and QTI write a (non-branching) case as linked single-best/numeric questions.
      'moodle-xml': [...Object.keys(moodleWriters), 'case'],
      qti: [...Object.keys(qtiWriters), 'case'],
    };
    for (const format of formats) {
      const carried = itemTypeDescriptors.filter((d) => typeof d.exports[format] !== 'string').map((d) => d.type);
      expect([...writers[format]].sort(), format).toEqual([...carried].sort());
    }
  });
});

describe('the published bank round-trips through readQuestionBank', () => {
  // The YAML bank, plus a fixture item of each type the bank has none of (ordering, today).
  const bank: Item[] = readBank()
    .filter((entry) => !entry.file.endsWith('.check.yaml'))
    .map(({ file: _file, ...entry }) => itemSchema.parse(entry));
  const items: Item[] = [...bank, ...fixtureItems.filter((f) => !bank.some((item) => item.type === f.type))];

  it('reads back every item of the YAML bank, of every type, with none skipped', () => {
    const reading = readQuestionBank(JSON.parse(JSON.stringify({ version: questionBankVersion, items })));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.bank.skipped).toEqual([]);
    expect(reading.bank.items).toHaveLength(items.length);
    const types = new Set(reading.bank.items.map((item) => item.type));
    expect([...types].sort()).toEqual([...itemTypeNames].sort());
  });

  it('scores, orders and totals an item of every type through its descriptor', () => {
    for (const name of itemTypeNames) {
      const item = items.find((i) => i.type === name);
      expect(item, name).toBeDefined();
      if (!item) continue;
      const total = totalMarks(item);
      expect(total).toBeGreaterThanOrEqual(1);
      expect(scoreItem(item, undefined)).toMatchObject({ earned: 0, total });
      expect(displayOrder(item, 1)).toEqual(displayOrder(item, 1));
    }
  });
});
