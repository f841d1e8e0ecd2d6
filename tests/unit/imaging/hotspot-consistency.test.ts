import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { figureCaseSchema } from '../../../src/content/schemas';
import { hotspotSchema } from '../../../src/quiz-engine/items/hotspot/schema';
import { regionContains } from '../../../src/quiz-engine/items/hotspot/score';
import { lesionAt, sceneFor } from '../../../src/imaging/case-scene';
import { imagePlane, patientToPixel } from '../../../src/imaging/planes';
import { lesionSection } from '../../../src/imaging/regions';
import { targetLesion } from '../../../src/components/cases/viewer-model';

/**
 * The hotspot items on the figure cases mark their answer by hand, in panel coordinates of the
 * panel's first slice. This checks them against the phantom: the lesion the viewer's "find the
 * lesion" targets on that panel must lie inside the answer region and inside no distractor, so
 * moving a lesion or an organ cannot leave a question marking the wrong place.
 */
const SIZE = 256;
const bank = parse(readFileSync(path.resolve('src/content/questions/cases.yaml'), 'utf8')) as { type: string }[];
const hotspots = bank.filter((item) => item.type === 'hotspot').map((item) => hotspotSchema.parse(item));

function loadCase(slug: string) {
  return figureCaseSchema.parse(parse(readFileSync(path.resolve('src/content/cases', `${slug}.yaml`), 'utf8')));
}

describe('hotspot items agree with the simulated images they are asked on', () => {
  it('the question bank has one hotspot item for each of the eleven figure cases', () => {
    expect(new Set(hotspots.map((h) => h.image.case)).size).toBe(11);
  });

  for (const item of hotspots) {
    it(`${item.id}: the answer region, and no distractor, holds the lesion the panel asks to find`, () => {
      const figure = loadCase(item.image.case);
      const panel = figure.panels.find((p) => p.letter === item.image.panel);
      expect(panel, `panel ${item.image.panel} of ${item.image.case}`).toBeDefined();
      const lesionId = targetLesion(panel!);
      expect(lesionId, 'the panel names a lesion to find').toBeDefined();

      // The first slice, as the viewer and the still image show it.
      const { view } = panel!;
      const scene = sceneFor(figure.scene, view.timepoint);
      const plane = imagePlane({
        orientation: view.plane,
        positionMm: view.positionMm,
        width: SIZE,
        height: SIZE,
        ...(view.fovMm !== undefined ? { fovMm: view.fovMm } : {}),
        ...(view.centreMm !== undefined ? { centreMm: view.centreMm } : {}),
      });
      const section = lesionSection(scene, plane, lesionId!);
      expect(section, `${lesionId} is cut by the first slice`).not.toBeNull();

      const entry = figure.scene.lesions.find((l) => l.id === lesionId)!;
      const projected = patientToPixel(plane, lesionAt(entry, view.timepoint).centreMm);
      const centres = {
        'centre of its cross-section': { x: (section!.column + 0.5) / SIZE, y: (section!.row + 0.5) / SIZE },
        'its centre projected on the slice': { x: (projected.column + 0.5) / SIZE, y: (projected.row + 0.5) / SIZE },
      };
      for (const [what, { x, y }] of Object.entries(centres)) {
        const where = `${lesionId}, ${what}, at (${x.toFixed(3)}, ${y.toFixed(3)})`;
        const holding = item.regions.filter((r) => regionContains(r, x, y)).map((r) => r.id);
        expect(holding, where).toEqual([item.answer]);
      }
    });
  }
});
