import { describe, expect, it } from 'vitest';
import { itemLookup, questionBankVersion, readQuestionBank } from '../../../src/quiz-engine/bank';
import { fixtureItems } from './fixtures/items';

describe('reading the published question bank', () => {
  it('reads the items of a bank of the current format', () => {
    const reading = readQuestionBank(
      JSON.parse(JSON.stringify({ version: questionBankVersion, count: 10, items: fixtureItems })),
    );
    expect(reading.ok && reading.bank.items).toHaveLength(10);
    expect(reading.ok && reading.bank.skipped).toEqual([]);
  });
  it('skips and names a misshapen item instead of failing the whole bank', () => {
    const { options: _options, ...broken } = { ...fixtureItems[0], id: 'broken-item' } as Record<string, unknown>;
    const reading = readQuestionBank({ version: questionBankVersion, items: [broken, fixtureItems[1]] });
    expect(reading.ok && reading.bank.items.map((i) => i.id)).toEqual(['sb-liver-hypervascular']);
    expect(reading.ok && reading.bank.skipped).toEqual(['broken-item']);
  });
  it('skips items of an unknown type or chapter', () => {
    const reading = readQuestionBank({
      version: questionBankVersion,
      items: [
        { ...fixtureItems[0], type: 'essay' },
        { ...fixtureItems[1], chapter: 'chapter-99' },
      ],
    });
    expect(reading.ok && reading.bank.skipped).toEqual(['sb-arterial-phase', 'sb-liver-hypervascular']);
  });
  it('reads every fixture item, of all seven types', () => {
    const reading = readQuestionBank({ version: questionBankVersion, items: fixtureItems });
    expect(reading.ok && new Set(reading.bank.items.map((i) => i.type)).size).toBe(7);
  });
  it('refuses a file of another format or with no items', () => {
    expect(readQuestionBank({ version: 99, items: [] })).toMatchObject({ ok: false });
    expect(readQuestionBank({ version: questionBankVersion })).toMatchObject({ ok: false });
    expect(readQuestionBank(null)).toMatchObject({ ok: false });
  });
  it('looks items up by id', () => {
    expect(itemLookup(fixtureItems)('sb-ileal')?.type).toBe('single-best');
    expect(itemLookup(fixtureItems)('nope')).toBeUndefined();
  });
});
