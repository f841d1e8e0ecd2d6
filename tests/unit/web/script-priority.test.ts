import { describe, expect, it } from 'vitest';
import { lowPriorityScripts, withoutComments } from '../../../build/script-priority.mjs';

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
