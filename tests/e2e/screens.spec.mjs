// The introduction, sources, debrief and hand-in, used as a student would: read the map
// in words, filter the timeline and jump into a phase, follow a citation and a glossary
// term, write a reflection and find it again in "My work".
import { test, expect } from '@playwright/test';
import { waitReady } from './helpers.mjs';

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('the map has a text equivalent naming every region and its side', async ({ page }) => {
  await page.goto('./?screen=intro');
  await waitReady(page);
  await page.locator('.map-figure details.regions > summary').click();
  const map = page.getByRole('img', { name: /map of Tajikistan/ });
  await expect(map).toBeVisible();
  const entries = page.locator('.region-list .region-entry');
  await expect(entries).toHaveCount(6);
  for (const name of ['Leninabad', 'Kulyab', 'Garm', 'Gorno-Badakhshan', 'Dushanbe', 'Tavildara']) {
    await expect(page.locator('.region-list dt', { hasText: name })).toHaveCount(1);
  }
  // Each region says its side in words, not by colour alone.
  for (const dt of await page.locator('.region-list dt').all()) {
    await expect(dt).toContainText(/stronghold|base|Fought over|Outside/);
  }
  // Every region drawn as an area is on the map.
  await expect(map.locator('[data-region]')).toHaveCount(4);
});

test('the timeline filters by period and links into the phases', async ({ page }) => {
  await page.goto('./?screen=intro');
  await waitReady(page);
  const items = page.locator('.timeline-list > li');
  // The band gives the overview; the list waits for a period (or All).
  await expect(items).toHaveCount(0);
  await page.getByRole('radio', { name: 'All', exact: true }).check();
  const all = await items.count();
  expect(all).toBeGreaterThan(15);
  await page.getByRole('radio', { name: 'Phase 3', exact: true }).check();
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  await expect(page.locator('.timeline-list > li:not([data-period="3"])')).toHaveCount(0);
  await page.getByRole('radio', { name: 'After the agreement' }).check();
  await expect(items.first()).toHaveAttribute('data-period', '4');
  await expect(page.locator('.timeline-list')).toContainText('1999');
  await page.getByRole('radio', { name: 'Phase 2', exact: true }).check();
  // Each event shows its date and headline; its story opens with a tap.
  await items.first().locator('details.event > summary').click();
  await items.first().getByRole('link', { name: /Open Phase 2/ }).click();
  await expect(page).toHaveURL(/[?&]phase=2/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('a citation opens its source entry on the Sources screen', async ({ page }) => {
  await page.goto('./?phase=1');
  await waitReady(page);
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').click();
  // A group of citations opens to every entry; the first is the one checked here.
  await expect(cite.locator('.cite-body').first()).toBeVisible();
  const label = (await cite.locator('summary').innerText()).replace('Source:', '').split(',')[0].trim();
  await cite.getByRole('link', { name: 'About this source' }).first().click();
  await expect(page).toHaveURL(/screen=sources/);
  await expect.poll(() => activeId(page)).toMatch(/^src-00\d$/);
  await expect(page.locator(':focus h3')).toHaveText(label);
  // The entry links to the source's full text, which ships with the lesson.
  const full = page.locator(':focus').getByRole('link', { name: /Read the full text/ });
  const response = await page.request.get(new URL(await full.getAttribute('href'), page.url()).href);
  expect(response.status()).toBe(200);
  expect((await response.text()).length).toBeGreaterThan(5000);
});

test('a glossary term links to its entry, which names the spelling variants', async ({ page }) => {
  await page.goto('./?screen=debrief');
  await waitReady(page);
  // The first term in sight (many sit in closed disclosures, such as a phase's fuller story).
  const term = page.locator('main a.term:visible').first();
  await expect(term).toBeVisible();
  const href = await term.getAttribute('href');
  const id = href.split('#')[1];
  await term.click();
  await expect(page).toHaveURL(/screen=sources/);
  await expect.poll(() => activeId(page)).toBe(id);
  // The glossary records the other spellings students meet in the sources.
  await expect(page.locator('#term-rakhmonov + dd')).toContainText('Rahmon');
  // A deep link to a term works from a fresh load, too.
  await page.goto(`./?screen=sources#${id}`);
  await waitReady(page);
  await expect.poll(() => activeId(page)).toBe(id);
});

test('a reflection is kept, and the hand-in shows it with the predictions', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?phase=1');
  await waitReady(page);
  const sets = page.locator('.predict-condition fieldset');
  for (let i = 0; i < 4; i++) await sets.nth(i).getByLabel('Held', { exact: true }).check();
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
  await page.goto('./?screen=debrief');
  await waitReady(page);
  const box = page.locator('.reflect textarea').first();
  await box.fill('Desirability came last: the Taliban changed the calculus.');
  await page.reload();
  await waitReady(page);
  await expect(page.locator('.reflect textarea').first()).toHaveValue(/Taliban changed the calculus/);
  await expect(page.locator('.your-results')).toContainText('Predictions: 1 of 4 matched the model.');
  await page.getByRole('link', { name: /See all your work/ }).click();
  await expect(page).toHaveURL(/screen=mywork/);
  const work = page.locator('main');
  await expect(work).toContainText('Taliban changed the calculus');
  await expect(work.locator('#work-phase-1').locator('..')).toContainText('you were right');
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Phase 1');
  expect(text).toContain('Taliban changed the calculus');
});

test('the guide\'s contents links stay on the guide', async ({ page }) => {
  await page.goto('./?screen=guide');
  await waitReady(page);
  // The guide holds the answer key: it opens past a warning.
  await expect(page.locator('.guide-gate')).toBeVisible();
  await expect(page.locator('#g-key')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the instructor guide' }).click();
  await page.getByRole('navigation', { name: 'In this guide' }).getByRole('link', { name: 'Answer key' }).click();
  await expect(page).toHaveURL(/screen=guide#g-key$/);
  await expect(page.locator('main h1')).toHaveText('Instructor guide');
  // Every quiz question has its answer in the key.
  const keyItems = page.locator('#g-key ~ .key-phase ol.key > li, .key-phase ol.key > li');
  expect(await keyItems.count()).toBeGreaterThanOrEqual(9);
});

test('the introduction defines the conditions; the debrief says how they went, phase by phase', async ({ page }) => {
  await page.goto('./?screen=intro');
  await waitReady(page);
  // Before any phase, the conditions are explained without saying when they held.
  const intro = page.locator('[data-condition-intro]');
  await expect(intro).toHaveCount(4);
  for (const card of await intro.all()) await expect(card).not.toContainText(/19\d\d/);
  await page.goto('./?screen=debrief');
  await waitReady(page);
  // The verdicts of every phase wait until the student has finished with the phases.
  await expect(page.locator('section[aria-labelledby="recap-title"] table')).toHaveCount(0);
  await page.getByRole('button', { name: /I have finished the phases/ }).click();
  await expect(page.locator('#recap-title')).toBeFocused();
  const rows = page.locator('section[aria-labelledby="recap-title"] table tbody tr');
  await expect(rows).toHaveCount(5);
  // The calibration: phase 1 process only; phase 2 process and concessions; phase 3 all four.
  const expected = [
    ['✓', '✓', '✓'],
    ['✗', '✓', '✓'],
    ['✗', '✗', '✓'],
    ['✗', '✗', '✓'],
  ];
  for (let r = 0; r < 4; r++) {
    const cells = rows.nth(r).locator('td');
    for (let p = 0; p < 3; p++) await expect(cells.nth(p)).toContainText(expected[r][p]);
  }
  await expect(rows.nth(4).locator('td')).toHaveText(['Not ripe', 'Not ripe', 'Ripe']);
  await expect(page.locator('.recap-conditions > li')).toHaveCount(4);
});

test('a link to an entry of the Sources screen finds it even when the later words are slow', async ({ page }) => {
  // The later screens' stylesheet (and with it their words) takes a second and a half.
  await page.route(/later-[0-9a-f]+\.css$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('./?phase=2');
  await waitReady(page);
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
  await page.getByRole('link', { name: /How the model works/ }).click();
  await expect(page).toHaveURL(/screen=sources/);
  await expect(page.locator('#model')).toBeFocused({ timeout: 5000 });
});

test('"How the model works" opens from the panel and lists every rule with its numbers', async ({ page }) => {
  await page.goto('./?phase=2');
  await waitReady(page);
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
  await page.getByRole('link', { name: /How the model works/ }).click();
  await expect(page).toHaveURL(/screen=sources/);
  await expect(page.locator('#model')).toBeFocused();
  // Six rules: process, concessions, and both sides of capacity and desirability.
  const rules = page.locator('#model .model-rule');
  await expect(rules).toHaveCount(6);
  // Each force's points are listed level by level, by the level's name.
  await expect(rules.first().locator('tbody tr').first()).toContainText(/UN mediation.*\+4/s);
  await expect(page.locator('#model')).toContainText('Holds at 4 points or more');
});
