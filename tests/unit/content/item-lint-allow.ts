import type { FlawCode } from '../../../src/content/bank/item-lint';

/**
 * Justified exceptions to the item lint. Each entry names the item, the flaw code and why the
 * flagged pattern is not a flaw in that item. An entry that no longer matches a finding fails
 * the test, so the list cannot go stale.
 */
export const lintAllowList: readonly { id: string; code: FlawCode; reason: string }[] = [
  {
    id: 'ct-arterial-timing-check',
    code: 'DUP',
    // Both key the late arterial phase, but for different decisions: finding a small insulinoma
    // here, judging arterial encasement of a large tumour in ct-arterial-encasement-1.
    reason:
      'same phase keyed for a different decision (detecting a small insulinoma vs arterial encasement of a large tumour)',
  },
];
