import { describe, expect, it } from 'vitest';
import { ctSignal, petSignal } from '../../../src/imaging/signal-models';
import { mriSignal } from '../../../src/imaging/signal-models-mr';

/**
 * The physics a radiologist would check, tissue by tissue. The thresholds are qualitative
 * ("brighter", "near-isoattenuating within 15 HU"), not numbers copied from the model.
 */
describe('CT attenuation across contrast phases', () => {
  const unenhanced = ctSignal('unenhanced');
  const lateArterial = ctSignal('late-arterial');
  const portal = ctSignal('portal-venous');
  const delayed = ctSignal('delayed');

  it('a hypervascular pancreatic NET is clearly brighter than the pancreas in the late arterial phase', () => {
    expect(lateArterial['net-hypervascular'] - lateArterial.pancreas).toBeGreaterThan(25);
  });

  it('the same NET is near-isoattenuating to the pancreas in the portal venous phase', () => {
    expect(Math.abs(portal['net-hypervascular'] - portal.pancreas)).toBeLessThan(15);
  });

  it('the liver is brightest in the portal venous phase', () => {
    expect(portal.liver).toBeGreaterThan(lateArterial.liver);
    expect(portal.liver).toBeGreaterThan(delayed.liver);
    expect(portal.liver).toBeGreaterThan(unenhanced.liver);
  });

  it('hypervascular NET liver metastases stand out against the liver in the arterial phase', () => {
    expect(lateArterial['net-liver-metastasis'] - lateArterial.liver).toBeGreaterThan(25);
  });

  it('the aorta is far brighter in the arterial phase than in the portal phase', () => {
    expect(lateArterial.artery).toBeGreaterThan(250);
    expect(lateArterial.artery).toBeGreaterThan(portal.artery + 100);
  });

  it('a fibrous lesion enhances progressively: denser than the liver only in the delayed phase', () => {
    expect(lateArterial['net-progressive']).toBeLessThan(lateArterial.liver);
    expect(delayed['net-progressive']).toBeGreaterThan(delayed.liver);
  });

  it('unenhanced CT shows calcification as very dense, fat as negative and air at −1000 HU', () => {
    expect(unenhanced.calcification).toBeGreaterThan(200);
    expect(unenhanced.fat).toBeLessThan(-50);
    expect(unenhanced.air).toBe(-1000);
  });

  it('a necrotic centre and a cyst do not enhance', () => {
    expect(lateArterial.necrosis).toBe(unenhanced.necrosis);
    expect(portal['cyst-fluid']).toBe(unenhanced['cyst-fluid']);
  });
});

describe('MRI signal', () => {
  it('a metastasis has a lower ADC than the liver', () => {
    const adc = mriSignal('adc');
    expect(adc['net-liver-metastasis']).toBeLessThan(adc.liver);
  });

  it('a metastasis is bright against the liver at b = 800', () => {
    const dwi = mriSignal('dwi-b800');
    expect(dwi['net-liver-metastasis']).toBeGreaterThan(2 * dwi.liver);
  });

  it('metastases are dark against the bright liver in the hepatobiliary phase', () => {
    const hbp = mriSignal('t1-hepatobiliary');
    const pre = mriSignal('t1');
    expect(hbp.liver).toBeGreaterThan(1.3 * pre.liver);
    expect(hbp['net-liver-metastasis']).toBeLessThan(0.7 * hbp.liver);
  });

  it('a fibrous target core is brighter than the rest of the metastasis but darker than liver in the hepatobiliary phase', () => {
    const hbp = mriSignal('t1-hepatobiliary');
    expect(hbp['fibrous-core']).toBeGreaterThan(hbp['net-liver-metastasis']);
    expect(hbp['fibrous-core']).toBeLessThan(hbp.liver);
  });

  it('bile is bright in the hepatobiliary phase because gadoxetate is excreted into it', () => {
    const hbp = mriSignal('t1-hepatobiliary');
    const pre = mriSignal('t1');
    expect(hbp.bile).toBeGreaterThan(3 * pre.bile);
  });

  it('fluid is bright on MRCP while solid organs vanish', () => {
    const mrcp = mriSignal('mrcp');
    expect(mrcp.bile).toBeGreaterThan(20 * Math.max(mrcp.liver, mrcp.pancreas, 1e-3));
    expect(mrcp['pancreatic-juice']).toBeGreaterThan(20 * Math.max(mrcp.spleen, 1e-3));
  });

  it('on T2, fluid is brightest, a NET metastasis is brighter than liver, and fibrotic desmoplasia is dark', () => {
    const t2 = mriSignal('t2');
    expect(t2['cyst-fluid']).toBeGreaterThan(t2['net-liver-metastasis']);
    expect(t2['net-liver-metastasis']).toBeGreaterThan(1.5 * t2.liver);
    expect(t2['desmoplastic-mass']).toBeLessThan(t2.fat);
    expect(t2['desmoplastic-mass']).toBeLessThan(t2['bowel-content']);
  });

  it('fat suppression darkens fat but not fluid', () => {
    const t2 = mriSignal('t2');
    const fs = mriSignal('t2-fat-sat');
    expect(fs.fat).toBeLessThan(0.2 * t2.fat);
    expect(fs['cyst-fluid']).toBeCloseTo(t2['cyst-fluid'], 6);
  });

  it('a hypervascular NET enhances strongly in the arterial phase on MRI too', () => {
    const pre = mriSignal('t1');
    const art = mriSignal('t1-arterial');
    expect(art['net-hypervascular'] / pre['net-hypervascular']).toBeGreaterThan(art.pancreas / pre.pancreas);
  });
});

describe('SSTR PET uptake', () => {
  it('a NET takes up far more tracer than the liver, and the spleen more than the liver', () => {
    const suv = petSignal();
    expect(suv['net-liver-metastasis']).toBeGreaterThan(3 * suv.liver);
    expect(suv.spleen).toBeGreaterThan(suv.liver);
  });
});
