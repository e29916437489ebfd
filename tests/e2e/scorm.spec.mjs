// The SCORM packages (scripts/scorm-package.mjs, `make package`) as an LMS runs them: a host
// page runs a real LMS-side runtime (scorm-again, from npm) and frames the package's launch
// page, as Moodle's or Canvas's SCORM player does. Built from the portable build
// (target/dist-portable, `make portable`) into test-results/.
import { test, expect } from '@playwright/test';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { startServer } from '../../scripts/serve-dist.mjs';
import { buildPackages, validateManifest } from '../../scripts/scorm-package.mjs';
import { PORTABLE, needPortable, recordPage } from './helpers.mjs';

const OUT = path.resolve('test-results', 'scorm-packages');
const LIMIT_12 = 4096;
let server;
let zips;

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  await needPortable();
  await rm(OUT, { recursive: true, force: true });
  zips = await buildPackages(PORTABLE, OUT);
  const mounts = [{ prefix: '/scorm-again/', root: path.resolve('node_modules', 'scorm-again', 'dist') }];
  for (const { file } of zips) {
    const name = /scorm(12|2004)/.exec(file)[0].replace('scorm', 'pkg');
    const dir = path.join(OUT, name);
    for (const [f, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(file))))) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), bytes);
    }
    mounts.push({ prefix: `/${name}/`, root: dir });
  }
  // A plain server: same origin for the LMS page and the package, as an LMS serves both.
  server = await startServer({ dir: path.join(OUT, 'pkg12'), port: 0, base: '/unused/', cors: false, mounts });
});

test.afterAll(async () => server?.close());

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the LMS runs once, at desktop width');
});

const host = (query = '') => new URL(`/host/lms.html${query}`, server.url).href;
const sco = (page) => page.frameLocator('#sco');
const lms = (page, expr) => page.evaluate(expr);

async function ready(page) {
  await expect(sco(page).locator('html')).toHaveAttribute('data-ready', 'true');
}

async function navTo(page, name) {
  // A finished phase's link reads "✓ Phase 2 (done)".
  const link = new RegExp(`^(✓ )?${name}( \\(done\\))?$`);
  await sco(page).locator('nav[aria-label="Lesson"]').getByRole('link', { name: link }).click();
  await expect(sco(page).locator('main h1')).toBeFocused();
}

async function predictAndReveal(page) {
  const sets = sco(page).locator('.panel .predict-condition fieldset');
  await expect(sets).toHaveCount(4);
  for (let i = 0; i < 4; i++) await sets.nth(i).getByLabel('Held', { exact: true }).check();
  await sco(page).getByRole('button', { name: /Reveal the answer/ }).click();
  await expect(sco(page).locator('.prediction-score')).toBeVisible();
}

/** Answers every question on the phase screen with its first option. */
async function answerQuestions(page) {
  const qs = sco(page).locator('fieldset.question');
  const n = await qs.count();
  for (let i = 0; i < n; i++) {
    await qs.nth(i).locator('input[type="radio"]').first().check();
    await qs.nth(i).getByRole('button', { name: 'Check my answer' }).click();
    await expect(qs.nth(i).locator('.feedback')).toBeVisible();
  }
  return [n, await qs.locator('.feedback.right').count()];
}

const sets = (calls, el) => calls.filter(([n, a]) => /SetValue$/.test(n) && a[0] === el);

test('the zips hold a manifest that validates against the SCORM schemas, at their root', async () => {
  for (const { file } of zips) {
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    const edition = file.includes('2004') ? 'scorm2004' : 'scorm12';
    const text = new TextDecoder().decode(entries['imsmanifest.xml']);
    expect(await validateManifest(edition, text), `${edition} imsmanifest.xml`).toEqual([]);
    // One SCO, launched at index.html; every file it lists is in the zip, and every lesson
    // file is listed.
    expect(text.match(/scorm[tT]ype="sco"/g)).toHaveLength(1);
    expect(text).toMatch(/<resource [^>]*href="index.html"/);
    const listed = [...text.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    for (const f of listed) expect(entries[f], `${f} is in the zip`).toBeTruthy();
    const lesson = Object.keys(entries).filter((f) => !/\.(xsd|dtd)$/.test(f) && f !== 'imsmanifest.xml');
    expect(lesson.sort()).toEqual(listed.sort());
    expect(lesson.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(lesson.filter((f) => f.endsWith('.br') || f === 'sw.js')).toEqual([]);
    // The launch page looks for the LMS, and registers no service worker.
    const index = new TextDecoder().decode(entries['index.html']);
    expect(index).toContain(`"lms":"${edition}"`);
    expect(index).not.toContain('"sw"');
  }
  // The validation catches a broken manifest.
  const bad = '<?xml version="1.0"?><manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" identifier="x"><resources/></manifest>';
  expect((await validateManifest('scorm12', bad)).length).toBeGreaterThan(0);
});

test('SCORM 1.2: initialize, incomplete → completed, score, suspend data at the limit, resumed elsewhere', async ({ page, browser }) => {
  const rec = recordPage(page);
  await page.goto(host('?v=12'));
  await ready(page);
  await expect.poll(() => lms(page, () => calls.filter(([n]) => n === 'LMSInitialize').map((c) => c[2]))).toEqual(['true']);
  await expect.poll(() => lms(page, () => lmsApi.cmi.core.lesson_status)).toBe('incomplete');

  let [questions, right] = [0, 0];
  for (const n of [1, 2, 3]) {
    await navTo(page, `Phase ${n}`);
    await predictAndReveal(page);
    const [q, r] = await answerQuestions(page);
    [questions, right] = [questions + q, right + r];
  }
  // Not completed before the debrief.
  await page.waitForTimeout(1300);
  expect(await lms(page, () => lmsApi.cmi.core.lesson_status)).toBe('incomplete');
  await navTo(page, 'Debrief');
  await expect.poll(() => lms(page, () => lmsApi.cmi.core.lesson_status)).toBe('completed');
  const score = await lms(page, () => JSON.parse(JSON.stringify(lmsApi.cmi.core.score)));
  // A percentage: the share of the questions answered right.
  expect(questions).toBeGreaterThan(1);
  expect(score).toEqual({ raw: String(Math.round((100 * right) / questions)), min: '0', max: '100' });

  // Reflections three times what SCORM 1.2 keeps: the suspend data stays under 4,096
  // characters and the LMS accepts every value.
  const boxes = sco(page).locator('textarea');
  const long = 'Переговоры & уступки = 100% + '.repeat(150);
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill(`${i}: ${long}`);
  await expect.poll(() => lms(page, () => lmsApi.cmi.suspend_data.includes('t0='))).toBe(true);
  const data = await lms(page, () => lmsApi.cmi.suspend_data);
  expect(data.length).toBeLessThanOrEqual(LIMIT_12);
  expect(data.length).toBeGreaterThan(LIMIT_12 - 100);
  expect(data.startsWith('v=')).toBe(true);
  const calls = await lms(page, () => calls);
  expect(calls.filter(([n, , r]) => /SetValue|Commit/.test(n) && r !== 'true'), 'every call accepted').toEqual([]);
  expect(sets(calls, 'cmi.core.score.raw').length).toBeGreaterThan(0);

  // The student closes the lesson: session time, exit, finish.
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await expect.poll(() => lms(page, () => calls.some(([n]) => n === 'LMSFinish'))).toBe(true);
  const end = await lms(page, () => calls);
  const time = sets(end, 'cmi.core.session_time').at(-1)?.[1][1];
  expect(time).toMatch(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(sets(end, 'cmi.core.session_time').at(-1)?.[2], 'the LMS accepts the session time').toBe('true');
  expect(sets(end, 'cmi.core.exit').at(-1)?.[1][1]).toBe('suspend');
  expect(rec.pageErrors).toEqual([]);

  // Another computer: a fresh browser, the LMS hands back what it kept.
  const cmi = await lms(page, () => {
    const c = lmsApi.renderCMIToJSONObject().cmi;
    c.core.entry = 'resume';
    return c;
  });
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.addInitScript((c) => { window.__cmi = c; }, cmi);
  await p2.goto(host('?v=12'));
  await ready(p2);
  await navTo(p2, 'Phase 2');
  await expect(sco(p2).locator('.your-guess'), 'the prediction is back').toHaveCount(4);
  // The answers are back: each question shows its feedback, not an empty form.
  await expect(sco(p2).locator('fieldset.question .feedback')).toHaveCount(await sco(p2).locator('fieldset.question').count());
  await navTo(p2, 'Debrief');
  const first = await sco(p2).locator('textarea').first().inputValue();
  expect(first.length).toBeGreaterThan(1000);
  expect(`0: ${long}`.startsWith(first)).toBe(true);
  // Still completed, never back to incomplete.
  await p2.waitForTimeout(1300);
  expect(await lms(p2, () => lmsApi.cmi.core.lesson_status)).toBe('completed');
  await other.close();
});

for (const mode of ['false', 'throw', 'lost']) {
  test(`an LMS whose ${mode === 'lost' ? 'API disappears' : `LMSCommit ${mode === 'throw' ? 'throws' : 'returns "false"'}`} leaves the lesson working and the work kept`, async ({ page }) => {
    const rec = recordPage(page);
    await page.goto(host(mode === 'lost' ? '?v=12' : `?v=12&commit=${mode}`));
    await ready(page);
    if (mode === 'lost') await page.evaluate(() => loseApi());
    await navTo(page, 'Phase 2');
    await predictAndReveal(page);
    const taliban = sco(page).locator('[data-factor="taliban"] input[type="range"]');
    await taliban.focus();
    await page.keyboard.press('End');
    await expect(taliban).toHaveValue('4');
    await expect(sco(page).locator('[data-notice]')).toContainText('not recording your progress');
    // The lesson goes on working.
    await page.keyboard.press('Home');
    await expect(taliban).toHaveValue('0');
    await expect(sco(page).locator('[data-condition="process"]')).toHaveAttribute('data-holds', /true|false/);
    // The local copy is kept, marked unsent, and wins when the lesson opens again.
    const local = await sco(page).locator('html').evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    const key = Object.keys(local).find((k) => /^ripe-for-peace:progress:lms:/.test(k) && !k.endsWith(':unsent'));
    expect(key, JSON.stringify(local)).toBeTruthy();
    expect(local[`${key}:unsent`]).toBe('1');
    await page.reload();
    await ready(page);
    await expect(sco(page).locator('nav [aria-current="page"]')).toContainText('Phase 2');
    await expect(sco(page).locator('.your-guess')).toHaveCount(4);
    await expect(sco(page).locator('[data-factor="taliban"] input[type="range"]')).toHaveValue('0');
    expect(rec.pageErrors, 'no uncaught exception').toEqual([]);
  });
}

test('SCORM 2004 (4th edition): the same lesson reports through API_1484_11', async ({ page }) => {
  await page.goto(host('?v=2004&pkg=/pkg2004/index.html'));
  await ready(page);
  await expect.poll(() => lms(page, () => lmsApi.cmi.completion_status)).toBe('incomplete');
  for (const n of [1, 2, 3]) {
    await navTo(page, `Phase ${n}`);
    await predictAndReveal(page);
  }
  await answerQuestions(page);
  await navTo(page, 'Debrief');
  await expect.poll(() => lms(page, () => lmsApi.cmi.completion_status)).toBe('completed');
  expect(await lms(page, () => lmsApi.cmi.score.max)).toBe('100');
  expect(Number(await lms(page, () => lmsApi.cmi.score.scaled))).toBeGreaterThanOrEqual(0);
  expect(await lms(page, () => lmsApi.cmi.suspend_data)).toMatch(/^v=/);
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await expect.poll(() => lms(page, () => calls.some(([n]) => n === 'Terminate'))).toBe(true);
  const calls = await lms(page, () => calls);
  expect(sets(calls, 'cmi.session_time').at(-1)?.[1][1]).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
});

test('without an LMS the package runs as the plain lesson', async ({ page }) => {
  const rec = recordPage(page);
  await page.goto(new URL('/pkg12/index.html?phase=2', server.url).href);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await predictAndReveal({ frameLocator: () => page });
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ripe-for-peace:progress'))).toMatch(/^v=/);
  expect(rec.problems()).toEqual([]);
});
