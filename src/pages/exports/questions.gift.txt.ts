import type { APIRoute } from 'astro';
import { toGift } from '../../quiz-engine/educators/export/gift';
import { wholeBank } from './_bank';

/** /exports/questions.gift.txt — the whole bank in Moodle's GIFT text format. */
export const GET: APIRoute = async () => {
  const { content } = toGift(await wholeBank());
  return new Response(content, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
