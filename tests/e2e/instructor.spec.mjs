// For instructors: embedding in a course page (also sandboxed) with frame resizing,
// embed mode, locked factors, limited screens, the Share dialog's embed code, and the
// instructor guide and student hand-in (axe, 360 px, printing).
import { test, expect } from '@playwright/test';
import { waitReady, axeViolations, formatViolations, overflowingElements, saveScreen } from './helpers.mjs';

const hostURL = (src, sandbox) =>
  `/host/course-page.html?src=${encodeURIComponent(src)}${sandbox ? `&sandbox=${encodeURIComponent(sandbox)}` : ''}`;
const lessonURL = (query) => new URL(query, test.info().project.use.baseURL).href;

for (const sandbox of [null, 'allow-scripts']) {
  test(`embedded${sandbox ? ' in a sandboxed frame' : ''}: lti.frameResize fits the frame to the content`, async ({ page }) => {
    await page.goto(hostURL(lessonURL('./?phase=3&embed=1'), sandbox));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(frame.locator('[data-ripe]')).toHaveAttribute('data-ripe', 'true');
    const count = (pred) => page.evaluate((p) => window.__messages.filter(new Function('m', p)).length, pred);
    await expect.poll(() => count("return m && m.subject === 'lti.frameResize'")).toBeGreaterThan(0);
    await expect.poll(() => count("return m && m.type === 'ripe-for-peace:resize'")).toBeGreaterThan(0);
    // The frame's height matches the lesson's content height: no second scrollbar.
    const gap = async () => {
      const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const contentHeight = await frame.locator('html').evaluate((h) => h.getBoundingClientRect().height);
      return Math.abs(frameHeight - Math.ceil(contentHeight));
    };
    await expect.poll(gap).toBeLessThanOrEqual(1);
    // Content that grows (every "About this force" opened) resizes the frame again.
    const before = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    for (const s of await frame.locator('details.about > summary').all()) await s.click();
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(before + 100);
    await expect.poll(gap).toBeLessThanOrEqual(1);
    if (sandbox) {
      await expect(frame.locator('[data-notice]')).toContainText('not letting the lesson save');
    }
  });
}

test('embed mode hides the site chrome and links to the full lesson', async ({ page }) => {
  await page.goto('./?phase=2&embed=1');
  await waitReady(page);
  await expect(page.locator('.site-header')).toHaveClass(/compact/);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'For instructors' })).toHaveCount(0);
  const full = page.getByRole('link', { name: /Open full lesson/ });
  await expect(full).toHaveAttribute('target', '_blank');
  const href = await full.getAttribute('href');
  expect(href).toContain('phase=2');
  expect(href).not.toContain('embed');
  // Without embed=1 the chrome is there.
  await page.goto('./?phase=2');
  await waitReady(page);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'For instructors' })).toHaveCount(1);
  // Embedded, the guide is linked only when the instructor asks for it.
  await page.goto('./?phase=3&embed=1&screens=phase-3,guide');
  await waitReady(page);
  await page.getByRole('link', { name: 'For instructors' }).click();
  await expect(page.locator('main h1')).toHaveText('Instructor guide');
});

test('locked factors cannot be changed by keyboard or pointer', async ({ page }) => {
  await page.goto('./?phase=3&uzbekistan=0&lock=taliban,uzbekistan');
  await waitReady(page);
  for (const id of ['taliban', 'uzbekistan']) {
    const box = page.locator(`[data-factor="${id}"]`);
    const input = box.locator('input[type="range"]');
    const value = await input.inputValue();
    await expect(input).toBeDisabled();
    await expect(box).toContainText('Locked by your instructor');
    await input.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    const b = await input.boundingBox();
    await page.mouse.click(b.x + 2, b.y + b.height / 2);
    await page.mouse.click(b.x + b.width - 2, b.y + b.height / 2);
    await expect(input).toHaveValue(value);
  }
  await expect(page).toHaveURL(/uzbekistan=0/);
  await expect(page).toHaveURL(/lock=taliban,uzbekistan/);
  // Other factors still move.
  const econ = page.locator('[data-factor="economy"] input');
  await econ.focus();
  await page.keyboard.press('Home');
  await expect(econ).toHaveValue('0');
});

test('screens= limits navigation; other screens are refused politely', async ({ page }) => {
  await page.goto('./?phase=1&screens=phase-3,debrief&embed=1');
  await waitReady(page);
  await expect(page).toHaveURL(/phase=3/);
  await expect(page.locator('[data-notice]')).toContainText('phase-1');
  const links = page.locator('nav[aria-label="Lesson"] a');
  await expect(links).toHaveText(['Phase 3', 'Debrief']);
  await links.nth(1).click();
  await expect(page).toHaveURL(/screen=debrief/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('the generated embed code, pasted into a page, opens the same scenario', async ({ page }) => {
  await page.goto('./?phase=2');
  await waitReady(page);
  await page.locator('[data-factor="taliban"] input').focus();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this lesson' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Link', { exact: true })).toHaveValue(/phase=2&taliban=4/);
  await dialog.getByLabel('Russian pressure', { exact: true }).check();
  const v = await axeViolations(page, { include: '.share-dialog' });
  expect(v, formatViolations(v, 'share dialog')).toEqual([]);
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+"/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>Host</title></head><body><main>${code}</main></body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('[data-factor="taliban"] input')).toHaveValue('4');
  await expect(frame.locator('[data-factor="russia"] input')).toBeDisabled();
  await expect(frame.locator('.site-header')).toHaveClass(/compact/);
});

for (const screen of ['guide', 'mywork']) {
  test(`${screen}: passes axe, fits the width, and prints without clipped or empty pages`, async ({ page }, testInfo) => {
    await page.goto('./?phase=2');
    await waitReady(page);
    await page.locator('.predict-condition fieldset').first().getByLabel('Held', { exact: true }).check();
    await page.getByRole('button', { name: /Reveal the answer/ }).click();
    await page.goto(`./?screen=${screen}`);
    await waitReady(page);
    if (screen === 'guide') {
      // Past the warning that the guide holds the answer key.
      const gate = page.locator('.guide-gate');
      await expect(gate).toBeVisible();
      const v = await axeViolations(page);
      expect(v, formatViolations(v, 'guide warning')).toEqual([]);
      await gate.getByRole('button', { name: 'Show the instructor guide' }).click();
      await expect(page.locator('#g-key')).toBeVisible();
    }
    await expect(page.locator('main h1')).toHaveCount(1);
    const v = await axeViolations(page);
    expect(v, formatViolations(v, screen)).toEqual([]);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(wide, (await overflowingElements(page)).join('\n')).toBeLessThanOrEqual(0);
    await saveScreen(page, testInfo, screen);
    if (testInfo.project.name !== 'desktop') return;
    // Print: A4 at 96 dpi less 15 mm margins is about 680 px wide; nothing may be wider.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 1000 });
    const clipped = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(clipped, (await overflowingElements(page)).join('\n')).toBeLessThanOrEqual(0);
    await expect(page.locator('nav[aria-label="Lesson"]')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pages).toBeGreaterThan(0);
    // No run of empty pages: at most one page more than the content needs, allowing a
    // quarter of each page for the blocks print.css keeps whole (role cards, questions).
    expect(pages).toBeLessThanOrEqual(Math.ceil((height * 1.25) / 950) + 1);
  });
}
