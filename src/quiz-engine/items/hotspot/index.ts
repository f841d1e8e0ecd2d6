import * as z from 'zod/mini';
import { defineItemType, giftImageReason, listOfIds } from '../descriptor';
import { seededShuffle } from '../../session/shuffle';
import type { HotspotItem, HotspotResponse } from './schema';
import { scoreHotspot } from './score';
import { validateHotspot } from './validate';

/** Image hotspot: click the finding, or choose its region by name (keyboard). */
export const hotspot = defineItemType<'hotspot', HotspotItem, HotspotResponse>({
  type: 'hotspot',
  response: z.union([
    z.strictObject({ kind: z.literal('point'), x: z.number(), y: z.number() }),
    z.strictObject({ kind: z.literal('region'), region: z.string().check(z.maxLength(200)) }),
  ]),
  score: scoreHotspot,
  validate: validateHotspot,
  empty: () => undefined,
  // The regions as listed for the keyboard.
  displayOrder: (item, rng) => ({
    regions: seededShuffle(
      item.regions.map((r) => r.id),
      rng,
    ),
  }),
  bankShape: listOfIds('regions'),
  exports: { gift: giftImageReason, 'moodle-xml': true, qti: true },
});
