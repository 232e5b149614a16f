/**
 * When the static site must be built again without anyone editing: the moment an embargo lifts.
 * The build records the next such moment (src/integrations/publish-schedule.ts) and
 * `npm run publish:due` (scripts/publish-due.ts) tells a scheduler whether a rebuild is due.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { pressSchema } from './schemas.ts';
import { isPublic, type PublishableData } from './rules.ts';

/** What the build leaves in .build/ (not published): when it ran, as of which moment, and the next change. */
export interface PublishSchedule {
  /** The build's clock (BUILD_TIME or the real time): what the site shows is true as of this moment. */
  builtAt: string;
  /** The next moment an embargo lifts, or null. */
  nextChange: string | null;
}

/** Where the build leaves it: .build/ beside the content folder (so a test's copy of content/ keeps its own). */
export function scheduleFile(contentDir: string): string {
  return join(dirname(resolve(contentDir)), '.build', 'publish-schedule.json');
}

export interface ScheduledRelease extends PublishableData {
  /** The file, for messages. */
  file: string;
}

/** The earliest moment after `now` at which a release becomes public, if any. Drafts never do. */
export function nextChange(releases: readonly ScheduledRelease[], now: Date): Date | undefined {
  const upcoming = releases
    .filter((r) => !r.draft && r.embargoUntil && r.embargoUntil.getTime() > now.getTime())
    .map((r) => r.embargoUntil!.getTime());
  return upcoming.length ? new Date(Math.min(...upcoming)) : undefined;
}

export interface RebuildVerdict {
  due: boolean;
  /** In words, for the scheduler's log. */
  reason: string;
  /** Releases whose embargo lifted since the last deployment. */
  lifted: string[];
  next?: Date;
}

/** Whether an embargo lifted after the last deployment and by `now`: then the deployed site lacks a release. */
export function rebuildDue(releases: readonly ScheduledRelease[], lastDeployment: Date | undefined, now: Date): RebuildVerdict {
  const next = nextChange(releases, now);
  if (!lastDeployment) return { due: true, reason: 'No time of the last deployment was given: build to be sure.', lifted: [], next };
  const lifted = releases
    .filter((r) => !r.draft && r.embargoUntil && isPublic(r, now) && !isPublic(r, lastDeployment))
    .map((r) => r.file);
  if (lifted.length) return { due: true, reason: `Embargo lifted since the last deployment: ${lifted.join(', ')}.`, lifted, next };
  return { due: false, reason: next ? `Nothing to publish yet; next embargo lifts at ${next.toISOString()}.` : 'Nothing to publish: no embargo pending.', lifted, next };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The draft and embargo fields of every release in a folder, checked by the press schema. Errors name the file and field. */
export function readReleases(folder: string): ScheduledRelease[] {
  const scheduleFields = pressSchema.pick({ draft: true, embargoUntil: true });
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const match = FRONT_MATTER.exec(readFileSync(file, 'utf8'));
      if (!match) throw new Error(`${file}: expected front matter between --- lines at the top.`);
      // YAML 1.1, as the build reads front matter: an unquoted time becomes a date and is refused the same way.
      const result = scheduleFields.safeParse(parse(match[1]!, { version: '1.1' }) ?? {});
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return { file, draft: result.data.draft, embargoUntil: result.data.embargoUntil };
    });
}
