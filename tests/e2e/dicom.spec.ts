import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import dicomParser from 'dicom-parser';
import { test, expect } from './fixtures';

/**
 * The DICOM downloads on /educators/ as an educator uses them: a figure case and a response
 * case render in the browser, come down as a zip of DICOM files, and read back with an
 * independent parser (the full per-case checks are in tests/unit/educators/dicom-series.test.ts).
 */
async function downloadZip(page: import('@playwright/test').Page, button: RegExp) {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return {
    name: file.suggestedFilename(),
    files: unzipSync(new Uint8Array(readFileSync((await file.path()) as string))),
  };
}

test('a figure case and a response case download as DICOM series marked SIMULATED', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await page.goto('/educators/');
  await page.getByRole('heading', { name: 'Simulated cases as DICOM' }).scrollIntoViewIfNeeded();
  await checkA11y(page, 'educators page, DICOM section');

  const figure = await downloadZip(page, /^Figure 3:/);
  expect(figure.name).toMatch(/^simulated-dicom-figure-3-.*\.zip$/);
  await expect(
    page.getByText(/^Saved simulated-dicom-figure-3-.*: 1 series, \d+ images\. Simulated, not a patient\.$/),
  ).toBeVisible();
  const dcm = Object.keys(figure.files).filter((f) => f.endsWith('.dcm'));
  expect(dcm.length).toBeGreaterThan(10);
  const ds = dicomParser.parseDicom(figure.files[dcm[0]!]!);
  expect(ds.string('x00100010')).toBe('SIMULATED^NOT A PATIENT');
  expect(ds.string('x00080060')).toBe('CT');
  expect(ds.string('x00281054')).toBe('HU');
  expect(ds.string('x00280030')).toMatch(/^[\d.]+\\[\d.]+$/);
  const readme = strFromU8(figure.files[Object.keys(figure.files).find((f) => f.endsWith('README.txt'))!]!);
  expect(readme).toContain('SIMULATED - NOT A PATIENT');
  expect(readme).toContain('Weasis');

  const response = await downloadZip(page, /^Node shrinks below 10 mm$/);
  const studies = new Set(
    Object.keys(response.files)
      .filter((f) => f.endsWith('.dcm'))
      .map((f) => dicomParser.parseDicom(response.files[f]!).string('x0020000d')),
  );
  expect(studies.size).toBeGreaterThanOrEqual(2); // baseline and follow-up are separate studies
});
