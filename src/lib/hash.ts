/**
 * FNV-1a, 32 bits: a small, fast, well-spread hash of a text, for deterministic seeds and ids
 * (never for security). `seed` is mixed into the offset basis, so one text gives several
 * independent hashes. The result is unsigned (0 … 2³² − 1).
 */
export function fnv1a32(text: string, seed = 0): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
