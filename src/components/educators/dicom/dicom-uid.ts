/**
 * Deterministic DICOM UIDs under the "2.25" root (a UID made of a 128-bit number, ISO/IEC
 * 9834-8), from a text key: the same case, series and slice always get the same UIDs, so a
 * re-download replaces rather than duplicates in a PACS or viewer.
 */
import { fnv1a32 } from '../../../lib/hash';

export function dicomUid(key: string): string {
  let n = 0n;
  for (const seed of [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]) n = (n << 32n) | BigInt(fnv1a32(key, seed));
  // "2.25." + decimal, never starting with 0 after the root, at most 64 characters.
  return `2.25.${(n === 0n ? 1n : n).toString()}`;
}
