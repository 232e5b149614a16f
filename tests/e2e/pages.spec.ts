import { expect, test } from '@playwright/test';

test('the home page presents the campaign, its latest edition, myths, IMPACT and press', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Responsible Together/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Responsible Together');
  await expect(page.getByText(/Latest documented edition/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'About the 2024 edition' })).toBeVisible();
  await expect(page.locator('#myths-heading ~ ul li')).toHaveCount(7);
  await expect(page.getByRole('heading', { name: 'What the IMPACT data shows' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest press releases' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to get involved' })).toBeVisible();
});

test('a myth page states the myth, the fact that answers it and its source', async ({ page }) => {
  await page.goto('/myths/mediation/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/mediation/i);
  await expect(
    page.getByText(/^In fact, perpetrator programmes are not mediation\. The Istanbul Convention requires the states that ratified it/),
  ).toBeVisible();
  // The leaflet's broader wording is quoted as the leaflet's, beside the Convention's own article.
  await expect(page.locator('main')).toContainText('The leaflet puts it this way');
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText('Article 48(1)');
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText('Starting a Conversation');
  await expect(page.getByRole('navigation', { name: 'More myths' })).toBeVisible();
});

test('the myths page lists all seven myths in the leaflet order', async ({ page }) => {
  await page.goto('/myths/');
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(7);
  await expect(cards.first()).toContainText('Myth 1');
  await expect(cards.first()).toContainText(/funding/i);
});

test('a press release has its dateline, attributed quotes, boilerplate and media contact', async ({ page }) => {
  await page.goto('/press/2018-campaign-launch/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Responsible Together');
  await expect(page.locator('main time')).toHaveAttribute('datetime', '2018-11-25');
  await expect(page.locator('main header')).toContainText('Berlin');
  const quote = page.locator('main figure').first();
  await expect(quote.locator('blockquote')).toContainText('more men need to be able to recognize their violent behaviour');
  await expect(quote.locator('figcaption')).toContainText('Alessandra Pauncz');
  await expect(page.getByRole('heading', { name: 'About WWP EN' })).toBeVisible();
  await expect(page.locator('#about-network + p')).toContainText('55 members from 28 countries');
  await expect(page.getByRole('link', { name: 'anna.mckenzie@work-with-perpetrators.eu' })).toHaveAttribute(
    'href',
    'mailto:anna.mckenzie@work-with-perpetrators.eu',
  );
});

test('the press index lists releases newest first, grouped by year', async ({ page }) => {
  await page.goto('/press/');
  const years = await page.locator('main section h2').allTextContents();
  expect(years).toEqual([...years].sort().reverse());
  expect(years).toContain('2018');
  expect(years).toContain('2023');
});

test('a campaign page shows its dates, focus, participation and releases', async ({ page }) => {
  await page.goto('/campaigns/2018/');
  await expect(page.getByText('25 November – 10 December 2018')).toBeVisible();
  await expect(page.getByText('18 member organisations in 10 countries', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Press releases of this edition' })).toBeVisible();
  await page.goto('/campaigns/');
  await expect(page.locator('main article')).toHaveCount(6);
});

test('a card is one link, and a click anywhere on it opens its page', async ({ page }) => {
  for (const [list, card] of [
    ['/voices/', 'main li'],
    ['/campaigns/', 'main article'],
    ['/myths/', 'main article'],
  ] as const) {
    await page.goto(list);
    const first = page.locator(card).first();
    await expect(first.getByRole('link')).toHaveCount(1);
    const href = (await first.getByRole('link').getAttribute('href'))!;
    // The last paragraph is not the link: the link's area stretches over it.
    const box = (await first.locator('p').last().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  }
});

test('a wide table scrolls in its own named region, which the keyboard can reach', async ({ page }) => {
  await page.goto('/press/media/');
  for (const name of ['Facts about WWP EN with their date and source', 'Editions of the Responsible Together campaign']) {
    const region = page.getByRole('region', { name });
    await expect(region.getByRole('table')).toBeVisible();
    await region.focus();
    await expect(region).toBeFocused();
  }
});

test('the IMPACT page shows the method, findings and the Appendix A figures with their source', async ({ page }) => {
  await page.goto('/impact/');
  await expect(page.getByRole('heading', { level: 2, name: 'Findings' })).toBeVisible();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toContainText('(Partner) felt sadness');
  await expect(rows.first()).toContainText('81.7% (58)');
  await expect(rows.first()).toContainText('28.2% (20)');
  await expect(page.getByRole('link', { name: 'doi:10.3390/socsci12110613' })).toHaveAttribute(
    'href',
    'https://doi.org/10.3390/socsci12110613',
  );
  const csv = await page.request.get('/impact/data/impact-appendix-a.csv');
  expect(await csv.text()).toContain('(Partner) felt sadness,***,72,54.1');
});

test('voices say who spoke, who asked and where it appeared, as their sources do', async ({ page }) => {
  await page.goto('/voices/');
  await expect(page.locator('main li')).toHaveCount(2);
  await expect(page.locator('main')).not.toContainText(/links? to the originals?/i);
  await page
    .getByRole('link', { name: /Respect/ })
    .first()
    .click();
  await expect(page.getByText('Post by Respect.')).toBeVisible();
  // Respect reported WWP EN's call: the quote is WWP EN's, as Respect reported it.
  await expect(page.locator('figcaption')).toHaveText([
    "– WWP EN, its 2021 campaign's call to perpetrator services, as reported by Respect",
  ]);

  await page.goto('/voices/alessandra-pauncz-interview/');
  const credit = page.getByText(/^Interview with Alessandra Pauncz/);
  await expect(credit).toHaveText(
    'Interview with Alessandra Pauncz, Executive Director of WWP EN, by Vibeke Thomsen, SHECANHECAN. Appeared in “Interview of the Month”.',
  );
  await expect(page.locator('main')).not.toContainText(/By Alessandra Pauncz|Originally published by/);
});

test('get help states 116 016 with its limits, and advice for friends and family', async ({ page }) => {
  await page.goto('/get-help/');
  const main = page.locator('main');
  await expect(main).toContainText('116 016');
  await expect(main).toContainText('08000 116 016');
  await expect(main).toContainText(/not confirmed|cannot confirm|not yet confirmed/i);
  await expect(page.getByRole('heading', { name: 'If someone you care about is being abused' })).toBeVisible();
  await expect(main).toContainText(/behaviour/);
});

test('the about page describes the network with dated member counts', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('main')).toContainText('2014');
  await expect(page.locator('main')).toContainText('55 members');
});

test('every page has a title, description, canonical URL, language and Open Graph tags', async ({ page }) => {
  for (const path of ['/', '/myths/risk/', '/press/', '/impact/', '/get-help/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https://[^/]+${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
  }
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
});
