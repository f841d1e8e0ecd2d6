import type { APIRoute } from 'astro';
import { toMoodleXml } from '../../quiz-engine/educators/export/moodle-xml';
import { wholeBank } from './_bank';
import { exportImages } from './_images';

/** /exports/questions.moodle.xml — the whole bank as Moodle XML (types Moodle cannot take are left out; see /educators/). */
export const GET: APIRoute = async () => {
  const bank = await wholeBank();
  const { content } = toMoodleXml(bank, await exportImages(bank));
  return new Response(content, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
