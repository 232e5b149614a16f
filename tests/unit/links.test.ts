import { describe, expect, it } from 'vitest';
import { isOutboundLink } from '#src/lib/site/links.ts';

const SITE = 'https://campaign.example.org';

describe('outbound links', () => {
  it('are links to another site', () => {
    expect(isOutboundLink('https://www.work-with-perpetrators.eu/', SITE)).toBe(true);
    expect(isOutboundLink('http://example.com/a', SITE)).toBe(true);
  });
  it('are not links within the site, anchors or e-mail addresses', () => {
    expect(isOutboundLink('/myths/', SITE)).toBe(false);
    expect(isOutboundLink('#main-content', SITE)).toBe(false);
    expect(isOutboundLink('https://campaign.example.org/press/', SITE)).toBe(false);
    expect(isOutboundLink('mailto:info@work-with-perpetrators.eu', SITE)).toBe(false);
  });
});
