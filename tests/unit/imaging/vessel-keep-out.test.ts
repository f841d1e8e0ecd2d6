import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LESION_KEEP_OUT } from '../../../src/imaging/anatomy-vessels';

describe('grown liver vessels keep clear of the Fig 9 metastases', () => {
  it('every Fig 9 lesion lies inside a keep-out ball at least 3 mm larger than it', () => {
    const file = path.resolve(__dirname, '../../../src/content/cases/bilobar-liver-metastases-mri.yaml');
    const lesions = parse(readFileSync(file, 'utf8')).scene.lesions as {
      centreMm: number[];
      radiiMm: number | number[];
    }[];
    expect(lesions.length).toBeGreaterThan(3);
    for (const l of lesions) {
      const r = Math.max(...[l.radiiMm].flat());
      const ok = LESION_KEEP_OUT.some(
        (b) => Math.hypot(l.centreMm[0]! - b[0]!, l.centreMm[1]! - b[1]!, l.centreMm[2]! - b[2]!) + r + 3 <= b[3]!,
      );
      expect(ok, l.centreMm.join(',')).toBe(true);
    }
  });
});
