import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { questionBankVersion } from '../../quiz-engine/bank';
import { missingPanels } from '../../content/bank/metrics';
import { publishedBankItems } from '../../components/quiz/bank-items';

/**
 * /data/questions.json — the whole question bank, validated at build, as
 * `{ version, count, items }`. The quiz, review and progress islands fetch it at
 * run time (so their pages stay small and share one cached file); anyone may reuse it. Items
 * are sorted by chapter (course order) then id; their fields are exactly the item schema
 * (src/quiz-engine/items/schema.ts), documented in the README.
 */
export const GET: APIRoute = async () => {
  const items = await publishedBankItems();
  // Every simulated image a question shows must be a real panel of a figure case: fail the build otherwise.
  const cases = await getCollection('cases');
  const missing = missingPanels(items, new Map(cases.map((c) => [c.id, c.data.panels.map((p) => p.letter)])));
  if (missing.length > 0) throw new Error(`Question images that point at no figure panel:\n${missing.join('\n')}`);
  const body = { version: questionBankVersion, count: items.length, items };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
