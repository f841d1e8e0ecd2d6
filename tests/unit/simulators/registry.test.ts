import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMULATORS, simulatorBySlug, simulatorHref, simulatorSlugs } from '../../../src/simulators/registry';
import { simulatorSlugs as schemaSlugs } from '../../../src/content/schemas';
import * as contrastTimingOld from '../../../src/simulators/contrast-timing';
import * as contrastTiming from '../../../src/simulators/contrast-timing/index';
import * as accuracyOld from '../../../src/simulators/diagnostic-accuracy';
import * as accuracy from '../../../src/simulators/diagnostic-accuracy/index';
import * as responseOld from '../../../src/simulators/response-criteria';
import * as response from '../../../src/simulators/response-criteria/index';

const root = new URL('../../../', import.meta.url);

describe('simulator registry', () => {
  it('lists each simulator once, with its folder (engine and island) and its page', () => {
    expect(new Set(simulatorSlugs).size).toBe(SIMULATORS.length);
    for (const s of SIMULATORS) {
      expect(existsSync(new URL(`src/simulators/${s.slug}/index.ts`, root)), `${s.slug}/index.ts`).toBe(true);
      expect(existsSync(new URL(`src/simulators/${s.slug}/Simulator.svelte`, root)), `${s.slug}/Simulator`).toBe(true);
      expect(existsSync(new URL(`src/pages/simulators/${s.slug}.astro`, root)), `page of ${s.slug}`).toBe(true);
      expect(simulatorHref(s.slug)).toBe(`/simulators/${s.slug}/`);
      expect(simulatorBySlug(s.slug)).toBe(s);
    }
  });

  it('every simulator page is in the registry', () => {
    const pages = readdirSync(new URL('src/pages/simulators/', root))
      .filter((f) => f.endsWith('.astro') && f !== 'index.astro')
      .map((f) => f.replace(/\.astro$/, ''));
    expect(pages.sort()).toEqual([...simulatorSlugs].sort());
  });

  it("the chapters' `simulators` field accepts exactly the registry's slugs", () => {
    expect(schemaSlugs).toBe(simulatorSlugs);
  });

  it('the old public engine paths still export the engines', () => {
    expect(contrastTimingOld.simulateEnhancement).toBe(contrastTiming.simulateEnhancement);
    expect(accuracyOld.accuracy).toBe(accuracy.accuracy);
    expect(responseOld.assessResponse).toBe(response.assessResponse);
  });
});
