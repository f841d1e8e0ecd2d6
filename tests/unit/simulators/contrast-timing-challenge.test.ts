import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/simulators/contrast-timing';
import {
  DELAY_CHALLENGES,
  bestDelay,
  scoreDelay,
  type DelayChallenge,
} from '../../../src/simulators/contrast-timing/challenge';

const challenge = (id: string): DelayChallenge => {
  const found = DELAY_CHALLENGES.find((c) => c.id === id);
  if (!found) throw new Error(`missing challenge ${id}`);
  return found;
};

describe('contrast-timing challenge', () => {
  it('the best delay for an insulinoma is in the late-arterial or pancreatic phase (the review: 30-40 s)', () => {
    const score = scoreDelay(challenge('insulinoma'), 40, DEFAULT_PROTOCOL);
    expect(['late-arterial', 'pancreatic']).toContain(score.bestPhase);
    expect(score.bestDelayS).toBeGreaterThanOrEqual(30);
    expect(score.bestDelayS).toBeLessThanOrEqual(45);
  });

  it('scanning an insulinoma at 40 s earns full marks; at 90 s (portal venous) nothing', () => {
    expect(scoreDelay(challenge('insulinoma'), 40, DEFAULT_PROTOCOL).earned).toBe(2);
    expect(scoreDelay(challenge('insulinoma'), 90, DEFAULT_PROTOCOL).earned).toBe(0);
  });

  it('a hypovascular liver metastasis is best shown in the portal-venous phase, and 30 s earns nothing', () => {
    const c = challenge('hypovascular-liver-metastasis');
    expect(scoreDelay(c, 70, DEFAULT_PROTOCOL).bestPhase).toBe('portal-venous');
    expect(scoreDelay(c, 70, DEFAULT_PROTOCOL).earned).toBe(2);
    expect(scoreDelay(c, 30, DEFAULT_PROTOCOL).earned).toBe(0);
    expect(bestDelay(c, DEFAULT_PROTOCOL).differenceHu).toBeLessThan(0);
  });

  it('a fibrous lesion is best shown in the delayed phase', () => {
    const score = scoreDelay(challenge('fibrous-lesion'), 300, DEFAULT_PROTOCOL);
    expect(score.bestPhase).toBe('delayed');
    expect(score.earned).toBeGreaterThan(0);
    expect(scoreDelay(challenge('fibrous-lesion'), 70, DEFAULT_PROTOCOL).earned).toBe(0);
  });

  it('a hypervascular liver metastasis is best shown arterially, not in the portal-venous phase', () => {
    const c = challenge('hypervascular-liver-metastasis');
    expect(['late-arterial', 'pancreatic']).toContain(scoreDelay(c, 35, DEFAULT_PROTOCOL).bestPhase);
    expect(scoreDelay(c, 80, DEFAULT_PROTOCOL).earned).toBe(0);
  });

  it('the message states both delays and phases', () => {
    const { message } = scoreDelay(challenge('insulinoma'), 90, DEFAULT_PROTOCOL);
    expect(message).toMatch(/At 90 s \(portal-venous\)/);
    expect(message).toMatch(/the best this protocol can do/);
  });
});
