import { describe, expect, it } from 'vitest';
import { afterPaintScript } from '../../../build/csp.mjs';
import { lowPriorityScripts, scriptsAfterPaint, withoutComments } from '../../../build/script-priority.mjs';

describe('low fetch priority for the bundled page scripts', () => {
  it('marks each bundled module script low priority and keeps its address', () => {
    const html =
      '<script type="module" src="/_astro/SiteSearch.astro_astro_type_script_index_0_lang.Cb5xe5j0.js"></script>' +
      '<p>text</p><script type="module" src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.28nvRTrq.js"></script>';
    expect(lowPriorityScripts(html)).toBe(
      '<script type="module" fetchpriority="low" src="/_astro/SiteSearch.astro_astro_type_script_index_0_lang.Cb5xe5j0.js"></script>' +
        '<p>text</p><script type="module" fetchpriority="low" src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.28nvRTrq.js"></script>',
    );
  });

  it('leaves inline scripts (the theme script, island hydration) as they are, so their CSP hashes still match', () => {
    const html =
      '<script>document.documentElement.dataset.theme="dark"</script><script type="module">import("/x.js")</script>';
    expect(lowPriorityScripts(html)).toBe(html);
  });
});

describe('no HTML comments in the built pages', () => {
  it("drops developers' comments, but not hydration markers nor the text of scripts and styles", () => {
    const html =
      '<head><!-- a note\n over lines --><script>var s = "<!-- not a comment -->";</script>' +
      '<style>/* css */ p{}</style></head><body><p>a<!-- b -->c</p>' +
      '<astro-island><!--[--><p>x</p><!---->y<!--]--><!--astro:end--></astro-island>' +
      '<script type="module" src="/_astro/x.js"></script></body>';
    expect(withoutComments(html)).toBe(
      '<head><script>var s = "<!-- not a comment -->";</script><style>/* css */ p{}</style></head>' +
        '<body><p>ac</p><astro-island><!--[--><p>x</p><!---->y<!--]--><!--astro:end--></astro-island>' +
        '<script type="module" src="/_astro/x.js"></script></body>',
    );
  });
});

describe('content pages start their bundled scripts after first paint', () => {
  const loaderText = afterPaintScript;
  const a = '/_astro/SiteSearch.astro_astro_type_script_index_0_lang.Cb5xe5j0.js';
  const b = '/_astro/Term.astro_astro_type_script_index_0_lang.CJ4iXDu-.js';
  const tag = (src: string) => `<script type="module" fetchpriority="low" src="${src}"></script>`;

  it('replaces the module script tags by one loader that lists them in page order, before </body>', () => {
    const html = `<body><header>${tag(a)}</header><p>text</p>${tag(b)}</body>`;
    expect(scriptsAfterPaint(html)).toBe(
      `<body><header></header><p>text</p><script data-modules="${a.slice(8)} ${b.slice(8)}">${loaderText}</script></body>`,
    );
  });

  it('leaves pages with islands, and pages without bundled scripts, as they are', () => {
    const island = `<body><astro-island uid="x"></astro-island>${tag(a)}</body>`;
    expect(scriptsAfterPaint(island)).toBe(island);
    const none = '<body><script>inline()</script></body>';
    expect(scriptsAfterPaint(none)).toBe(none);
  });

  type El = { type: string; src: string; onload?: () => void; onerror?: () => void };
  /**
   * Runs the loader's text with fake browser objects. `paint`: the Paint Timing API reports the
   * first paint ('yes'), ignores the entry type as old browsers do ('ignored'), or is missing ('none').
   */
  function runLoader(paint: 'yes' | 'ignored' | 'none') {
    const timers: { f: () => void; ms: number }[] = [];
    const observers: (() => void)[] = [];
    const appended: El[] = [];
    const htmlDataset: Record<string, string> = {};
    const document = {
      currentScript: { dataset: { modules: `${a.slice(8)} ${b.slice(8)}` } },
      createElement: (): El => ({ type: '', src: '' }),
      body: { appendChild: (el: El) => appended.push(el) },
      documentElement: { dataset: htmlDataset },
    };
    class FakeObserver {
      constructor(private readonly callback: (entries: unknown, observer: { disconnect(): void }) => void) {}
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true });
        if (paint === 'yes') observers.push(() => this.callback([], { disconnect: () => undefined }));
      }
    }
    new Function('document', 'PerformanceObserver', 'setTimeout', loaderText)(
      document,
      paint === 'none' ? undefined : FakeObserver,
      (f: () => void, ms = 0) => timers.push({ f, ms }),
    );
    return { timers, observers, appended, htmlDataset };
  }
  const srcs = (els: El[]) => els.map(({ type, src }) => ({ type, src }));

  it('the loader inserts each listed script as a module a task after the first paint is reported (once), then marks the page ready', () => {
    const { timers, observers, appended, htmlDataset } = runLoader('yes');
    expect(appended).toEqual([]);
    expect(observers).toHaveLength(1);
    observers.forEach((f) => f()); // first-paint entry observed
    expect(appended).toEqual([]); // a task later
    const soon = timers.filter((t) => t.ms === 0);
    expect(soon).toHaveLength(1);
    soon.forEach((t) => t.f());
    expect(srcs(appended)).toEqual([
      { type: 'module', src: a },
      { type: 'module', src: b },
    ]);
    timers.filter((t) => t.ms === 1000).forEach((t) => t.f()); // the fallback then starts nothing twice
    expect(appended).toHaveLength(2);
    // <html data-scripts="ready"> once every script has loaded or failed (browser tests wait for it)
    appended[0]?.onload?.();
    expect(htmlDataset.scripts).toBeUndefined();
    appended[1]?.onerror?.();
    expect(htmlDataset.scripts).toBe('ready');
  });

  it('without paint timing (or in a tab that never paints) the scripts start after 1 s', () => {
    for (const paint of ['ignored', 'none'] as const) {
      const { timers, appended } = runLoader(paint);
      expect(timers.map((t) => t.ms)).toEqual([1000]);
      timers.forEach((t) => t.f());
      expect(srcs(appended)).toHaveLength(2);
    }
  });
});
