// Installable and offline (scripts/post-build.mjs: manifest.webmanifest and sw.js): a student
// who opened the lesson once can use it on a train, and a new release replaces the old one
// only when the student reloads. Serves a copy of dist/ from its own server, which the test
// stops to go offline, and then serves a second release with a changed file.
import { test, expect } from '@playwright/test';
import { cp, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer } from '../../scripts/serve-dist.mjs';
import { listFiles, writeServiceWorker } from '../../scripts/post-build.mjs';
import { bootData } from '../../scripts/single-file.mjs';
import { recordPage, saveScreen } from './helpers.mjs';

const ROOT = path.resolve('test-results', 'offline');
const SITE = path.join(ROOT, 'site');
const BASE = '/course/ripe/';

test.use({ serviceWorkers: 'allow' });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'once, at desktop width (the prompt is also shot at 360 px)');
});

/** Serves `dir`'s copy at `port` (0: any), as the release on the site. */
async function publish(dir, port = 0) {
  await rm(SITE, { recursive: true, force: true });
  await cp(dir, SITE, { recursive: true });
  return startServer({ dir: SITE, port, base: BASE });
}

/**
 * A second release as the build makes it: one word changed in the English words (a new
 * hashed file, named in index.html), and sw.js written again by the same post-build code.
 */
async function secondRelease(from, to) {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  const indexPath = path.join(to, 'index.html');
  const { boot, write } = bootData(await readFile(indexPath, 'utf8'));
  const old = boot.files.en;
  const words = JSON.parse(await readFile(path.join(to, old), 'utf8')).map((w) => (w === 'Debrief' ? 'Debrief (new)' : w));
  boot.files.en = old.replace(/-[0-9a-f]+\.json$/, '-2ad0f00d2a11.json');
  await writeFile(path.join(to, boot.files.en), JSON.stringify(words));
  await unlink(path.join(to, old));
  await writeFile(indexPath, write(boot));
  return writeServiceWorker(to);
}

const screens = ['?screen=intro', '?phase=1', '?phase=2', '?phase=3', '?screen=debrief', '?screen=sources', '?screen=mywork', '?screen=guide'];

test('loaded once, the lesson works offline on every screen; a new release waits for "reload"', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await rm(ROOT, { recursive: true, force: true });
  await mkdir(ROOT, { recursive: true });
  let server = await publish('dist');
  const url = server.url;
  const port = server.port;

  // The manifest: installable from the sub-path, with a maskable icon.
  const manifestHref = await (await fetch(url)).text().then((h) => /<link rel="manifest" href="([^"]+)"/.exec(h)?.[1]);
  expect(manifestHref).toBe('manifest.webmanifest');
  const manifest = await (await fetch(new URL(manifestHref, url))).json();
  expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.map((i) => i.purpose)).toEqual(['any', 'any', 'maskable']);
  for (const icon of manifest.icons) expect((await fetch(new URL(icon.src, url))).status).toBe(200);

  // First visit: the worker installs after the first render and takes the page over.
  await page.goto(`${url}?phase=2`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  // It precached exactly the built files (all but itself and the Brotli copies).
  const built = (await listFiles('dist')).filter((f) => f !== 'sw.js' && !f.endsWith('.br'));
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('ripe-for-peace:'));
    const c = await caches.open(names[0]);
    return { names, urls: (await c.keys()).map((r) => new URL(r.url).pathname) };
  });
  expect(cached.names).toHaveLength(1);
  expect(cached.urls.map((u) => u.slice(BASE.length)).sort()).toEqual(built.sort());

  // The train: no server, no network.
  await server.close();
  await context.setOffline(true);
  const rec = recordPage(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const q of screens) {
    await page.goto(url + q);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('main h1')).toBeVisible();
  }
  // A phase works to the end: predict, reveal (the later words come from the cache too).
  await page.goto(`${url}?phase=3`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const sets = page.locator('.panel .predict-condition fieldset');
  for (let i = 0; i < 4; i++) await sets.nth(i).getByLabel('Held', { exact: true }).check();
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
  await expect(page.locator('section.analysis')).toContainText('McAuliffe');
  await expect(page.locator('[data-ripe]')).toHaveAttribute('data-ripe', 'true');
  // Another language, never opened before, comes from the cache as well.
  await page.locator('#lang-select').selectOption('tg');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
  await expect(page.locator('section.analysis')).toContainText('Маколифф');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await page.locator('#lang-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(rec.problems(), 'offline, nothing failed').toEqual([]);
  // A source's full text opens offline.
  await page.goto(`${url}?screen=sources`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const src = await page.locator('.source-entry a[href^="sources/"]').first().getAttribute('href');
  await page.goto(new URL(src, url).href);
  expect((await page.locator('body').textContent()).length).toBeGreaterThan(5000);
  // (Only the browser's own /favicon.ico for the text document, outside the lesson's
  // folder, is not there offline.)

  // A new release on the site, back online.
  const v2 = await secondRelease('dist', path.join(ROOT, 'v2'));
  server = await publish(path.join(ROOT, 'v2'), port);
  await context.setOffline(false);
  try {
    await page.goto(`${url}?phase=1`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // Still the old release, whole: the prompt offers the new one.
    const notice = page.locator('[data-notice]');
    await expect(notice).toContainText('A new version of the lesson is available.', { timeout: 20_000 });
    await expect(page.locator('nav[aria-label="Lesson"]')).toContainText('Debrief');
    await expect(page.locator('nav[aria-label="Lesson"]')).not.toContainText('Debrief (new)');
    await page.setViewportSize({ width: 360, height: 740 });
    await saveScreen(page, testInfo, 'update-prompt-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('nav[aria-label="Lesson"]')).toContainText('Debrief (new)', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-notice]')).toHaveCount(0);
    // The old cache is gone; the new one holds the new release.
    const after = await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('ripe-for-peace:')));
    expect(after).toHaveLength(1);
    expect(after[0].endsWith(`:${v2.version}`)).toBe(true);
  } finally {
    await server.close();
  }
});

test('a development build (`trunk serve`) has no service worker and no manifest', async () => {
  const dir = path.join(ROOT, 'dev');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp('index.html', path.join(dir, 'index.html'));
  execFileSync('node', ['scripts/post-build.mjs', dir], { env: { ...process.env, TRUNK_PROFILE: 'debug' } });
  const files = await listFiles(dir);
  expect(files).not.toContain('sw.js');
  expect(files).not.toContain('manifest.webmanifest');
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  expect(bootData(html).boot.sw).toBeUndefined();
  expect(html).not.toContain('rel="manifest"');
});
