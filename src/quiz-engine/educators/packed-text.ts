import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * JSON packed into URL-safe text, for assignment links and result codes:
 *
 *     <kind><version>.<base64url of raw-deflated UTF-8 JSON>.<CRC-32 of that JSON, 8 hex digits>
 *
 * e.g. `a1.q1ZKz8_…Wk.3f2a9c10`. The checksum is over the uncompressed text, so a link that is
 * cut short, retyped wrongly or edited is caught (the data no longer inflates, or inflates to
 * text with another checksum). A CRC catches accidents and casual edits; it is not a signature.
 * Unpacking never throws: every failure is a reason the caller turns into plain words.
 */

export type UnpackProblem = 'empty' | 'not-ours' | 'newer' | 'damaged';
export type Unpacked =
  | { readonly ok: true; readonly value: unknown; readonly checksum: string }
  | { readonly ok: false; readonly problem: UnpackProblem };

/** Packed text longer than this is refused before inflating. model assumption: far above any real assignment or result. */
export const maxPackedLength = 200_000;

const crcTable: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the ZIP/PNG polynomial) of bytes, as 8 lower-case hex digits. */
export function crc32Hex(bytes: Uint8Array): string {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** CRC-32 of a text's UTF-8 bytes. */
export function textChecksum(text: string): string {
  return crc32Hex(strToU8(text));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url, or undefined if the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Packs a JSON-able value as `<kind><version>.<data>.<crc>`. */
export function packJson(kind: string, version: number, value: unknown): string {
  if (!/^[a-z]$/.test(kind)) throw new RangeError(`kind must be one lower-case letter, got "${kind}"`);
  if (!Number.isInteger(version) || version < 1)
    throw new RangeError(`version must be a positive integer, got ${version}`);
  const json = JSON.stringify(value);
  const bytes = strToU8(json);
  return `${kind}${version}.${toBase64Url(deflateSync(bytes, { level: 9 }))}.${crc32Hex(bytes)}`;
}

/** Reverses packJson for one kind; reads versions up to `version`. Never throws. */
export function unpackJson(kind: string, version: number, packed: string): Unpacked {
  const text = packed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > maxPackedLength) return { ok: false, problem: 'damaged' };
  const match = /^([a-z])(\d{1,4})\.([A-Za-z0-9_-]*)\.?([0-9a-f]{0,8})$/i.exec(text);
  if (!match || match[1] !== kind) return { ok: false, problem: 'not-ours' };
  if (Number(match[2]) > version) return { ok: false, problem: 'newer' };
  if (Number(match[2]) < 1) return { ok: false, problem: 'not-ours' };
  const checksum = (match[4] as string).toLowerCase();
  const compressed = fromBase64Url(match[3] as string);
  if (!compressed || checksum.length !== 8) return { ok: false, problem: 'damaged' };
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(compressed);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (crc32Hex(bytes) !== checksum) return { ok: false, problem: 'damaged' };
  try {
    return { ok: true, value: JSON.parse(strFromU8(bytes)), checksum };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
