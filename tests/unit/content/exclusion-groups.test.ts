import { describe, expect, it } from 'vitest';
import { readExclusionGroups } from '../../../src/content/bank/exclusion-groups';
import { enemiesOf, exclusionProblems, withEnemies } from '../../../src/quiz-engine/items/exclusions';
import { buildSession, drawWithoutEnemies } from '../../../src/quiz-engine/session/session';
import { defaultSessionConfig } from '../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../src/quiz-engine/session/select';
import { itemSchema, type Item } from '../../../src/quiz-engine/items/schema';
import { readBank } from './bank-files';

const groups = readExclusionGroups();
const bank: Item[] = withEnemies(
  readBank().map(({ file: _file, ...raw }) => itemSchema.parse(raw)),
  groups,
);

describe('exclusion groups (enemy items)', () => {
  it('name only items of the bank, each group at least two distinct items, no group twice', () => {
    expect(exclusionProblems(groups, new Set(bank.map((item) => item.id)))).toEqual([]);
  });

  it('make enemies both ways round, and an item in two groups has the enemies of both', () => {
    const enemies = enemiesOf([
      { ids: ['a', 'b'], why: 'x' },
      { ids: ['b', 'c', 'd'], why: 'y' },
    ]);
    expect(enemies.get('a')).toEqual(['b']);
    expect(enemies.get('b')).toEqual(['a', 'c', 'd']);
    expect(enemies.get('d')).toEqual(['b', 'c']);
    expect(enemies.has('e')).toBe(false);
    expect(
      exclusionProblems(
        [
          { ids: ['a', 'a'], why: 'x' },
          { ids: ['z', 'a'], why: 'y' },
        ],
        new Set(['a']),
      ),
    ).toEqual([
      'exclusion group 1 (a, a): an item is listed twice',
      'exclusion group 2 (z, a): no item "z" in the bank',
    ]);
  });

  it('a draw skips an item whose enemy is already in the quiz, and fills up from the rest', () => {
    const pool = [{ id: 'a', enemies: ['b'] }, { id: 'b', enemies: ['a'] }, { id: 'c' }, { id: 'd' }];
    expect(drawWithoutEnemies(pool, 3).map((i) => i.id)).toEqual(['a', 'c', 'd']);
    expect(drawWithoutEnemies(pool, 2).map((i) => i.id)).toEqual(['a', 'c']);
    // The bank's enemies are published both ways round, which the draw relies on.
    for (const item of bank)
      for (const enemy of item.enemies ?? [])
        expect(bank.find((other) => other.id === enemy)?.enemies, `${enemy} lists ${item.id}`).toContain(item.id);
  });

  it('no quiz built from the real bank holds two items of one group (every chapter, 40 seeds each)', () => {
    const chapters = [...new Set(bank.map((item) => item.chapter))];
    const byId = new Map(bank.map((item) => [item.id, item]));
    let quizzes = 0;
    for (const chapter of [undefined, ...chapters])
      for (let seed = 1; seed <= 40; seed += 1) {
        const session = buildSession(
          bank,
          { ...defaultSessionConfig, chapters: chapter ? [chapter] : [], count: 500, seed },
          emptyHistory,
          0,
        );
        quizzes += 1;
        const ids = new Set(session.itemIds);
        for (const id of session.itemIds)
          for (const enemy of byId.get(id)?.enemies ?? []) expect(ids.has(enemy), `${id} with ${enemy}`).toBe(false);
      }
    expect(quizzes).toBe(40 * (chapters.length + 1));
  });
});
