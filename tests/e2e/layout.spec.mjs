// Layout at both widths: no horizontal scrolling, and full-page screenshots of every screen
// saved to test-results/screens/<project>-<screen>.png (artifacts for review, not assertions).
import { test, expect } from '@playwright/test';
import { SCREENS, openScreen, overflowingElements, saveScreen } from './helpers.mjs';

for (const screen of SCREENS) {
  test(`${screen.id}: no horizontal scrolling`, async ({ page }, testInfo) => {
    await openScreen(page, screen);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    const culprits = scrollWidth > innerWidth ? await overflowingElements(page) : [];
    expect(
      scrollWidth,
      `${testInfo.project.name}: page is ${scrollWidth} px wide in a ${innerWidth} px window; ` +
        `wider elements: ${culprits.join('; ') || 'none found'}`,
    ).toBeLessThanOrEqual(innerWidth);
  });
}

test('screenshots of every screen', async ({ page }, testInfo) => {
  const saved = [];
  for (const screen of SCREENS) {
    await openScreen(page, screen);
    saved.push(await saveScreen(page, testInfo, screen.id));
  }
  // Not an assertion on looks: just that the files were written.
  expect(saved).toHaveLength(SCREENS.length);
});

// The narrowest phone the lesson supports (WCAG 1.4.10 reflow), with every disclosure open,
// so long words in citations and "why?" lists are checked too. Width-independent: runs once.
test('at 320 px with every disclosure open, no screen scrolls sideways', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'sets its own viewport; once is enough');
  await page.setViewportSize({ width: 320, height: 700 });
  const problems = [];
  for (const screen of SCREENS) {
    await openScreen(page, screen);
    const reveal = page.getByRole('button', { name: /Reveal the answer/ });
    if (await reveal.count()) await reveal.click();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (wide > 0) problems.push(`${screen.id}: ${(await overflowingElements(page)).join('; ')}`);
  }
  expect(problems).toEqual([]);
});
