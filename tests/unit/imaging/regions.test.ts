import { describe, expect, it } from 'vitest';
import { liverSegment } from '../../../src/imaging/anatomy-organs';
import { buildScene } from '../../../src/imaging/scene';
import { imagePlane, patientToPixel } from '../../../src/imaging/planes';
import { lesionSection, regionAt, regionsInSlice } from '../../../src/imaging/regions';

describe('Couinaud segments of the phantom liver', () => {
  it('places the left lateral section in segments II (posterior) and III (anterior)', () => {
    expect(liverSegment([40, -28, 95])).toBe(2);
    expect(liverSegment([60, -58, 72])).toBe(3);
  });
  it('places segment IV between the umbilical fissure and the middle hepatic vein', () => {
    expect(liverSegment([-10, -40, 80])).toBe(4);
  });
  it('places the right lobe in V and VIII (anterior) and VI and VII (posterior)', () => {
    expect(liverSegment([-65, -20, 100])).toBe(8);
    expect(liverSegment([-75, -30, 45])).toBe(5);
    expect(liverSegment([-100, 50, 95])).toBe(7);
    expect(liverSegment([-105, 25, 40])).toBe(6);
  });
  it('finds the caudate lobe (segment I) beside the IVC', () => {
    expect(liverSegment([-4, 24, 72])).toBe(1);
  });
});

describe('regions and lesion sections', () => {
  const scene = buildScene({
    lesions: [
      {
        id: 'tail',
        label: 'tail NET',
        region: 'pancreas',
        centreMm: [78, 26, 23],
        radiiMm: 12,
        tissue: 'net-hypervascular',
      },
    ],
  });
  const plane = imagePlane({ orientation: 'axial', positionMm: 23, width: 256, height: 256 });

  it('a point in the lesion belongs to the lesion and is named by its region', () => {
    const p = patientToPixel(plane, [78, 26, 23]);
    const hit = regionAt(scene, plane, p.column, p.row);
    expect(hit?.lesionId).toBe('tail');
    expect(hit?.label).toBe('pancreatic tail');
  });

  it('the aorta is found where it should be, in front of the spine', () => {
    const p = patientToPixel(plane, [12, 42, 23]);
    expect(regionAt(scene, plane, p.column, p.row)?.label).toBe('aorta');
  });

  it('the region list offers the pancreatic tail containing the lesion, among other organs', () => {
    const regions = regionsInSlice(scene, plane);
    const tail = regions.find((r) => r.label === 'pancreatic tail');
    expect(tail?.containsLesion).toEqual(['tail']);
    expect(regions.map((r) => r.label)).toContain('spleen');
    expect(regions.length).toBeGreaterThan(4);
  });

  it('a 24 mm sphere cut through its centre measures about 24 mm across', () => {
    const s = lesionSection(scene, plane, 'tail');
    expect(s).not.toBeNull();
    expect(s!.longestDiameterMm).toBeGreaterThan(22);
    expect(s!.longestDiameterMm).toBeLessThan(26);
  });

  it('a slice that misses the lesion has no section', () => {
    expect(
      lesionSection(scene, imagePlane({ orientation: 'axial', positionMm: 80, width: 128, height: 128 }), 'tail'),
    ).toBeNull();
  });
});
