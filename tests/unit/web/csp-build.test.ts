import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspConfig, sha256, themeInitPath } from '../../../build/csp.mjs';
import { metaPolicy, unionPolicy } from '../../../build/offline-integration.mjs';

describe('content security policy build helpers', () => {
  it('allows the inline theme script by the hash of its exact text', () => {
    const config = cspConfig();
    const hash = sha256(readFileSync(themeInitPath, 'utf8'));
    expect(config.scriptDirective?.hashes).toEqual([hash]);
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
});
