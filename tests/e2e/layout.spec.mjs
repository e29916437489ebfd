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
