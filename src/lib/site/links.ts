/** Whether a link leads to another site (and so must carry rel="noopener noreferrer"). */
export function isOutboundLink(href: string, siteUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(href, siteUrl.replace(/\/?$/, '/'));
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== new URL(siteUrl).origin;
}
