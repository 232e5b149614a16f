import { SITE } from '#src/config.ts';

/** A site-relative path as the public address people share and feeds link to. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE.url + '/').href;
}
