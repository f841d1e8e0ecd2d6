import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crc32Hex,
  fromBase64Url,
  packJson,
  textChecksum,
  toBase64Url,
  unpackJson,
} from '../../../../src/quiz-engine/educators/packed-text';

describe('packed text (links and codes)', () => {
  it('computes the standard CRC-32 check value for "123456789"', () => {
    // The published check value of CRC-32 (ISO-HDLC, as in ZIP and PNG).
    expect(textChecksum('123456789')).toBe('cbf43926');
    expect(crc32Hex(new Uint8Array())).toBe('00000000');
  });

  it('writes base64url without padding or characters a URL would escape', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(toBase64Url(new Uint8Array([104, 105]))).toBe('aGk');
    expect(fromBase64Url('a+b')).toBeUndefined();
  });

  it('reads back any bytes it wrote as base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('unpacks exactly the value it packed, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const packed = packJson('a', 1, value);
        expect(packed).toMatch(/^a1\.[A-Za-z0-9_-]*\.[0-9a-f]{8}$/);
        const back = unpackJson('a', 1, packed);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('never hands back a different value from a changed or cut-off text', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom(...'ABCxyz019-_.'),
        fc.boolean(),
        (value, position, replacement, cut) => {
          const packed = packJson('r', 1, value);
          const at = position % packed.length;
          const changed = cut ? packed.slice(0, at) : packed.slice(0, at) + replacement + packed.slice(at + 1);
          const back = unpackJson('r', 1, changed);
          if (back.ok) expect(back.value).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the problem: empty, not ours, newer, damaged', () => {
    const packed = packJson('a', 1, { hello: 'world' });
    expect(unpackJson('a', 1, '   ')).toEqual({ ok: false, problem: 'empty' });
    expect(unpackJson('r', 1, packed)).toEqual({ ok: false, problem: 'not-ours' });
    expect(unpackJson('a', 1, 'https://example.org/')).toEqual({ ok: false, problem: 'not-ours' });
    expect(unpackJson('a', 1, packed.replace(/^a1/, 'a2'))).toEqual({ ok: false, problem: 'newer' });
    expect(unpackJson('a', 1, packed.slice(0, -3))).toEqual({ ok: false, problem: 'damaged' });
    const data = packed.split('.')[1] as string;
    expect(unpackJson('a', 1, `a1.${data.slice(0, 5)}.${packed.split('.')[2]}`)).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('refuses a kind that is not one letter', () => {
    expect(() => packJson('ab', 1, {})).toThrow(RangeError);
  });
});
