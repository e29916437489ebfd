// The single-file build (scripts/single-file.mjs, `make single`) as a teacher uses it: opened
// from a folder or a USB stick (file://), from a plain static server that sends no CORS
// header, and inside <iframe sandbox="allow-scripts">. Built from the portable build
// (target/dist-portable, `make portable`) into test-results/.
import { test, expect } from '@playwright/test';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve-dist.mjs';
import { singleFile } from '../../scripts/single-file.mjs';
import { PORTABLE, axeViolations, formatViolations, needPortable, recordPage, saveScreen } from './helpers.mjs';

const DIR = path.resolve('test-results', 'single-file');
const FILE = path.join(DIR, 'ripe-for-peace.html');
let server;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  await needPortable();
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  await writeFile(FILE, await singleFile(PORTABLE));
  // A course page that frames the file with scripts allowed and nothing else.
  await writeFile(path.join(DIR, 'sandboxed.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Sandboxed frame (test host)</title></head><body>
<h1>Week 7</h1><iframe id="lesson" sandbox="allow-scripts" title="Ripe for Peace" src="ripe-for-peace.html?phase=2"
style="width:100%;height:700px;border:0"></iframe></body></html>`);
  server = await startServer({ dir: DIR, port: 0, base: '/usb/', cors: false });
});

test.afterAll(async () => server?.close());

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'once, at desktop width');
});

/** Predicts, reveals, moves a force: the phase screen works. `at` is a page or a frame. */
async function usePhase(at) {
  const sets = at.locator('.panel .predict-condition fieldset');
  await expect(sets).toHaveCount(4);
  for (let i = 0; i < 4; i++) await sets.nth(i).getByLabel('Held', { exact: true }).check();
  await at.getByRole('button', { name: /Reveal the answer/ }).click();
  await expect(at.locator('.your-guess')).toHaveCount(4);
  await expect(at.locator('section.analysis')).toContainText('McAuliffe');
  const un = at.locator('[data-factor="un-mediation"] input[type="range"]');
  await un.focus();
  await un.press('Home');
  await expect(at.locator('[data-condition="process"]')).toHaveAttribute('data-holds', 'false');
  await un.press('End');
  await expect(at.locator('[data-condition="process"]')).toHaveAttribute('data-holds', 'true');
}

test('double-clicked from a folder (file://): the lesson renders, the phases and the sources work', async ({ page }, testInfo) => {
  const rec = recordPage(page);
  const url = pathToFileURL(FILE).href;
  await page.goto(`${url}?phase=1`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await usePhase(page);
  // Every screen, by the lesson's own navigation.
  const nav = page.locator('nav[aria-label="Lesson"]');
  for (const name of ['Phase 2', 'Phase 3', 'Debrief', 'Introduction', 'Sources']) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.locator('main h1')).toBeFocused();
  }
  // The Sources screen shows each source's full text in the page (no folder to link to).
  const entry = page.locator('.source-entry').first();
  const button = entry.locator('button[aria-expanded]');
  await expect(button).toHaveAccessibleName(/Read the full text/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toHaveAccessibleName('Hide the full text');
  const text = entry.locator('pre.source-full');
  await expect(text).toBeVisible();
  expect((await text.textContent()).length).toBeGreaterThan(5000);
  await expect(page.locator('.source-entry a[href^="sources/"]')).toHaveCount(0);
  // The open text is a labelled region, reachable by keyboard (it scrolls).
  await expect(text).toHaveAttribute('tabindex', '0');
  const violations = await axeViolations(page, { include: '.source-list' });
  expect(violations, formatViolations(violations, 'the source text in the page')).toEqual([]);
  await saveScreen(page, testInfo, 'single-file-sources');
  // Progress is kept (file:// has storage in Chromium) and comes back.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('main h1')).toHaveText('Sources and glossary');
  // Every language is in the file: switching needs no folder either, and keeps the screen.
  await page.locator('#lang-select').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('main h1')).toHaveText('Источники и глоссарий');
  await expect(page.locator('.source-entry').first()).toContainText('Маколифф');
  // Nothing but the file itself was loaded.
  const others = rec.requests.filter((u) => !u.startsWith('data:') && u.split('?')[0] !== url);
  expect(others).toEqual([]);
  expect(rec.problems()).toEqual([]);
});

test('served by a plain server without CORS headers, and inside <iframe sandbox="allow-scripts">', async ({ page }) => {
  // Top level, from the server.
  const rec = recordPage(page);
  const response = await page.goto(new URL('ripe-for-peace.html?phase=3', server.url).href);
  expect(response.headers()['access-control-allow-origin']).toBeUndefined();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await usePhase(page);
  expect(rec.problems()).toEqual([]);

  // Sandboxed: origin "null", no storage; the lesson renders and says it cannot save.
  const rec2 = recordPage(page);
  await page.goto(new URL('sandboxed.html', server.url).href);
  const frame = page.frameLocator('#lesson');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('nav[aria-label="Lesson"] [aria-current="page"]')).toHaveText('Phase 2');
  await usePhase(frame);
  await expect(frame.locator('[data-notice]')).toContainText('not letting the lesson save');
  await frame.locator('nav[aria-label="Lesson"]').getByRole('link', { name: 'Sources', exact: true }).click();
  await frame.locator('.source-entry').first().getByRole('button', { name: /Read the full text/ }).click();
  await expect(frame.locator('pre.source-full')).toBeVisible();
  expect(rec2.pageErrors).toEqual([]);
});
