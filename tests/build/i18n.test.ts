/**
 * The real build and the languages: a dictionary with a missing key stops it, naming the key; a
 * translation marked reviewed loses its notice while the others keep it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildWithContent } from '../support/build-with.ts';
import { stripVTControlCharacters } from 'node:util';

describe('interface dictionaries at build time', () => {
  it('a dictionary with a missing key fails the build, naming the file and the key', () => {
    const work = mkdtempSync(join(tmpdir(), 'rt-i18n-'));
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
      cpSync(entry, join(work, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
    const file = join(work, 'src/i18n/ui/pl.ts');
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/^\s*'nav\.voices': .*\n/m, '');
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: work,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = stripVTControlCharacters(run.stdout + run.stderr);
    const built = existsSync(join(work, 'dist'));
    rmSync(work, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(output).toContain('src/i18n/ui/pl.ts is missing the key "nav.voices" (English: "Voices").');
    expect(built).toBe(false);
  }, 120_000);
});

describe('review notices', () => {
  it('disappear from a translation once an editor marks it reviewed, and stay on the others', () => {
    const result = buildWithContent(
      (content) => {
        const file = join(content, 'myths/de/risk.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: false$/m, 'reviewed: true'));
        // A quote keeps the words that were said, marked as English, with its translation after it.
        const funding = join(content, 'myths/de/funding.mdx');
        writeFileSync(
          funding,
          `${readFileSync(funding, 'utf8')}\n<Quote by="Alessandra Pauncz" role="Geschäftsführerin von WWP EN" lang="en">We believe that to stop violence against women, we need to hold men accountable.</Quote>\n\n*Übersetzung:* „Wir glauben, dass wir Männer zur Verantwortung ziehen müssen, um Gewalt gegen Frauen zu beenden.“\n`,
        );
      },
      ['de/myths/risk/index.html', 'de/myths/funding/index.html', 'myths/risk/index.html'],
    );
    expect(result.status, result.output).toBe(0);
    expect(result.files['de/myths/risk/index.html']).not.toContain('data-review-notice');
    expect(result.files['de/myths/funding/index.html']).toContain('data-review-notice');
    expect(result.files['de/myths/funding/index.html']).toMatch(
      /<blockquote lang="en"[^>]*>\s*We believe that to stop violence against women/,
    );
    expect(result.files['de/myths/funding/index.html']).toContain('Übersetzung:');
    expect(result.files['myths/risk/index.html']).not.toContain('data-review-notice');
  }, 600_000);
});
