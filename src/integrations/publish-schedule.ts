import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CONTENT_DIR, PREVIEW_BUILD } from '#src/env.ts';
import { buildTime } from '#src/lib/content/rules.ts';
import { nextChange, readReleases, scheduleFile, type PublishSchedule } from '#src/lib/content/publish-schedule.ts';

/**
 * Records when the site must next be built again: the earliest embargo still in the future
 * (issue #14). Written to .build/publish-schedule.json beside content/, outside the published site, for
 * `npm run publish:due`; an embargo's time is not published before it lifts.
 */
export function publishSchedule(): AstroIntegration {
  return {
    name: 'rt-publish-schedule',
    hooks: {
      'astro:build:done': ({ logger }) => {
        // A build as of another moment is a preview, never deployed: it must not pass for the last deployment.
        if (PREVIEW_BUILD) return;
        const now = buildTime();
        const next = nextChange(readReleases(`${CONTENT_DIR}/press`), now);
        const schedule: PublishSchedule = { builtAt: now.toISOString(), nextChange: next?.toISOString() ?? null };
        const file = scheduleFile(CONTENT_DIR);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(schedule, null, 2) + '\n');
        logger.info(next ? `Next embargo lifts at ${schedule.nextChange}: build again then (npm run publish:due).` : 'No embargo pending.');
      },
    },
  };
}
