// Runs before the desktop and phone projects (see playwright.config.mjs): the built lesson
// is served under the sub-path and renders. If not, the other tests are not run.
import { test, expect } from '@playwright/test';
import { BASE_PATH, recordPage, waitReady } from './helpers.mjs';

test('smoke: dist/ is served under the sub-path and the app renders', async ({ page }) => {
  const rec = recordPage(page);
  const response = await page.goto('./');
  expect(response?.status(), `index.html at ${BASE_PATH}`).toBe(200);
  await waitReady(page);
  await expect(page.locator('main#main h1')).toHaveCount(1);
  expect(rec.pageErrors, 'uncaught exceptions').toEqual([]);
});
