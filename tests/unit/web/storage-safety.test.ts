import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  exportReminderDays,
  exportReminderDue,
  lastExportedAt,
  lastExportKey,
  recordExport,
} from '../../../src/scripts/storage-safety';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const blocked: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};
const day = 86_400_000;

describe('last export and the reminder', () => {
  it('records and reads the time of the last export', () => {
    const store = memory();
    expect(lastExportedAt(store)).toBeNull();
    expect(recordExport(1_700_000_000_000, store)).toBe(true);
    expect(store.data.get(lastExportKey)).toBe('1700000000000');
    expect(lastExportedAt(store)).toBe(1_700_000_000_000);
  });

  it('treats unreadable values and blocked or full storage as "never", without throwing', () => {
    const store = memory();
    store.setItem(lastExportKey, 'yesterday');
    expect(lastExportedAt(store)).toBeNull();
    expect(lastExportedAt(blocked)).toBeNull();
    expect(recordExport(1, blocked)).toBe(false);
    expect(recordExport(1, null)).toBe(false);
  });

  it(`reminds after ${exportReminderDays} days, or when never exported, only if there is progress`, () => {
    const now = 100 * day;
    expect(exportReminderDue(null, now, true)).toBe(true);
    expect(exportReminderDue(null, now, false)).toBe(false);
    expect(exportReminderDue(now - 29 * day, now, true)).toBe(false);
    expect(exportReminderDue(now - 30 * day, now, true)).toBe(true);
    expect(exportReminderDue(now - 45 * day, now, false)).toBe(false);
  });

  it('counts whole days and never goes negative (a clock set back)', () => {
    expect(daysBetween(0, day - 1)).toBe(0);
    expect(daysBetween(0, 3 * day + 5)).toBe(3);
    expect(daysBetween(5 * day, 0)).toBe(0);
  });
});
