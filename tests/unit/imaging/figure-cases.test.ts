import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { figureCaseSchema } from '../../../src/content/schemas';
import { sceneFor, stackPositions, lesionAt } from '../../../src/imaging/case-scene';
import { imagePlane } from '../../../src/imaging/planes';
import { lesionSection, regionAt } from '../../../src/imaging/regions';
import { patientToPixel } from '../../../src/imaging/planes';
import { lesionSchema } from '../../../src/imaging/case-spec';
import { buildScene } from '../../../src/imaging/scene';

const dir = path.resolve('src/content/cases');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, data: figureCaseSchema.parse(parse(readFileSync(path.join(dir, f), 'utf8'))) }));

describe('the eleven figure cases', () => {
  it('there is one case for each of the review’s eleven figures', () => {
    expect(cases.map((c) => c.data.figure).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  for (const { file, data } of cases) {
    it(`${file}: every annotated lesion appears on its panel's first slice`, () => {
      const missing: string[] = [];
      for (const panel of data.panels) {
        const scene = sceneFor(data.scene, panel.view.timepoint);
        const plane = imagePlane({
          orientation: panel.view.plane,
          positionMm: panel.view.positionMm,
          width: 128,
          height: 128,
          ...(panel.view.fovMm ? { fovMm: panel.view.fovMm } : {}),
          ...(panel.view.centreMm ? { centreMm: panel.view.centreMm } : {}),
        });
        for (const a of panel.annotations) {
          if (a.type === 'label') continue;
          if (!lesionSection(scene, plane, a.lesion)) missing.push(`${panel.letter}:${a.lesion}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it(`${file}: each lesion sits in the organ the case names (checked on the phantom without lesions)`, () => {
      const hosts: Record<string, string[]> = {
        liver: ['liver'],
        pancreas: ['pancreatic'],
        'small bowel': ['small bowel', 'mesentery'],
        mesentery: ['mesentery', 'small bowel', 'mesenteric vessels'],
        'bile ducts': ['bile ducts', 'common bile duct', 'liver', 'portal vein', 'hepatic artery'],
      };
      const empty = buildScene({ anatomy: data.scene.anatomy ?? {}, lesions: [] });
      const wrong: string[] = [];
      for (const entry of data.scene.lesions) {
        const lesion = lesionAt(entry, 'baseline');
        const plane = imagePlane({ orientation: 'axial', positionMm: lesion.centreMm[2], width: 380, height: 380 });
        const p = patientToPixel(plane, lesion.centreMm);
        const label = regionAt(empty, plane, p.column, p.row)?.label ?? 'outside';
        if (!(hosts[lesion.region] ?? [lesion.region]).some((h) => label.startsWith(h)))
          wrong.push(`${entry.id} (${lesion.region}) lies in ${label}`);
      }
      expect(wrong).toEqual([]);
    });

    it(`${file}: every stack includes its first slice`, () => {
      for (const panel of data.panels) expect(stackPositions(panel.view)).toContain(panel.view.positionMm);
    });
  }

  it('a lesion at follow-up takes the changed size and tissue, and keeps the rest', () => {
    const entry = lesionSchema.parse({
      id: 'm',
      label: 'm',
      region: 'liver',
      centreMm: [0, 0, 0],
      radiiMm: 15,
      tissue: 'net-liver-metastasis',
      followUp: { radiiMm: 19, tissue: 'net-treated' },
    });
    expect(lesionAt(entry, 'follow-up')).toMatchObject({ radiiMm: 19, tissue: 'net-treated', centreMm: [0, 0, 0] });
    expect(lesionAt(entry, 'baseline')).toMatchObject({ radiiMm: 15, tissue: 'net-liver-metastasis' });
  });

  it('an unknown tissue in a case file is rejected with the field named', () => {
    const result = lesionSchema.safeParse({
      id: 'm',
      label: 'm',
      region: 'liver',
      centreMm: [0, 0, 0],
      radiiMm: 15,
      tissue: 'granite',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tissue']);
  });
});
