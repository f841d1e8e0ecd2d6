import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  afterPaintScript,
  cspConfig,
  inlineHashes,
  pageScopedPolicy,
  sha256,
  themeInitPath,
} from '../../../build/csp.mjs';
import { metaPolicy, unionPolicy } from '../../../build/offline-integration.mjs';

describe('content security policy build helpers', () => {
  it('allows the two inline scripts (theme, after-paint loader) by the hashes of their exact text', () => {
    const config = cspConfig();
    const hash = sha256(readFileSync(themeInitPath, 'utf8'));
    expect(config.scriptDirective?.hashes).toEqual([hash, sha256(afterPaintScript)]);
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    expect(config.directives).toContain("object-src 'none'");
    expect(config.directives).toContain("base-uri 'self'");
    expect((config.directives ?? []).join(' ')).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  });

  it('reads the policy of a built page and unites several into one header policy', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a='; object-src 'none'">`;
    expect(metaPolicy(html)).toBe("script-src 'self' 'sha256-a='; object-src 'none'");
    expect(metaPolicy('<p>no policy</p>')).toBeNull();
    expect(
      unionPolicy([
        "script-src 'self' 'sha256-a='; object-src 'none'",
        "script-src 'self' 'sha256-b=';style-src 'self'",
      ]),
    ).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; object-src 'none'; style-src 'self'");
  });

  it("cuts a page's policy to the hashes of its own inline scripts and styles, never adding one", () => {
    const a = `'${sha256('a()')}'`;
    const b = `'${sha256('b()')}'`;
    const css = `'${sha256('p{}')}'`;
    const other = `'${sha256('elsewhere')}'`;
    const page = (policy: string) =>
      `<head><meta http-equiv="content-security-policy" content="${policy}"><script>a()</script>` +
      `<script type="module" src="/_astro/x.js"></script><script type="module">b()</script><style>p{}</style>` +
      `<script>unlisted()</script></head>`;
    expect(inlineHashes(page(''))).toEqual(new Set([a, b, css, `'${sha256('unlisted()')}'`]));
    const scoped = pageScopedPolicy(
      page(
        `default-src 'self';script-src 'self' ${a} ${other} ${b};style-src 'self' ${other} ${css};style-src-attr 'unsafe-inline'`,
      ),
    );
    expect(metaPolicy(scoped)).toBe(
      `default-src 'self';script-src 'self' ${a} ${b};style-src 'self' ${css};style-src-attr 'unsafe-inline'`,
    );
    expect(pageScopedPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
