import { describe, expect, it } from 'vitest';
import { assetReferences, packagePage, packageScript } from '../../../src/components/educators/scorm/scorm-package';
import { packageSettingsScript, readPackageSettings } from '../../../src/components/educators/scorm/package-settings';

describe('making the built runner page work from any address inside an LMS', () => {
  it('finds the scripts and styles a page and its scripts load, now or on demand', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.B1.css"><astro-island component-url="/_astro/App.X9.js" renderer-url="/_astro/client.Q.js">';
    expect(assetReferences(html).sort()).toEqual(['_astro/App.X9.js', '_astro/a.B1.css', '_astro/client.Q.js']);
    const script =
      'const m=(d=["_astro/result.B5.js","_astro/x.css"]);import"./disclose-version.x.js";import{a}from"./client.i.js";';
    expect(assetReferences(script).sort()).toEqual([
      '_astro/client.i.js',
      '_astro/disclose-version.x.js',
      '_astro/result.B5.js',
      '_astro/x.css',
    ]);
  });

  it('makes every site-root reference relative and adds the settings before </head>', () => {
    const page = packagePage(
      '<head><link rel="icon" href="/favicon.svg"><script src="/_astro/a.js"></script></head><body><astro-island component-url="/_astro/B.js"></astro-island></body>',
      '<script type="application/json" id="gepnet-package">{}</script>',
    );
    expect(page).toBe(
      '<head><script src="_astro/a.js"></script><script type="application/json" id="gepnet-package">{}</script>\n</head><body><astro-island component-url="_astro/B.js"></astro-island></body>',
    );
  });

  it("points the preloading helper's base at the scripts' own folder", () => {
    expect(packageScript('t=function(e){return`/`+e},n={}')).toBe('t=function(e){return`../`+e},n={}');
    expect(packageScript('var t=function(dep){return "/"+dep};')).toBe('var t=function(dep){return"../"+dep};');
  });

  it('carries the package settings as data the page reads back, safe against "</script>"', () => {
    const script = packageSettingsScript({
      version: '1.2',
      assignment: 'a1.x.y',
      bank: 'questions.json',
      images: 'cases/',
      site: 'https://example.org</script>',
    });
    expect(script).not.toContain('example.org</script>');
    const doc = {
      getElementById: () => ({ textContent: /<script[^>]*>(.*)<\/script>/.exec(script)![1]! }),
    } as unknown as Document;
    expect(readPackageSettings(doc)).toEqual({
      version: '1.2',
      assignment: 'a1.x.y',
      bank: 'questions.json',
      images: 'cases/',
      site: 'https://example.org</script>',
    });
  });
});
