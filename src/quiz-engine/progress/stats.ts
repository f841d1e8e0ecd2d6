import type { Attempt } from './document';

/**
 * Progress over time for /progress/: by chapter and by topic, weak areas first. An area's
 * standing is the share right of the latest answer to each of its items (so an item once
 * missed and since mastered no longer counts against it); its history is the share right of all
 * answers given in each week.
 */
export interface AreaStanding {
  readonly key: string;
  /** Distinct items answered. */
  readonly items: number;
  /** All answers given. */
  readonly answers: number;
  /** Share (0–1) of marks earned on the latest answer to each item. */
  readonly latestShare: number;
  /** Week by week: the monday (UTC, epoch ms) and the share of marks earned that week. */
  readonly weeks: readonly { readonly weekStart: number; readonly share: number; readonly answers: number }[];
}

const dayMs = 86_400_000;

/** The Monday 00:00 UTC on or before `at`. */
export function weekStart(at: number): number {
  const day = Math.floor(at / dayMs);
  // 1970-01-01 was a Thursday: day 0 → weekday 3 counting Monday as 0.
  const weekday = (day + 3) % 7;
  return (day - weekday) * dayMs;
}

function standings(attempts: readonly Attempt[], keysOf: (a: Attempt) => readonly string[]): AreaStanding[] {
  const areas = new Map<
    string,
    { latest: Map<string, Attempt>; answers: number; weeks: Map<number, { earned: number; answers: number }> }
  >();
  for (const attempt of attempts) {
    for (const key of new Set(keysOf(attempt))) {
      const area = areas.get(key) ?? { latest: new Map(), answers: 0, weeks: new Map() };
      area.latest.set(attempt.itemId, attempt);
      area.answers += 1;
      const week = weekStart(attempt.at);
      const w = area.weeks.get(week) ?? { earned: 0, answers: 0 };
      w.earned += attempt.earned / attempt.total;
      w.answers += 1;
      area.weeks.set(week, w);
      areas.set(key, area);
    }
  }
  return [...areas.entries()]
    .map(([key, area]) => {
      const latest = [...area.latest.values()];
      return {
        key,
        items: latest.length,
        answers: area.answers,
        latestShare: latest.reduce((sum, a) => sum + a.earned / a.total, 0) / latest.length,
        weeks: [...area.weeks.entries()]
          .sort(([a], [b]) => a - b)
          .map(([weekStart, w]) => ({ weekStart, share: w.earned / w.answers, answers: w.answers })),
      };
    })
    .sort((a, b) => a.latestShare - b.latestShare || b.items - a.items || (a.key < b.key ? -1 : 1));
}

/** Chapters, weakest first. */
export function standingByChapter(attempts: readonly Attempt[]): AreaStanding[] {
  return standings(attempts, (a) => [a.chapter]);
}

/** Topics, weakest first. */
export function standingByTopic(attempts: readonly Attempt[]): AreaStanding[] {
  return standings(attempts, (a) => a.topics);
}
