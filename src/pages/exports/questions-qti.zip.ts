import type { APIRoute } from 'astro';
import { toQtiPackage } from '../../quiz-engine/educators/export/qti-package';
import { exportEntryTime, wholeBank } from './_bank';
import { exportImages } from './_images';

/** /exports/questions-qti.zip — the whole bank as an IMS QTI 2.1 content package. */
export const GET: APIRoute = async () => {
  const bank = await wholeBank();
  const { content } = toQtiPackage(bank, exportEntryTime, await exportImages(bank));
  return new Response(content as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/zip' } });
};
