import { RESPONSE_CASES } from '../../../simulators/response-criteria/cases';
import { dicomZip, type DicomZip } from './dicom-zip';
import { figureCaseSeries, type FigureCaseSource } from './figure-series';
import { responseCaseSeries } from './response-series';

/**
 * The browser side of the DICOM downloads on /educators/ (loaded on demand, with dcmjs): the
 * figure cases' scenes come from /exports/dicom/figure-cases.json, the response cases from the
 * simulator's own case list; the slices render here, one at a time.
 */
export type DicomCaseRef =
  { readonly kind: 'figure'; readonly slug: string } | { readonly kind: 'response'; readonly id: string };

export async function dicomForCase(
  ref: DicomCaseRef,
  onProgress: (done: number, total: number) => void,
): Promise<DicomZip & { readonly filename: string }> {
  if (ref.kind === 'figure') {
    const response = await fetch('/exports/dicom/figure-cases.json');
    if (!response.ok) throw new Error(`the case list could not be downloaded (HTTP ${response.status})`);
    const cases = (await response.json()) as FigureCaseSource[];
    const source = cases.find((c) => c.slug === ref.slug);
    if (!source) throw new Error(`there is no figure case "${ref.slug}"`);
    const zip = await dicomZip(
      `figure-${source.figure}-${source.slug}`,
      `Figure ${source.figure}: ${source.title}`,
      figureCaseSeries(source),
      onProgress,
    );
    return { ...zip, filename: `simulated-dicom-figure-${source.figure}-${source.slug}.zip` };
  }
  const responseCase = RESPONSE_CASES.find((c) => c.id === ref.id);
  if (!responseCase) throw new Error(`there is no response case "${ref.id}"`);
  const zip = await dicomZip(
    `response-${responseCase.id}`,
    `Response case: ${responseCase.title}`,
    responseCaseSeries(responseCase),
    onProgress,
  );
  return { ...zip, filename: `simulated-dicom-response-${responseCase.id}.zip` };
}
