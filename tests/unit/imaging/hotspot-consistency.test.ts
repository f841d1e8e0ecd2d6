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

/**
 * Items whose answer is not the lesion the panel's "find the lesion" targets. Each maps to the
 * lesion its answer region must hold instead, or to null when the answer is a normal structure
 * (then no lesion may lie in the answer region, and the panel's target lesion must lie in exactly
 * one distractor, so the item still agrees with the image).
 */
const answerLesion: Record<string, string | null> = {
  // Asks for segment IV among the three metastases of panel H (find-the-lesion targets met-7).
  'case-fig09-find-segment-7': 'met-4',
  // Asks which dark focus of the hepatobiliary phase is a vessel, not a metastasis.
  'case-fig02-find-segment-4': null,
};

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
      const panelTarget = targetLesion(panel!);
      expect(panelTarget, 'the panel names a lesion to find').toBeDefined();
      const lesionId = item.id in answerLesion ? answerLesion[item.id] : panelTarget;
      const checked = lesionId ?? panelTarget!;

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
      const centresOf = (id: string) => {
        const section = lesionSection(scene, plane, id);
        expect(section, `${id} is cut by the first slice`).not.toBeNull();
        const entry = figure.scene.lesions.find((l) => l.id === id)!;
        const projected = patientToPixel(plane, lesionAt(entry, view.timepoint).centreMm);
        return {
          'centre of its cross-section': { x: (section!.column + 0.5) / SIZE, y: (section!.row + 0.5) / SIZE },
          'its centre projected on the slice': { x: (projected.column + 0.5) / SIZE, y: (projected.row + 0.5) / SIZE },
        };
      };
      for (const [what, { x, y }] of Object.entries(centresOf(checked))) {
        const where = `${checked}, ${what}, at (${x.toFixed(3)}, ${y.toFixed(3)})`;
        const holding = item.regions.filter((r) => regionContains(r, x, y)).map((r) => r.id);
        if (lesionId) expect(holding, where).toEqual([item.answer]);
        else
          expect(
            holding.length === 1 && holding[0] !== item.answer,
            `${where}: in one distractor, not the answer`,
          ).toBe(true);
      }
      if (lesionId === null) {
        // The answer marks a normal structure: no lesion cut by the slice lies in it.
        const answer = item.regions.find((r) => r.id === item.answer)!;
        for (const lesion of figure.scene.lesions) {
          const section = lesionSection(scene, plane, lesion.id);
          if (!section) continue;
          const x = (section.column + 0.5) / SIZE;
          const y = (section.row + 0.5) / SIZE;
          expect(regionContains(answer, x, y), `${lesion.id} lies in the answer region`).toBe(false);
        }
      }
    });
  }
});
