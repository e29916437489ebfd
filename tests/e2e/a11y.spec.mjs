// axe-core scans (WCAG 2.0, 2.1, 2.2 at levels A and AA) of every screen, at both widths.
// A failure prints each violated rule with the offending elements.
import { test, expect } from '@playwright/test';
import { SCREENS, openScreen, waitReady, axeViolations, formatViolations } from './helpers.mjs';

for (const screen of SCREENS) {
  test(`axe: ${screen.id} has no WCAG A/AA violations`, async ({ page }, testInfo) => {
    await openScreen(page, screen);
    const violations = await axeViolations(page);
    const report = formatViolations(violations, `${testInfo.project.name} ${screen.id}`);
    if (violations.length) await testInfo.attach('axe-violations', { body: report, contentType: 'text/plain' });
    expect(violations.length, report).toBe(0);
  });
}

test('axe: a page showing the ignored-parameter notice has no violations', async ({ page }, testInfo) => {
  await page.goto('./?phase=9&taliban=banana');
  await waitReady(page);
  await expect(page.locator('[data-notice]')).toBeVisible();
  const violations = await axeViolations(page);
  const report = formatViolations(violations, `${testInfo.project.name} notice`);
  expect(violations.length, report).toBe(0);
});
