import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import dicomParser from 'dicom-parser';
import { figureCaseSchema } from '../../../src/content/schemas';
import { circularRoi, renderSlice, sceneFor, sliceRequest, stackPositions } from '../../../src/imaging/index';
import { RESPONSE_CASES } from '../../../src/simulators/response-criteria/cases';
import {
  portalVenousAttenuation,
  measurementAt,
  NEW_LESIONS,
} from '../../../src/simulators/response-criteria/case-scenes';
import { dicomSliceFile } from '../../../src/components/educators/dicom/dicom-file';
import { figureCaseSeries, type PlannedSeries } from '../../../src/components/educators/dicom/figure-series';
import { responseCaseSeries } from '../../../src/components/educators/dicom/response-series';
import { renderKeyImage } from '../../../src/simulators/response-criteria/image-runtime';

/**
 * Every figure case and every response-criteria case written as DICOM with dcmjs and read back
 * with an independent parser (dicom-parser): the simulated-patient fields, modality, geometry
 * (position, orientation, spacing, thickness, frame of reference), rescale to HU, window
 * presets, descriptions — and a region's mean HU against the imaging engine's own value.
 */
const SIZE = 128;
const dir = path.resolve('src/content/cases');
const figureCases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = figureCaseSchema.parse(parse(readFileSync(path.join(dir, f), 'utf8')));
    return {
      slug: f.replace(/\.yaml$/, ''),
      title: data.title,
      figure: data.figure,
      scene: data.scene,
      panels: data.panels,
    };
  });

function read(buffer: ArrayBuffer) {
  const ds = dicomParser.parseDicom(new Uint8Array(buffer));
  const numbers = (tag: string) => (ds.string(tag) ?? '').split('\\').map(Number);
  const slope = ds.floatString('x00281053') ?? NaN;
  const intercept = ds.floatString('x00281052') ?? NaN;
  const rows = ds.uint16('x00280010') ?? 0;
  const columns = ds.uint16('x00280011') ?? 0;
  const pixel = ds.elements.x7fe00010!;
  const stored = new Uint16Array(ds.byteArray.buffer, ds.byteArray.byteOffset + pixel.dataOffset, pixel.length / 2);
  const values = Float32Array.from(stored, (s) => s * slope + intercept);
  return { ds, numbers, slope, intercept, rows, columns, values };
}

function checkCommon(file: ReturnType<typeof read>, series: PlannedSeries) {
  const { ds } = file;
  expect(ds.string('x00100010')).toBe('SIMULATED^NOT A PATIENT');
  expect(ds.string('x00080080')).toMatch(/^SIMULATED - NOT A PATIENT/);
  expect(ds.string('x00100020')).toMatch(/^SIMULATED-/);
  expect(ds.string('x00081030')).toMatch(/^SIMULATED - /);
  expect(ds.string('x0008103e')).toMatch(/^SIMULATED - /);
  expect(ds.string('x00204000')).toMatch(/NOT A PATIENT/);
  expect(ds.string('x00080060')).toBe(series.info.modality);
  expect(ds.string('x00020010')).toBe('1.2.840.10008.1.2.1');
  expect(file.rows).toBe(SIZE);
  expect(file.columns).toBe(SIZE);
  expect(ds.uint16('x00280100')).toBe(16);
  expect(ds.string('x00200052')).toMatch(/^2\.25\.\d+$/);
  expect(file.numbers('x00200037')).toHaveLength(6);
  expect(file.numbers('x00200032')).toHaveLength(3);
  const spacing = file.numbers('x00280030');
  expect(spacing[0]).toBeGreaterThan(0);
  expect(spacing[0]).toBe(spacing[1]);
  expect(ds.floatString('x00180050')).toBe(series.info.sliceThicknessMm);
  expect(file.numbers('x00281050').length).toBeGreaterThanOrEqual(1);
  expect(file.numbers('x00281051').length).toBe(file.numbers('x00281050').length);
}

describe('figure cases as DICOM series', () => {
  for (const source of figureCases) {
    it(`${source.slug}: tags, geometry and HU read back as the engine rendered them`, () => {
      const series = figureCaseSeries(source, SIZE);
      expect(series.length).toBeGreaterThan(0);
      const uids = new Set<string>();
      for (const s of series) {
        const first = read(dicomSliceFile(s.info, s.slices[0]!()));
        checkCommon(first, s);
        uids.add(first.ds.string('x0020000e')!);
        if (s.info.modality === 'CT') {
          expect([first.slope, first.intercept]).toEqual([1, -1024]);
          expect(first.ds.string('x00281054')).toBe('HU');
          expect(first.ds.string('x00281055')).toContain('ABDOMEN');
        }
        // Consecutive slices step along the plane's normal by the stack's spacing.
        if (s.slices.length > 1) {
          const second = read(dicomSliceFile(s.info, s.slices[1]!()));
          const [a, b] = [first.numbers('x00200032'), second.numbers('x00200032')];
          const iop = first.numbers('x00200037');
          const normal = [
            iop[1]! * iop[5]! - iop[2]! * iop[4]!,
            iop[2]! * iop[3]! - iop[0]! * iop[5]!,
            iop[0]! * iop[4]! - iop[1]! * iop[3]!,
          ];
          const step = Math.abs(
            (b[0]! - a[0]!) * normal[0]! + (b[1]! - a[1]!) * normal[1]! + (b[2]! - a[2]!) * normal[2]!,
          );
          expect(step).toBeCloseTo(s.info.sliceThicknessMm, 3);
          expect(second.ds.string('x00200052')).toBe(first.ds.string('x00200052'));
        }
      }
      expect(uids.size).toBe(series.length);

      // Every series (MR signal, ADC, SUV, ultrasound too) stores its values without clipping:
      // the file's values equal the rendered ones to within the rescale step.
      for (const s of series) {
        const slice = s.slices[Math.floor(s.slices.length / 2)]!();
        const file = read(dicomSliceFile(s.info, slice));
        let worst = 0;
        for (let i = 0; i < slice.values.length; i++)
          worst = Math.max(worst, Math.abs(file.values[i]! - Math.max(s.info.rescaleIntercept, slice.values[i]!)));
        expect(worst, `${s.folder}: largest difference from the rendered values`).toBeLessThanOrEqual(
          s.info.rescaleSlope / 2 + 1e-3,
        ); // float32 rounding aside
      }

      // A region's mean in the file equals the engine's mean for the same region (CT in HU).
      const ct = series.find((s) => s.info.modality === 'CT');
      if (ct) {
        const panel = source.panels.find(
          (p) => p.view.acquisition.modality === 'ct' || p.view.acquisition.modality === 'pet-ct',
        )!;
        const view = panel.view;
        const index = Math.floor(stackPositions(view).length / 2);
        const file = read(dicomSliceFile(ct.info, ct.slices[index]!()));
        const engine = renderSlice(
          sceneFor(source.scene, view.timepoint),
          sliceRequest(view, source.scene.seed, stackPositions(view)[index]!, SIZE, SIZE),
        );
        const centre = { x: SIZE / 2, y: SIZE / 2 };
        const fromFile = circularRoi(file.values, SIZE, SIZE, centre, 12, engine.pixelMm);
        const fromEngine = circularRoi(engine.values, SIZE, SIZE, centre, 12, engine.pixelMm);
        expect(Math.abs(fromFile.mean - fromEngine.mean)).toBeLessThan(0.5);
      }
    }, 60_000);
  }
});

describe('response-criteria cases as DICOM studies', () => {
  for (const responseCase of RESPONSE_CASES) {
    it(`${responseCase.id}: every lesion's mean HU on the portal-venous images is the case's attenuation`, () => {
      const series = responseCaseSeries(responseCase, SIZE);
      const studies = new Set<string>();
      let worst = 0;
      for (const s of series) {
        const timePoint = Number(/^T(\d+)/.exec(s.folder)![1]);
        const expected = portalVenousAttenuation(responseCase, timePoint);
        const lesions = [...expected.keys()];
        expect(s.slices).toHaveLength(lesions.length);
        s.slices.forEach((render, i) => {
          const file = read(dicomSliceFile(s.info, render()));
          checkCommon(file, s);
          studies.add(file.ds.string('x0020000d')!);
          expect([file.slope, file.intercept]).toEqual([1, -1024]);
          if (!s.folder.includes('portal-venous')) return;
          // The key image is centred on the lesion: an ROI over its middle third.
          const lesionId = lesions[i]!;
          const candidate = responseCase.candidates.find((c) => c.id === lesionId);
          const diameter = candidate
            ? measurementAt(candidate, timePoint)!.diameterMm
            : NEW_LESIONS[responseCase.id]!.find((n) => n.id === lesionId)!.diameterMm;
          const pixelMm = file.numbers('x00280030')[0]!;
          const radius = Math.max(1.5, (diameter / 2 / pixelMm) * 0.6);
          const roi = circularRoi(file.values, SIZE, SIZE, { x: SIZE / 2, y: SIZE / 2 }, radius, pixelMm);
          // The same region on the engine's own key image: equal to rounding.
          const engine = renderKeyImage(responseCase, lesionId, timePoint, 'portal-venous', SIZE);
          expect(
            Math.abs(
              roi.mean - circularRoi(engine.values, SIZE, SIZE, { x: SIZE / 2, y: SIZE / 2 }, radius, pixelMm).mean,
            ),
          ).toBeLessThan(0.5);
          // And the lesion reads the case's attenuation, within the image's noise and texture.
          const off = Math.abs(roi.mean - expected.get(lesionId)!);
          worst = Math.max(worst, off);
          expect(
            off,
            `${s.folder} ${lesionId}: ROI ${roi.mean.toFixed(1)} HU vs ${expected.get(lesionId)} HU`,
          ).toBeLessThan(20);
        });
      }
      expect(studies.size).toBe(responseCase.followUps.length + 1);
      console.log(
        `${responseCase.id}: largest lesion ROI difference from the case's attenuation ${worst.toFixed(1)} HU`,
      );
    }, 60_000);
  }
});
