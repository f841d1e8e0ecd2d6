import { describe, expect, it } from 'vitest';
import { petSignal, ctSignal } from '../../../src/imaging/signal-models';
import { mriSignal } from '../../../src/imaging/signal-models-mr';
import { buildScene } from '../../../src/imaging/scene';
import { renderSlice, type SliceRequest } from '../../../src/imaging/render';
import { patientToPixel } from '../../../src/imaging/planes';
import { startingWindow } from '../../../src/imaging/display';
import { AORTA_X, aortaY } from '../../../src/imaging/anatomy-body';

/**
 * What the blind radiologist review asked of each modality (issue 12), checked qualitatively:
 * fat-suppressed diffusion, a hepatobiliary phase whose vessels do not mimic metastases, ADC of
 * restricting tissue dark grey (not black), the physiological SSTR-PET order, and a dual CEUS
 * display whose plane puts the lesion on the contrast half.
 */
describe('MRI as the review asked', () => {
  const dwi = mriSignal('dwi-b800');
  const hbp = mriSignal('t1-hepatobiliary');

  it('b 800 is fat-suppressed: fat well below the liver, so the liver outline is clear', () => {
    expect(dwi.fat).toBeLessThan(0.3 * dwi.liver);
  });

  it('b 800: the gallbladder, CSF and duodenal fluid are darker than liver; the pancreas a little brighter', () => {
    for (const f of ['gallbladder-bile', 'csf', 'bowel-content'] as const) expect(dwi[f]).toBeLessThan(0.8 * dwi.liver);
    expect(dwi.pancreas).toBeGreaterThan(1.1 * dwi.liver);
    expect(dwi.pancreas).toBeLessThan(0.6 * dwi['net-hypervascular']);
  });

  it('desmoplastic strands are dark on T2 and at b 800 (fibrosis), unlike the mass they radiate from', () => {
    const t2 = mriSignal('t2');
    expect(dwi['desmoplastic-strands']).toBeLessThan(0.4 * dwi['desmoplastic-mass']);
    expect(t2['desmoplastic-strands']).toBeLessThan(t2['desmoplastic-mass']);
    expect(mriSignal('adc')['desmoplastic-strands']).toBeGreaterThan(mriSignal('adc')['desmoplastic-mass'] + 0.4);
  });

  it('b 800: gastric and bowel fluid do not outshine the liver', () => {
    expect(dwi['gastric-content']).toBeLessThan(dwi.liver);
    expect(dwi['enteric-water']).toBeLessThan(dwi.liver);
  });

  it('hepatobiliary phase: vessels darker than metastases, which are darker than liver; bile bright', () => {
    for (const v of ['portal-vein', 'hepatic-vein', 'ivc'] as const) {
      expect(hbp[v]).toBeLessThan(0.85 * hbp['net-liver-metastasis']);
    }
    expect(hbp['net-liver-metastasis']).toBeLessThan(0.6 * hbp.liver);
    expect(hbp.bile).toBeGreaterThan(hbp.liver);
  });

  it('HBP: at the starting window the liver is light grey, not white, so excreted bile reads brighter', () => {
    const hbp = mriSignal('t1-hepatobiliary');
    // An image that is mostly liver (it fills the top percentiles of a liver slice).
    const values = Float32Array.from({ length: 4000 }, (_, i) => (i % 4 === 0 ? 0 : hbp.liver));
    const w = startingWindow({ modality: 'mri', sequence: 't1-hepatobiliary' }, values);
    const grey = (v: number) => (v - (w.level - w.width / 2)) / w.width;
    expect(grey(hbp.liver)).toBeLessThan(0.85);
    expect(grey(hbp.bile)).toBeGreaterThan(1);
  });

  it('ADC: a restricting NET is dark grey at the starting window, the liver mid-grey', () => {
    const w = startingWindow({ modality: 'mri', sequence: 'adc' }, new Float32Array(16));
    const grey = (v: number) => (v - (w.level - w.width / 2)) / w.width;
    const adc = mriSignal('adc');
    expect(grey(adc['net-hypovascular'])).toBeGreaterThan(0.2);
    expect(grey(adc['net-hypovascular'])).toBeLessThan(0.4);
    expect(grey(adc.liver)).toBeGreaterThan(0.45);
  });
});

describe('SSTR PET and CT', () => {
  it('physiological uptake: spleen > kidneys > adrenals > liver, uncinate above the pancreas, bowel mild', () => {
    const suv = petSignal();
    expect(suv.spleen).toBeGreaterThan(suv['kidney-cortex']);
    expect(suv['kidney-cortex']).toBeGreaterThan(suv.adrenal);
    expect(suv.adrenal).toBeGreaterThan(suv.liver);
    expect(suv['pancreas-uncinate']).toBeGreaterThan(suv.pancreas);
    expect(suv['gut-wall']).toBeLessThan(suv.liver);
  });

  it('portal-venous CT: the spleen is a little brighter than the liver, not saturated far above it', () => {
    const pv = ctSignal('portal-venous');
    expect(pv.spleen).toBeGreaterThan(pv.liver);
    expect(pv.spleen - pv.liver).toBeLessThan(35);
  });
});

describe('CEUS dual display', () => {
  const lesion = {
    id: 'p',
    label: 'pNET',
    region: 'pancreas',
    centreMm: [38, 0, 15],
    radiiMm: 15,
    tissue: 'net-hypervascular',
  } as const;
  // A water-filled stomach as an acoustic window (as in the Fig 1 case); gas would shadow.
  const scene = buildScene({ anatomy: { stomach: 'water' }, lesions: [lesion] });
  const request: SliceRequest = {
    acquisition: { modality: 'ceus', timeS: 25 },
    orientation: 'axial',
    positionMm: 15,
    width: 256,
    height: 256,
    seed: 3,
    fovMm: 170,
    centreMm: [30, -30],
  };

  it('the plane maps the lesion onto the right-hand (contrast) half, and both halves show the sector', () => {
    const s = renderSlice(scene, request);
    const px = patientToPixel(s.plane, [38, 0, 15]);
    expect(px.column).toBeGreaterThan(128);
    expect(px.column).toBeLessThan(256);
    let left = 0,
      right = 0;
    for (let r = 0; r < 256; r++) {
      for (let c = 0; c < 128; c++) left += s.values[r * 256 + c]!;
      for (let c = 128; c < 256; c++) right += s.values[r * 256 + c]!;
    }
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(0);
  });

  it('the B-mode half shows the NET hypoechoic at the mirrored position', () => {
    const s = renderSlice(scene, request);
    const px = patientToPixel(s.plane, [38, 0, 15]);
    const at = (c: number, r: number) => {
      let sum = 0;
      for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) sum += s.values[(r + dr) * 256 + c + dc]!;
      return sum / 25;
    };
    const col = Math.round(px.column) - 128,
      row = Math.round(px.row);
    // Pancreas beside the lesion (10 mm towards the head) is brighter than the lesion.
    const side = patientToPixel(s.plane, [22, 0, 15]);
    expect(at(col, row)).toBeLessThan(at(Math.round(side.column) - 128, Math.round(side.row)));
  });

  it('gas in the stomach casts an acoustic shadow: the deep B-mode is darker behind it', () => {
    const gas = buildScene({ anatomy: { stomach: 'gas-and-fluid' }, lesions: [lesion] });
    const deepMean = (sc: typeof scene) => {
      const v = renderSlice(sc, request).values;
      let sum = 0;
      for (let r = 150; r < 200; r++) for (let c = 20; c < 108; c++) sum += v[r * 256 + c]!;
      return sum / (50 * 88);
    };
    expect(deepMean(gas)).toBeLessThan(0.8 * deepMean(scene));
  });
});

describe('CT bone', () => {
  it('the vertebral body (trabecular bone) is grey, not white, at the abdomen and the liver window alike', () => {
    for (const phase of ['unenhanced', 'late-arterial', 'portal-venous', 'delayed'] as const) {
      const marrow = ctSignal(phase)['bone-marrow'];
      for (const preset of ['abdomen', 'liver'] as const) {
        const w = startingWindow({ modality: 'ct', phase }, new Float32Array(16), preset);
        expect(marrow).toBeLessThan(w.level + 0.45 * w.width);
      }
    }
  });
});

describe('B-mode ultrasound from scatterers', () => {
  const scene = buildScene({ anatomy: { stomach: 'water' } });
  const request: SliceRequest = {
    acquisition: { modality: 'us' },
    orientation: 'axial',
    positionMm: 15,
    width: 256,
    height: 256,
    seed: 5,
    fovMm: 170,
    centreMm: [30, -30],
  };
  const s = renderSlice(scene, request);
  const v = s.values;

  it('is a sector with its apex at the top centre: narrow at the top, wide lower down', () => {
    const span = (r: number) => {
      let first = -1,
        last = -1;
      for (let c = 0; c < 256; c++)
        if (v[r * 256 + c]! > 0) {
          if (first < 0) first = c;
          last = c;
        }
      return { first, last, width: last - first };
    };
    const near = span(12),
      deep = span(150);
    expect(deep.width).toBeGreaterThan(near.width + 60);
    // Symmetric about the centre column.
    expect(Math.abs(near.first + near.last - 256)).toBeLessThan(8);
    // The near edge is curved: the centre of the probe face lies lower than its ends.
    let firstCentre = 0;
    while (v[firstCentre * 256 + 128] === 0) firstCentre++;
    let firstEnd = 0;
    while (v[firstEnd * 256 + near.first + 2] === 0 && firstEnd < 255) firstEnd++;
    expect(firstCentre).toBeGreaterThan(firstEnd);
  });

  it('speckle is longer across the beam than along it (autocorrelation of the high-passed image)', () => {
    const hp = new Float32Array(v.length);
    const rad = 5;
    for (let r = rad; r < 256 - rad; r++)
      for (let c = rad; c < 256 - rad; c++) {
        let sum = 0;
        for (let dr = -rad; dr <= rad; dr++) for (let dc = -rad; dc <= rad; dc++) sum += v[(r + dr) * 256 + c + dc]!;
        hp[r * 256 + c] = v[r * 256 + c]! - sum / (2 * rad + 1) ** 2;
      }
    // A central block of the sector, below the near field.
    const [c0, c1, r0, r1] = [100, 156, 60, 120];
    let varSum = 0,
      lateral = 0,
      axial = 0;
    for (let r = r0; r < r1; r++)
      for (let c = c0; c < c1; c++) {
        const x = hp[r * 256 + c]!;
        varSum += x * x;
        lateral += x * hp[r * 256 + c + 2]!;
        axial += x * hp[(r + 2) * 256 + c]!;
      }
    expect(lateral / varSum).toBeGreaterThan(axial / varSum + 0.2);
  });

  it('time-gain compensation leaves no brighter far field: the deepest part is not brighter than the middle', () => {
    // Mean grey of the sector's pixels in a band of rows (outside the sector is 0).
    const band = (r0: number, r1: number) => {
      let sum = 0,
        n = 0;
      for (let r = r0; r < r1; r++)
        for (let c = 0; c < 256; c++)
          if (v[r * 256 + c]! > 0) {
            sum += v[r * 256 + c]!;
            n++;
          }
      return sum / n;
    };
    let last = 255;
    while (last > 0 && v[last * 256 + 128] === 0) last--;
    const middle = band(Math.round(last * 0.4), Math.round(last * 0.6));
    const deep = band(Math.round(last * 0.85), last);
    expect(deep).toBeLessThan(middle);
  });

  it('flowing blood is anechoic: the aortic lumen is far darker than the tissue round it', () => {
    const at = patientToPixel(s.plane, [AORTA_X, aortaY(15, 12), 15]);
    const c = Math.round(at.column),
      r = Math.round(at.row);
    let lumen = 0;
    for (let dr = -3; dr <= 3; dr++) for (let dc = -3; dc <= 3; dc++) lumen += v[(r + dr) * 256 + c + dc]!;
    lumen /= 49;
    expect(lumen).toBeLessThan(0.12);
  });
});
