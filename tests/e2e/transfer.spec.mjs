// Afghanistan, 2018–21: the transfer exercise, as a student meets it. Judging by keyboard,
// reveal only once every item is judged, the reading beside the student's judgement, the
// side-by-side table, the judgements and reasons in My work, axe and reflow.
import { test, expect } from '@playwright/test';
import { waitReady, tabTo, axeViolations, formatViolations, overflowingElements, saveScreen, focusProblems } from './helpers.mjs';

const live = (page) => page.locator('[data-live]');
// The six items: one-sided process and concessions; capacity and desirability per side.
const ITEMS = ['process', 'concessions', 'capacity-government', 'capacity-taliban', 'desirability-government', 'desirability-taliban'];
// The lesson's reading of Mullojanov (content/en/afghanistan.toml).
const READING = {
  process: 'does-not-hold', concessions: 'does-not-hold', 'capacity-government': 'unclear',
  'capacity-taliban': 'unclear', 'desirability-government': 'unclear', 'desirability-taliban': 'does-not-hold',
};

test('the screen says what it cannot do before anything else, and cites every card', async ({ page }) => {
  await page.goto('./?screen=afghanistan');
  await waitReady(page);
  await expect(page.locator('main h1')).toContainText('Afghanistan, 2018–21');
  const limits = page.locator('section.limits');
  await expect(limits).toContainText('The ripeness model is not re-run');
  await expect(limits).toContainText('One source only');
  // The limits come before the cards and the judgement.
  const order = await page.evaluate(() => ['section.limits', 'ol.evidence', 'section.judge']
    .map((s) => document.querySelector(s).getBoundingClientRect().top));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const cards = page.locator('.evidence-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  for (const card of await cards.all()) {
    await expect(card.locator('details.cite summary')).toContainText('Mullojanov');
    await expect(card.locator('.bears-on')).not.toBeEmpty();
  }
  // No reading and no table before the student judges.
  await expect(page.locator('.transfer-result')).toHaveCount(0);
  await expect(page.locator('table.side-by-side')).toHaveCount(0);
  // The screen keeps the panel's DOM hooks for the phases only.
  await expect(page.locator('main [data-condition]')).toHaveCount(0);
});

test('Reveal before judging everything says what is left and moves focus there', async ({ page }) => {
  await page.goto('./?screen=afghanistan');
  await waitReady(page);
  await page.locator('#judge-process-holds').check();
  await page.getByRole('button', { name: "Show Mullojanov's reading" }).click();
  await expect(page.locator('.reveal-missing')).toContainText('Still to judge: Sufficient concessions;');
  await expect(page.locator('.reveal-missing')).toContainText('Leaders able to agree: the Taliban');
  await expect(page.locator('#judge-concessions-holds')).toBeFocused();
  await expect(page.locator('.transfer-result')).toHaveCount(0);
});

test('a student completes the exercise by keyboard alone, and it lands in My work', async ({ page }) => {
  await page.goto('./?screen=afghanistan');
  await waitReady(page);
  await page.locator('main h1').focus();
  const reasons = { process: 'Kabul was not at the main table.', concessions: 'Nothing like the 30 per cent quota.' };
  for (const item of ITEMS) {
    // Tab reaches the group on its first radio; the arrow keys choose within it.
    const first = page.locator(`#judge-${item}-holds`);
    expect(await tabTo(page, first, 60), `Tab reaches ${item}`).toBeGreaterThan(0);
    expect(await focusProblems(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#judge-${item}-does-not-hold`)).toBeChecked();
    const condition = item.split('-')[0];
    if (reasons[condition] && item === condition) {
      const box = page.locator(`#reason-${condition}`);
      expect(await tabTo(page, box, 5)).toBeGreaterThan(0);
      await page.keyboard.type(reasons[condition]);
    }
  }
  const reveal = page.getByRole('button', { name: "Show Mullojanov's reading" });
  expect(await tabTo(page, reveal, 60)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  // Focus moves to the comparison that replaced the button; the live region says how many
  // matched (all "does not hold": process, concessions and the Taliban's desirability).
  await expect(page.locator('#transfer-result')).toBeFocused();
  await expect(live(page)).toContainText('matches your judgement on 3 of 6 points');
  const readings = page.locator('.reading');
  await expect(readings).toHaveCount(4);
  await expect(page.locator('#reading-process')).toContainText('You: ✗ Does not hold');
  await expect(page.locator('#reading-process')).toContainText("The lesson's reading: ✗ Does not hold");
  await expect(page.locator('#reading-process')).toContainText('The same.');
  await expect(page.locator('#reading-capacity')).toContainText('? Unclear');
  await expect(page.locator('#reading-process .your-reason')).toContainText(reasons.process);
  // The side-by-side table, one row per force with a counterpart.
  const rows = page.locator('table.side-by-side tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('table.side-by-side thead th')).toHaveText(['Force', 'Tajikistan, 1997', 'Afghanistan, 2021']);
  // Fixed now: the choices are disabled.
  await expect(page.locator('#judge-process-holds')).toBeDisabled();
  // The nav marks the screen done.
  await expect(page.locator('nav[aria-label="Lesson"] a[href="?screen=afghanistan"]')).toContainText('✓');

  // My work has the judgements, the reading, the reasons; the plain-text copy too.
  await page.goto('./?screen=mywork');
  await waitReady(page);
  const work = page.locator('section[aria-labelledby="work-transfer"]');
  await expect(work.locator('tbody tr')).toHaveCount(6);
  await expect(work.locator('tbody tr').first()).toContainText('Does not hold');
  await expect(work).toContainText(reasons.concessions);
  // Saved: a reload keeps it all.
  await page.reload();
  await waitReady(page);
  await expect(page.locator('section[aria-labelledby="work-transfer"] tbody tr')).toHaveCount(6);
});

test('the revealed screen passes axe and reflows at 320 px with every disclosure open', async ({ page }, testInfo) => {
  await page.goto('./?screen=afghanistan');
  await waitReady(page);
  for (const item of ITEMS) await page.locator(`#judge-${item}-${READING[item]}`).check();
  await page.getByRole('button', { name: "Show Mullojanov's reading" }).click();
  await expect(page.locator('#transfer-result')).toBeFocused();
  // Matching the reading everywhere: six of six.
  await expect(live(page)).toContainText('6 of 6');
  await expect(page.locator('.reading .different')).toHaveCount(0);
  const violations = await axeViolations(page);
  expect(violations.length, formatViolations(violations, 'afghanistan revealed')).toBe(0);
  await saveScreen(page, testInfo, 'afghanistan-revealed');
  await page.setViewportSize({ width: 320, height: 700 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide, (await overflowingElements(page)).join('; ')).toBeLessThanOrEqual(0);
  await saveScreen(page, testInfo, 'afghanistan-revealed-320');
});

test('a link opens the screen in an embed limited to it; other screens are refused', async ({ page }) => {
  await page.goto('./?screen=afghanistan&embed=1&screens=afghanistan');
  await waitReady(page);
  await expect(page.locator('main h1')).toContainText('Afghanistan');
  await page.goto('./?screen=debrief&embed=1&screens=afghanistan');
  await waitReady(page);
  await expect(page.locator('main h1')).toContainText('Afghanistan');
  await expect(page.locator('[data-notice]')).toContainText('debrief');
});
