import { test, expect } from './fixtures';
import type { Item } from '../../src/quiz-engine/items/schema';

/**
 * Single-best and multiple-response items may show a simulated panel (issue 14). Against the
 * real bank: an image item due in review shows its still, loaded, with the alt text that states
 * the finding, above the options, at phone and at desktop width, and axe stays clean.
 */
test.use({ serviceWorkers: 'block' });

const card = {
  due: 0,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
  lastReview: 1000,
};

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`a choice item's simulated image shows in review at ${width} px`, async ({ page, checkA11y }) => {
    await page.setViewportSize({ width, height });
    const bank = (await (await page.request.get('/data/questions.json')).json()) as { items: Item[] };
    const item = bank.items.find(
      (i): i is Extract<Item, { type: 'single-best' }> => i.type === 'single-best' && i.image !== undefined,
    );
    expect(item, 'the bank has a single-best item with an image').toBeDefined();
    await page.goto('/');
    await page.evaluate(
      ([id, c]) => {
        const attempt = {
          id: `practice/1000/${id}`,
          itemId: id,
          chapter: 'x',
          topics: ['t'],
          at: 1000,
          earned: 0,
          total: 1,
          correct: false,
          rating: 1,
          mode: 'practice',
        };
        localStorage.setItem(
          'gepnet:progress',
          JSON.stringify({
            version: 2,
            attempts: [attempt],
            cards: { [id]: c },
            flags: {},
            studied: [],
            session: null,
          }),
        );
      },
      [item!.id, card] as const,
    );
    await page.goto('/review/');
    const figure = page.locator('.item .panel-figure');
    const image = figure.getByRole('img', { name: item!.image!.alt });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = await image.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(width);
    expect(box!.width).toBeGreaterThan(200);
    // The image sits between the stem and the options.
    const stemBottom = (await page.locator('.item .stem').boundingBox())!.y;
    const firstOption = (await page.locator('.item .option').first().boundingBox())!.y;
    expect(box!.y).toBeGreaterThan(stemBottom);
    expect(box!.y).toBeLessThan(firstOption);
    await checkA11y(page, `image item at ${width} px`);
  });
}
