import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { convertQti2toQti3 } from '@citolab/qti-convert/qti-convert-node';
import { toQtiItem } from '../../src/quiz-engine/educators/export/qti';
import type { OrderingItem } from '../../src/quiz-engine/items/ordering/schema';
import type { MatchingItem } from '../../src/quiz-engine/items/matching/schema';
import { fixture } from '../unit/quiz-engine/fixtures/items';

/**
 * The whole-bank QTI 2.1 package in an independent QTI player: Cito's @citolab/qti-components
 * (a QTI 3 player), after converting each item with Cito's @citolab/qti-convert, as an LMS
 * that imports QTI 2.1 into a QTI 3 engine would. One item of every exported kind is rendered
 * (its image loaded from the package), answered as a learner would — clicking the choices, the
 * point on the image, typing the number, dragging the ordering and matching choices with the
 * mouse — and the player's own response processing gives the score.
 */
const zip = unzipSync(new Uint8Array(readFileSync(new URL('../../dist/exports/questions-qti.zip', import.meta.url))));
const itemFiles = Object.keys(zip)
  .filter((k) => k.startsWith('items/'))
  .sort();
const text = (path: string) => strFromU8(zip[path]!);
const values = (xml: string) =>
  [...(/<correctResponse>(.*?)<\/correctResponse>/.exec(xml)?.[1] ?? '').matchAll(/<value>(.*?)<\/value>/g)].map(
    (m) => m[1]!,
  );

type Kind =
  | 'single-best'
  | 'single-best with an image'
  | 'multiple-response'
  | 'ordering'
  | 'matching'
  | 'numeric'
  | 'hotspot'
  | 'case step';
const kinds: Record<Kind, (xml: string, path: string) => boolean> = {
  'single-best': (x, p) =>
    x.includes('<choiceInteraction') && x.includes('maxChoices="1"') && !x.includes('<img') && !p.includes('-step-'),
  'single-best with an image': (x) =>
    x.includes('<choiceInteraction') && x.includes('maxChoices="1"') && x.includes('<img'),
  'multiple-response': (x) => x.includes('maxChoices="0"'),
  ordering: (x) => x.includes('<orderInteraction'),
  matching: (x) => x.includes('<matchInteraction'),
  numeric: (x, p) => x.includes('<textEntryInteraction') && !p.includes('-step-'),
  hotspot: (x) => x.includes('<selectPointInteraction'),
  'case step': (x, p) => p.includes('-step-'),
};

/** Kinds the current bank may not contain (the rest must always be exported). */
const optionalKinds = new Set<Kind>(['ordering', 'matching', 'numeric']);

/**
 * When the bank holds no item of an optional kind, the player still gets one: the unit tests'
 * fixture item of that kind, written by the same exporter (`toQtiItem`), so the player round trip
 * of every kind always runs.
 */
const fixtureItems: Partial<Record<Kind, OrderingItem | MatchingItem>> = {
  ordering: fixture('or-ct-phases', 'ordering'),
  matching: fixture('ma-modalities', 'matching'),
};

const manifest = text('imsmanifest.xml');
test('the package states what it carries, images included', () => {
  expect(manifest).toMatch(
    /<!-- GEP-NET Imaging questions, QTI 2\.1\. \d+ questions: .*hotspot \(\d+ with an image\).*; \d+ image files\./,
  );
  for (const href of manifest.matchAll(/<file href="([^"]+)"/g)) expect(zip[href[1]!], href[1]).toBeDefined();
});

const lib = readFileSync(new URL('../../node_modules/@citolab/qti-components/cdn/index.js', import.meta.url), 'utf8');
const player = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QTI player</title><script type="module" src="/lib/qti-components.js"></script></head>
<body><qti-item><item-container></item-container></qti-item>
<script type="module">document.querySelector('item-container').setAttribute('item-url', '/pkg/' + new URLSearchParams(location.search).get('item'));</script></body></html>`;

/** The item's RESPONSE variable as the player holds it. */
async function playerResponse(page: Page): Promise<string[]> {
  return page.locator('item-container').evaluate((container) => {
    const item = container.shadowRoot!.querySelector('qti-assessment-item') as unknown as {
      variables: { identifier: string; value: unknown }[];
    };
    const value = item.variables.find((v) => v.identifier === 'RESPONSE')?.value;
    return Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
  });
}

/**
 * Drags with the mouse (pointer events, as the player's drag-and-drop listens for) and checks
 * the player took the drop; a drop that missed is tried again (the player animates the list).
 */
async function dragUntil(page: Page, from: Locator, to: Locator, done: (response: string[]) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 3 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
    await page.waitForTimeout(150);
    await page.mouse.up();
    await page.waitForTimeout(400);
    if (done(await playerResponse(page))) return;
  }
  throw new Error(`the drop did not register: ${JSON.stringify(await playerResponse(page))}`);
}

for (const [kind, matches] of Object.entries(kinds) as [Kind, (x: string, p: string) => boolean][]) {
  const fromBank = itemFiles.find((p) => matches(text(p), p));
  const fixture = fromBank === undefined && optionalKinds.has(kind) ? fixtureItems[kind] : undefined;
  const path = fixture ? `items/${fixture.id}.xml` : fromBank;
  const source = fixture ? 'a test item' : 'the bank';
  test(`${kind}: renders in the QTI player, and a right answer scores full marks`, async ({ page }) => {
    test.skip(path === undefined && optionalKinds.has(kind), `the bank has no ${kind} item and there is no test item`);
    expect(path, `an exported ${kind} item`).toBeDefined();
    const xml = fixture ? toQtiItem(fixture) : text(path!);
    expect(fixture === undefined || matches(xml, path!), `the ${kind} test item is written as that kind`).toBe(true);
    const qti3 = await convertQti2toQti3(xml);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('http://qti.test/**', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/player.html') return route.fulfill({ contentType: 'text/html', body: player });
      if (url.pathname === '/lib/qti-components.js')
        return route.fulfill({ contentType: 'text/javascript', body: lib });
      const rel = url.pathname.replace(/^\/pkg\//, '');
      if (rel === path) return route.fulfill({ contentType: 'application/xml', body: qti3 });
      if (zip[rel])
        return route.fulfill({
          contentType: rel.endsWith('.png') ? 'image/png' : 'application/xml',
          body: Buffer.from(zip[rel]!),
        });
      return route.fulfill({ status: 404, body: 'not in the package' });
    });
    await page.goto(`http://qti.test/player.html?item=${path}`);
    const body = page.locator('qti-item-body');
    await expect(body).toBeVisible();
    const stem = /<itemBody><p>(.*?)<\/p>/
      .exec(xml)![1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
    await expect(body).toContainText(stem.slice(0, 60));

    // Images come from the package's images/ folder and load.
    const src = /(?:src|data)="\.\.\/(images\/[^"]+)"/.exec(xml)?.[1];
    if (kind === 'hotspot' || kind === 'single-best with an image') {
      expect(src).toBeDefined();
      const img = page.locator(`img[src$="${src!.split('/').pop()}"]`);
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    }

    const key = values(xml);
    if (kind === 'hotspot') {
      const coords = /<areaMapEntry shape="(\w+)" coords="([^"]+)"/.exec(xml)!;
      const n = coords[2]!.split(',').map(Number);
      const [x, y] = coords[1] === 'circle' ? [n[0]!, n[1]!] : [(n[0]! + n[2]!) / 2, (n[1]! + n[3]!) / 2];
      await page.locator('qti-select-point-interaction img').click({ position: { x, y } });
    } else if (xml.includes('<choiceInteraction')) {
      for (const id of key) await page.locator(`qti-simple-choice[identifier="${id}"]`).click();
    } else if (xml.includes('<textEntryInteraction')) {
      await page.locator('qti-text-entry-interaction input').pressSequentially(key[0]!);
      await page.keyboard.press('Tab');
    } else if (xml.includes('<orderInteraction')) {
      // Drag each phase into its slot, first to last, with the pointer.
      for (const [i, id] of key.entries()) {
        await dragUntil(
          page,
          page.locator(`qti-order-interaction qti-simple-choice[identifier="${id}"]`),
          page.locator(`qti-order-interaction drop-list[identifier="droplist${i}"]`),
          (r) => r[i] === id,
        );
      }
    } else {
      // Drag each premise onto its response, with the pointer.
      for (const pair of key) {
        const [premise, response] = pair.split(' ') as [string, string];
        await dragUntil(
          page,
          page.locator(`qti-match-interaction qti-simple-associable-choice[identifier="${premise}"]`).first(),
          page.locator(`qti-match-interaction qti-simple-associable-choice[identifier="${response}"]`).first(),
          (r) => r.includes(pair),
        );
      }
    }

    const outcome = await page.locator('item-container').evaluate((container) => {
      const item = container.shadowRoot!.querySelector('qti-assessment-item') as unknown as {
        processResponse(): void;
        getOutcome(id: string): { value: unknown } | undefined;
      };
      item.processResponse();
      return { score: Number(item.getOutcome('SCORE')?.value), max: Number(item.getOutcome('MAXSCORE')?.value) };
    });
    console.log(`QTI player: ${kind} (${path}, from ${source}) scored ${outcome.score} of ${outcome.max}`);
    expect(outcome.max).toBeGreaterThan(0);
    expect(outcome.score).toBe(outcome.max);
    expect(errors).toEqual([]);
  });
}

test('a wrong answer scores nothing in the player', async ({ page }) => {
  const path = itemFiles.find((p) => kinds['single-best'](text(p), p))!;
  const xml = text(path);
  const qti3 = await convertQti2toQti3(xml);
  await page.route('http://qti.test/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/player.html') return route.fulfill({ contentType: 'text/html', body: player });
    if (url.pathname === '/lib/qti-components.js') return route.fulfill({ contentType: 'text/javascript', body: lib });
    return route.fulfill({ contentType: 'application/xml', body: qti3 });
  });
  await page.goto(`http://qti.test/player.html?item=${path}`);
  const wrong = [...xml.matchAll(/<simpleChoice identifier="(\w+)"/g)]
    .map((m) => m[1]!)
    .find((id) => id !== values(xml)[0])!;
  await page.locator(`qti-simple-choice[identifier="${wrong}"]`).click();
  const score = await page.locator('item-container').evaluate((container) => {
    const item = container.shadowRoot!.querySelector('qti-assessment-item') as unknown as {
      processResponse(): void;
      getOutcome(id: string): { value: unknown } | undefined;
    };
    item.processResponse();
    return Number(item.getOutcome('SCORE')?.value);
  });
  expect(score).toBe(0);
});
