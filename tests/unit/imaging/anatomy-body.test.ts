import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bodyStructures, cavityShape, diaphragmHeight, spineY } from '../../../src/imaging/anatomy-body';
import { figureCaseSchema } from '../../../src/content/schemas';

const body = bodyStructures();
const byId = (id: string) => body.find((s) => s.id === id)!;

describe('the trunk as one 3D body', () => {
  it('rests the heart on the diaphragm: its lowest point lies on the central tendon', () => {
    const heart = byId('heart').shape;
    for (const [x, y] of [
      [10, -20],
      [30, -10],
    ] as const) {
      let lowest = NaN;
      for (let z = 100; z < 220; z += 0.5)
        if (heart.distance(x, y, z) < 0) {
          lowest = z;
          break;
        }
      expect(lowest, `heart above (${x}, ${y})`).toBeGreaterThan(0);
      expect(Math.abs(lowest - diaphragmHeight(x, y))).toBeLessThan(3);
    }
  });

  it('curves the spine: lumbar lordosis forward of the thoracolumbar junction and the sacrum', () => {
    const lumbar = spineY(-80);
    expect(spineY(40) - lumbar).toBeGreaterThan(8);
    expect(spineY(-200) - lumbar).toBeGreaterThan(8);
    expect(spineY(200) - spineY(60)).toBeGreaterThan(8); // thoracic kyphosis
  });

  it('keeps the rib shafts beside the abdominal organs in the wall, at most 2 mm into the cavity (no sliver at an organ edge)', () => {
    const ribs = body.filter((s) => /-rib-\d+$/.test(s.id));
    expect(ribs.length).toBe(16);
    let deepest = Infinity;
    for (const rib of ribs) {
      const { min, max } = rib.shape.box;
      const n = 14;
      for (let i = 0; i <= n; i++)
        for (let j = 0; j <= n; j++)
          for (let k = 0; k <= n; k++) {
            const x = min[0] + ((max[0] - min[0]) * i) / n;
            const y = min[1] + ((max[1] - min[1]) * j) / n;
            const z = min[2] + ((max[2] - min[2]) * k) / n;
            // Behind (y > 80 mm) the ribs run from the spine deep to the erector spinae, inside
            // the trunk's cavity outline by design (that outline includes the back muscles); the
            // lateral and anterior shafts below the diaphragm (where organs meet the wall) are checked.
            if (y > 80 || z > diaphragmHeight(x, y) || rib.shape.distance(x, y, z) > 0) continue;
            deepest = Math.min(deepest, cavityShape.distance(x, y, z));
          }
    }
    expect(deepest).toBeGreaterThan(-2);
  });

  it('gives a heavier patient more subcutaneous fat at the flank and the belly', () => {
    const heavy = bodyStructures({ extraFatMm: 12 }).find((s) => s.id === 'skin')!.shape;
    const average = byId('skin').shape;
    // A point just outside the average skin at the flank and in front is inside the heavier one.
    expect(average.distance(168, 10, 0)).toBeGreaterThan(0);
    expect(heavy.distance(168, 10, 0)).toBeLessThan(0);
    expect(average.distance(0, -128, -40)).toBeGreaterThan(0);
    expect(heavy.distance(0, -128, -40)).toBeLessThan(0);
  });
});

describe('figure cases are different patients', () => {
  const dir = path.resolve('src/content/cases');
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => figureCaseSchema.parse(parse(readFileSync(path.join(dir, f), 'utf8'))));
  const byFigure = (n: number) => cases.find((c) => c.figure === n)!;

  it('no two cases with axial CT panels share habitus, stomach and the slice of their first CT panel', () => {
    const keys = cases
      .map((c) => {
        const ct = c.panels.find((p) => p.view.acquisition.modality === 'ct' && p.view.plane === 'axial');
        if (!ct) return null;
        const a = c.scene.anatomy ?? {};
        return `${a.extraFatMm ?? 0}|${a.stomach ?? 'gas-and-fluid'}|${ct.view.positionMm}`;
      })
      .filter((k): k is string => k !== null);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives Figs 3 and 8, and Figs 10 and 11, different bodies (the pairs a reviewer flicked between)', () => {
    const fat = (n: number) => byFigure(n).scene.anatomy?.extraFatMm ?? 0;
    expect(Math.abs(fat(3) - fat(8))).toBeGreaterThanOrEqual(8);
    expect(Math.abs(fat(10) - fat(11))).toBeGreaterThanOrEqual(8);
  });
});
