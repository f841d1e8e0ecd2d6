import { readFileSync } from 'node:fs';
import { test, expect, useTheme } from './fixtures';
import { builtPages } from './site-pages';

/**
 * The content security policy (build/csp.mjs, issue 10 §3): every built page carries a strict
 * policy in a <meta> tag, and loading each page — in both themes, scrolled to the end so that
 * every island hydrates — raises no `securitypolicyviolation` event. dist/_headers carries the
 * same policy for static hosts.
 */

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((parts) => parts[0] === name);
  return found ? found.slice(1) : [];
}

function checkPolicy(policy: string, where: string) {
  const scripts = directive(policy, 'script-src');
  expect(scripts, `${where}: script-src`).toContain("'self'");
  expect(
    scripts.filter((s) => s !== "'self'" && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
    `${where}: script-src allows only 'self' and hashes`,
  ).toEqual([]);
  expect(directive(policy, 'object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(directive(policy, 'base-uri'), `${where}: base-uri`).toEqual(["'self'"]);
  expect(directive(policy, 'default-src'), `${where}: default-src`).toEqual(["'self'"]);
  expect(
    directive(policy, 'style-src').filter((s) => s !== "'self'" && !/^'sha(256|384|512)-/.test(s)),
    `${where}: style-src`,
  ).toEqual([]);
  expect(policy, `${where}: no third-party origin`).not.toMatch(/https?:|\*/);
}

test('dist/_headers carries the same strict policy for static hosts', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const policies = [...headers.matchAll(/Content-Security-Policy: (.*)/g)].map((m) => m[1] ?? '');
  expect(policies.length).toBeGreaterThan(0);
  for (const policy of policies) {
    checkPolicy(policy, '_headers');
    expect(directive(policy, 'frame-ancestors')).toEqual(["'self'"]);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`content security policy (${theme} theme)`, () => {
    for (const pagePath of builtPages()) {
      test(`${pagePath} loads with no policy violation`, async ({ page }) => {
        await useTheme(page, theme);
        await page.addInitScript(() => {
          window.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            window.__cspViolations.push(
              `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
            );
          });
        });
        await page.goto(pagePath, { waitUntil: 'load' });
        const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(policy, 'a content-security-policy meta tag').toBeTruthy();
        checkPolicy(policy as string, pagePath);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        // Scroll to the end so that client:visible islands hydrate, then let their imports settle.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 50));
          }
        });
        await page.waitForLoadState('networkidle');
        // Any island still waiting to be seen is brought into view, one by one.
        await expect(async () => {
          const waiting = page.locator('astro-island[ssr]');
          // (an island is display: contents, so its first element is what scrolls into view)
          await page.evaluate(() => {
            const island = document.querySelector('astro-island[ssr]');
            (island?.firstElementChild ?? island)?.scrollIntoView();
          });
          expect(await waiting.count()).toBe(0);
        }).toPass({ timeout: 20_000 });
        expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      });
    }
  });
}
