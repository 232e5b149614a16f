import { describe, expect, it } from 'vitest';
import { hiddenCharacter, sitePathTarget, urlProblem } from '#src/lib/content/url-rules.ts';
import { contentUrl } from '#src/lib/content/schemas.ts';

describe('the one rule for addresses in content', () => {
  it.each([
    'https://www.work-with-perpetrators.eu/impact',
    'http://example.org/a?b=c#d',
    'mailto:press@example.org',
    '/myths/risk/',
    '/press/2018-campaign-launch.pdf',
    '#section',
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'starting with "javascript:"'],
    ['JavaScript:alert(1)', 'starting with "javascript:"'],
    ['data:text/html,<p>x</p>', 'starting with "data:"'],
    ['vbscript:msgbox', 'starting with "vbscript:"'],
    ['file:///etc/passwd', 'starting with "file:"'],
    ['ftp://example.org/', 'starting with "ftp:"'],
    ['tel:+4930123', 'starting with "tel:"'],
    ['//evil.example/', 'leaves out the https:'],
    ['/\\evil.example/', 'backslash'],
    ['https://', 'Expected an address'],
    ['example.org/page', 'Expected an address'],
    ['mailto:nobody', 'Expected an email address after mailto:'],
    ['https://exa mple.org/', 'contains a space'],
    ['', 'is empty'],
  ])('refuses %j, saying why', (url, why) => {
    expect(urlProblem(url)).toContain(why);
  });

  it.each([
    ['\u0001javascript:alert(1)', 'U+0001', 1],
    ['\tjavascript:alert(1)', 'U+0009', 1],
    ['java\nscript:alert(1)', 'U+000A', 5],
    ['https://example.org/\u202Efdp.exe', 'U+202E', 21],
    ['https://exa\u200Bmple.org/', 'U+200B', 12],
    ['https://example.org/\u2066x', 'U+2066', 21],
    ['\uFEFFhttps://example.org/', 'U+FEFF', 1],
    ['/myths/\u00ADrisk/', 'U+00AD', 8],
    ['https://example.org/\u0085', 'U+0085', 21],
  ])('refuses a control or invisible character in %j, naming its code point and place', (url, code, position) => {
    expect(urlProblem(url)).toContain(`(${code}) at character ${position}`);
    expect(hiddenCharacter(url)).toEqual({ codePoint: code, position });
  });

  it('reads the page a site path asks for', () => {
    expect(sitePathTarget('/press/a.pdf#page=2')).toBe('/press/a.pdf');
    expect(sitePathTarget('/myths/risk/?x=1')).toBe('/myths/risk/');
    expect(sitePathTarget('/press/%73ecret/')).toBe('/press/secret/');
  });

  it('is the rule the front matter schemas use', () => {
    expect(contentUrl.safeParse('https://doi.org/10.1/x').success).toBe(true);
    const result = contentUrl.safeParse('\u0000javascript:alert(1)');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('U+0000');
  });
});
