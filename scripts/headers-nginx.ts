/**
 * Writes the nginx snippet with the site's security and cache headers from
 * src/lib/security/headers.ts: `npm run headers:nginx`. A unit test fails when the committed
 * file differs from what this writes, so the two never drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderNginxSnippet } from '#src/lib/security/headers.ts';

const target = 'deploy/nginx/security-headers.conf';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderNginxSnippet());
console.log(`Wrote ${target}`);
