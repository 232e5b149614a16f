/**
 * The admin (/admin/, Sveltia CMS) end to end in Chromium, offline: the CMS's in-browser test
 * repository (files in the origin-private file system) is seeded from content/, the page is told
 * to use it (the production page uses the git host named at build time), and what the editor
 * saves is read back from it.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildWithContent } from '../support/build-with.ts';
import { builtSitemapPaths, DIST } from '../support/built-site.ts';

const COLLECTIONS = ['press', 'myths', 'campaigns', 'impact', 'voices', 'pages'];
/** Every entry file of content/, as the test repository's files. */
const CONTENT_FILES = COLLECTIONS.flatMap((collection) =>
  (readdirSync(join('content', collection), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ path: `content/${collection}/${file}`, text: readFileSync(join('content', collection, file), 'utf8') })),
);
const TEST_REPO = 'sveltia-cms-test';

/** Fills the test repository, points /admin/config.json at it, opens /admin/ and signs in. */
async function signIn(page: Page) {
  await page.route('**/admin/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), backend: { name: 'test-repo' } } });
  });
  await page.goto('/admin/sveltia/package.json');
  await page.evaluate(
    async ({ files, repo }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(repo, { recursive: true }).catch(() => undefined);
      const base = await root.getDirectoryHandle(repo, { create: true });
      for (const { path, text } of files) {
        const parts = path.split('/');
        let dir = base;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files: CONTENT_FILES, repo: TEST_REPO },
  );
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await expect(page.getByRole('treeitem', { name: 'Myths' })).toBeVisible({ timeout: 30_000 });
}

/** Every file in the test repository, by path. */
async function repositoryFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (repo) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repo), '');
    return files;
  }, TEST_REPO);
}

/** Opens an entry from its collection's list, so that no form of the entry before is left on screen. */
async function openEntry(page: Page, hash: string) {
  const save = page.getByRole('button', { name: 'Save' });
  await page.evaluate((h) => {
    location.hash = h.replace(/\/(entries\/.*|new)$/, '');
  }, hash);
  await expect(save).toBeHidden({ timeout: 30_000 });
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await expect(save).toBeVisible({ timeout: 30_000 });
}

test.setTimeout(120_000);

test('the admin requests nothing outside the site, in every collection', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await signIn(page);
  for (const name of ['Press releases', 'Myths', 'Campaign editions', 'IMPACT findings', 'Voices', 'Pages']) {
    await page.getByRole('treeitem', { name }).click();
    await expect(page.getByRole('main', { name: new RegExp(`${name}.*Collection`) })).toBeVisible();
  }
  await openEntry(page, '#/collections/press/entries/2023-responsible-together');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/ResponsibleTogether23/);
  // The update check and interface languages load when the CMS starts: all of it has been asked for by now.
  expect(foreign).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});

const HEADLINE = 'Kestrelmoor: the network opens its 2031 campaign';

test('staff write an embargoed press release with a quote and translate a myth; the build publishes them, the release only from its embargo', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await signIn(page);
  const before = await repositoryFiles(page);

  await openEntry(page, '#/collections/press/new');
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await page.getByRole('textbox', { name: 'Release date' }).fill('2031-11-25');
  await page.getByRole('combobox', { name: 'Campaign edition' }).click();
  await page.getByRole('option', { name: /2024/ }).click();
  await page
    .getByRole('textbox', { name: 'Summary' })
    .fill('Kestrelmoor: a release written in the admin, under embargo until 25 November 2031, 09:00 in Berlin.');
  await page.getByRole('textbox', { name: 'Embargo until' }).fill('2031-11-25T09:00');
  await page.getByRole('button', { name: /Add.*Sources/ }).click();
  await page.getByRole('textbox', { name: 'Source' }).fill('Test release written in the admin');
  const text = page.getByRole('textbox', { name: 'Text' });
  const words = 'Larkspire words of the release body.';
  await text.click();
  await page.keyboard.type(words);
  // The preview pane shows what the entry holds: the words must reach it (not only the editor's
  // screen) before the quote goes in, as they would for a person, who is slower than a test.
  await expect(page.getByText(words, { exact: true })).toHaveCount(2);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Quote' }).click();
  await page.getByRole('textbox', { name: 'Who said it' }).fill('Fixture Speaker');
  await page.getByRole('textbox', { name: 'Their role' }).fill('Test fixture');
  await page.getByRole('textbox', { name: 'The exact words' }).fill('Zephyrlight words that nobody may read before the embargo lifts.');
  await expect(text).toContainText(words);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => Object.keys(await repositoryFiles(page)).filter((f) => !(f in before)), { timeout: 30_000 })
    .toHaveLength(1);

  await openEntry(page, '#/collections/myths/entries/risk');
  await page.getByRole('combobox').first().click();
  await page.getByRole('option', { name: 'German' }).click();
  const myth = page.getByRole('textbox', { name: 'Myth' });
  await expect(myth).toHaveValue('Täterprogramme erhöhen das Risiko für (Ex-)Partnerinnen');
  await myth.fill('Täterprogramme erhöhen angeblich das Risiko für (Ex-)Partnerinnen');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await repositoryFiles(page))['content/myths/de/risk.mdx'], { timeout: 30_000 }).toContain('angeblich');

  const after = await repositoryFiles(page);
  const changed = Object.keys(after)
    .filter((f) => after[f] !== before[f])
    .sort();
  const release = changed.find((f) => !(f in before))!;
  expect(changed).toEqual([release, 'content/myths/de/risk.mdx'].sort());
  expect(release).toMatch(/^content\/press\/\d{4}-kestrelmoor-the-network-opens-its-2031-campaign\.mdx$/);
  // What the admin wrote, exactly: no empty fields, the embargo quoted with its zone, the quote as MDX.
  expect(after[release]).toBe(
    [
      '---',
      'title: "Kestrelmoor: the network opens its 2031 campaign"',
      'date: 2031-11-25',
      'datePrecision: day',
      'campaign: 2024',
      'summary: "Kestrelmoor: a release written in the admin, under embargo until 25 November 2031, 09:00 in Berlin."',
      'draft: false',
      'embargoUntil: "2031-11-25T09:00:00+01:00"',
      'sources:',
      '  - label: "Test release written in the admin"',
      '---',
      '',
      'Larkspire words of the release body.',
      '',
      '<Quote by="Fixture Speaker" role="Test fixture">Zephyrlight words that nobody may read before the embargo lifts.</Quote>',
      '',
    ].join('\n'),
  );

  // Copy what the admin saved into a checkout and build it, as the site's CI would.
  const saved = (content: string) => {
    for (const file of changed) writeFileSync(join(content, file.replace(/^content\//, '')), after[file]!);
  };
  const slug = release.replace(/^content\/press\/|\.mdx$/g, '');
  const pages = [`press/${slug}/index.html`, 'press/index.html', 'press/rss.xml', 'sitemap-0.xml', 'de/myths/risk/index.html'];
  /** The site as of a moment (a build with BUILD_TIME writes a preview folder): the pages asked for. */
  const buildAsOf = (time: string) => {
    let files: Record<string, string | undefined> = {};
    const result = buildWithContent(saved, [], {
      env: { BUILD_TIME: time },
      inspect: (site) =>
        (files = Object.fromEntries(pages.map((f) => [f, existsSync(join(site, f)) ? readFileSync(join(site, f), 'utf8') : undefined]))),
    });
    expect(result.status, result.output).toBe(0);
    return files;
  };
  const beforeEmbargo = buildAsOf('2031-11-25T07:59:59Z');
  expect(beforeEmbargo[`press/${slug}/index.html`]).toBeUndefined();
  for (const file of pages.slice(1, 4)) expect(beforeEmbargo[file], file).not.toContain('Kestrelmoor');
  expect(beforeEmbargo['de/myths/risk/index.html']).toContain('Täterprogramme erhöhen angeblich das Risiko');

  const atEmbargo = buildAsOf('2031-11-25T08:00:00Z');
  expect(atEmbargo[`press/${slug}/index.html`]).toContain('Zephyrlight words that nobody may read before the embargo lifts.');
  for (const file of pages.slice(0, 4)) expect(atEmbargo[file], file).toContain(file === 'sitemap-0.xml' ? slug : 'Kestrelmoor');

  // The translation changed in its one line, and nowhere else.
  const oldLines = before['content/myths/de/risk.mdx']!.split('\n');
  const newLines = after['content/myths/de/risk.mdx']!.split('\n');
  expect(newLines.length).toBe(oldLines.length);
  expect(newLines.filter((line, i) => line !== oldLines[i])).toEqual([
    'myth: "Täterprogramme erhöhen angeblich das Risiko für (Ex-)Partnerinnen"',
  ]);
});

test('a save the schema would refuse shows the editor why, in the form, and writes nothing', async ({ page }) => {
  await signIn(page);
  const before = await repositoryFiles(page);
  await openEntry(page, '#/collections/myths/entries/risk');
  await page.getByRole('textbox', { name: 'Address' }).fill('Not a slug!');
  await page.getByRole('textbox', { name: 'Summary' }).fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  const address = page.getByRole('group', { name: /Address/ });
  await expect(address.getByText(/Does not have the expected form \(slug\)/)).toBeVisible();
  await expect(page.getByRole('group', { name: /Summary/ }).getByText(/required/i)).toBeVisible();
  expect(await repositoryFiles(page)).toEqual(before);
});

test('opening and saving every entry without a change rewrites no byte', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page);
  const before = await repositoryFiles(page);
  const englishEntries = Object.keys(before).filter((f) => /^content\/[a-z]+\/[^/]+\.mdx$/.test(f));
  expect(englishEntries.length).toBeGreaterThan(20);
  for (const file of englishEntries) {
    const [, collection, slug] = file.match(/^content\/([a-z]+)\/(.+)\.mdx$/)!;
    await openEntry(page, `#/collections/${collection}/entries/${slug}`);
    // A change undone: the entry is as it was.
    const summary = page.getByRole('textbox', { name: 'Summary' });
    const text = String(parse(before[file]!.split('---')[1]!).summary);
    await expect(summary).toHaveValue(text);
    await summary.fill(`${text} `);
    await summary.fill(text);
    const save = page.getByRole('button', { name: 'Save' });
    if (await save.isEnabled()) {
      await save.click();
      // While it saves the button reads "Saving…": wait until it is done, so that opening the next
      // entry does not race the editor closing this one. Saved: the editor closes, or stays with nothing left to save.
      await expect(page.getByRole('button', { name: /^Saving/ })).toHaveCount(0, { timeout: 30_000 });
      await expect.poll(async () => !(await save.isVisible()) || (await save.isDisabled()), { timeout: 30_000 }).toBe(true);
    }
  }
  expect(await repositoryFiles(page)).toEqual(before);
});

test('without a git host the built /admin/ says how to configure one, and is never indexed', async ({ page }) => {
  await page.goto('/admin/');
  await expect(page.getByRole('status')).toHaveText(/The editor is not configured yet/);
  await expect(page.getByRole('listitem').first()).toHaveText(/CMS_BACKEND is not set: set it to forgejo, gitea, gitlab or github\./);
  await expect(page.getByText(/npm run dev/)).toBeVisible();
  await expect(page.getByText(/Datasets .* cannot be edited here yet/)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  expect(builtSitemapPaths().filter((path) => path.startsWith('/admin'))).toEqual([]);
  const fragments = readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('fragment/'));
  expect(fragments.length).toBeGreaterThan(10);
  const indexed = fragments.map((f) => gunzipSync(readFileSync(join(DIST, 'pagefind', f))).toString('utf8'));
  expect(indexed.filter((text) => text.includes('/admin/'))).toEqual([]);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the admin speaks German with strings served by the site itself, not a CDN', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    await page.route('**/admin/config.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), backend: { name: 'test-repo' } } });
    });
    const strings = page.waitForResponse((response) => /\/admin\/sveltia@[\d.]+\/locales\/de\.json$/.test(response.url()));
    await page.goto('/admin/');
    expect((await strings).status()).toBe(200);
    await expect(page.getByRole('button', { name: /Test/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Work with Test Repository' })).toHaveCount(0);
    expect(requested.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  });
});
