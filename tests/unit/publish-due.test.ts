/**
 * Embargoes lift on time: the build's schedule names the next embargo, and `npm run publish:due`
 * tells a scheduler to rebuild from the moment it lifts (and not a second before). That the build
 * at that moment publishes the release everywhere is tests/build/embargo.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { nextChange, readReleases, rebuildDue } from '#src/lib/content/publish-schedule.ts';

const FIXTURES = 'tests/fixtures/embargo';
/** The embargoed fixture lifts at 2031-11-25T09:00:00+01:00; the draft never does. */
const LIFTS = new Date('2031-11-25T08:00:00Z');
const SECOND_BEFORE = '2031-11-25T07:59:59Z';
const SECOND_OF = '2031-11-25T08:00:00Z';

const work = mkdtempSync(join(tmpdir(), 'rt-publish-due-'));
const content = join(work, 'content');
mkdirSync(join(content, 'press'), { recursive: true });
cpSync(FIXTURES, join(content, 'press'), { recursive: true });
cpSync('content/press/2018-campaign-launch.mdx', join(content, 'press', '2018-campaign-launch.mdx'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function publishDue(args: string[], contentDir = content) {
  const run = spawnSync(process.execPath, ['scripts/publish-due.ts', ...args], {
    env: { ...process.env, RT_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the next moment the site must change', () => {
  const releases = readReleases(join(content, 'press'));

  it('is the earliest embargo still in the future, never a draft', () => {
    expect(nextChange(releases, new Date(SECOND_BEFORE))).toEqual(LIFTS);
    expect(nextChange(releases, LIFTS)).toBeUndefined();
  });

  it('makes a rebuild due once the embargo has lifted since the last deployment', () => {
    expect(rebuildDue(releases, new Date(SECOND_BEFORE), new Date(SECOND_BEFORE)).due).toBe(false);
    const lifted = rebuildDue(releases, new Date(SECOND_BEFORE), LIFTS);
    expect(lifted.due).toBe(true);
    expect(lifted.lifted).toEqual([join(content, 'press', 'embargoed-fixture-release.mdx')]);
    expect(rebuildDue(releases, LIFTS, new Date('2031-11-26T00:00:00Z')).due).toBe(false);
  });
});

describe('npm run publish:due', () => {
  it('exits 3 (nothing to do) a second before the embargo lifts, naming when it will', () => {
    const run = publishDue(['--since', '2031-11-24T00:00:00Z', '--now', SECOND_BEFORE]);
    expect(run.output).toContain('No rebuild due: Nothing to publish yet; next embargo lifts at 2031-11-25T08:00:00.000Z.');
    expect(run.status).toBe(3);
  }, 60_000);

  it('exits 0 (rebuild) at the moment it lifts, naming the release', () => {
    const run = publishDue(['--since', SECOND_BEFORE, '--now', SECOND_OF]);
    expect(run.output).toMatch(/Rebuild due: Embargo lifted since the last deployment: .*embargoed-fixture-release\.mdx/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('exits 1 naming the file and field when an embargo time cannot be read', () => {
    const broken = join(work, 'broken');
    mkdirSync(join(broken, 'press'), { recursive: true });
    writeFileSync(join(broken, 'press', 'unquoted.mdx'), '---\ntitle: Unquoted\nembargoUntil: 2031-11-25T09:00:00+01:00\n---\n\nText.\n');
    const run = publishDue(['--since', SECOND_BEFORE], broken);
    expect(run.output).toMatch(/unquoted\.mdx: embargoUntil: Put the date and time in quotes/);
    expect(run.status).toBe(1);
  }, 60_000);
});

describe('the CI workflow (GitHub Actions, Forgejo Actions)', () => {
  const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
  const steps = workflow.jobs.publish.steps as { name?: string; run?: string; if?: string }[];

  it('builds on every push to main and runs on a schedule', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
  });

  it('on a schedule, builds and deploys only when publish:due says so', () => {
    expect(steps.find((s) => s.run?.includes('npm run -s publish:due'))).toBeDefined();
    const build = steps.find((s) => s.run === 'npm run build');
    const deploy = steps.find((s) => s.name?.startsWith('Deploy'));
    expect(build?.if).toBe("steps.due.outputs.due == 'true'");
    expect(deploy?.if).toBe("steps.due.outputs.due == 'true'");
    expect(deploy?.name).toMatch(/placeholder/);
  });
});
