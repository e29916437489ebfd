// The lesson embedded in a course page with an <iframe> (fixtures/embed.html, served at /host/).
import { test, expect } from '@playwright/test';
import { SCREENS, recordPage, foreignRequests, urlSelects } from './helpers.mjs';

test('the lesson works inside an iframe on a course page', async ({ page, baseURL }) => {
  const rec = recordPage(page);
  await page.goto(new URL('/host/embed.html', baseURL).href);
  const frame = page.frameLocator('iframe#lesson');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('h1')).toHaveCount(1);
  const phase2 = SCREENS.find((s) => s.id === 'phase-2');
  const debrief = SCREENS.find((s) => s.id === 'debrief');
  await expect(frame.locator('nav[aria-label="Lesson"] [aria-current="page"]')).toHaveText(phase2.nav);

  await frame.locator('nav[aria-label="Lesson"]').getByRole('link', { name: debrief.nav, exact: true }).click();
  await expect(frame.locator('nav[aria-label="Lesson"] [aria-current="page"]')).toHaveText(debrief.nav);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => urlSelects(new URL(inner.url()), debrief), 'the frame URL follows').toBe(true);
  // The host page itself did not navigate.
  expect(new URL(page.url()).pathname).toBe('/host/embed.html');

  expect(foreignRequests(rec.requests, new URL(baseURL).origin)).toEqual([]);
  expect(rec.problems()).toEqual([]);
});
