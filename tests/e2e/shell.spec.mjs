// The app shell: loading from a sub-path, navigation and history, keyboard access, bad URL
// parameters, and staying on the page's own origin. Independent of the phase content.
import { test, expect } from '@playwright/test';
import {
  BASE_PATH,
  SCREENS,
  waitReady,
  openScreen,
  nav,
  navLink,
  mainH1,
  urlSelects,
  expectScreen,
  recordPage,
  foreignRequests,
  tabTo,
  describeFocus,
} from './helpers.mjs';

const INTRO = SCREENS[0];
const byId = (id) => SCREENS.find((s) => s.id === id);

test.describe('loading', () => {
  test('loads from the sub-path with no failed requests and no console errors', async ({ page }) => {
    const rec = recordPage(page);
    const response = await page.goto('./');
    expect(response?.status(), 'index.html status').toBe(200);
    await waitReady(page);
    await page.waitForLoadState('networkidle');

    await expectScreen(page, INTRO);
    await expect(mainH1(page)).toHaveText(/\S/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.title(), '<title>').toMatch(/Ripe for Peace/);
    const description = page.locator('head meta[name="description"]');
    await expect(description).toHaveCount(1);
    expect((await description.getAttribute('content'))?.trim().length ?? 0, 'meta description length')
      .toBeGreaterThanOrEqual(50);
    await expect(page.getByText('Loading the lesson'), 'the loading note is removed').toHaveCount(0);
    await expect(page.locator('[data-notice]'), 'no notice for a good URL').toHaveCount(0);
    expect(
      await page.evaluate(() => performance.getEntriesByName('ripe:rendered', 'mark').length),
      'performance.mark("ripe:rendered") was set once',
    ).toBe(1);

    // Every request stayed under the sub-path, and the wasm came as application/wasm.
    const own = rec.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(own.filter((u) => !new URL(u).pathname.startsWith(BASE_PATH)), 'requests outside the sub-path')
      .toEqual([]);
    const wasm = own.filter((u) => new URL(u).pathname.endsWith('.wasm'));
    expect(wasm.length, 'the page fetched its .wasm').toBeGreaterThan(0);
    expect(rec.problems(), 'failed requests, HTTP errors, console errors, exceptions').toEqual([]);
  });

  test('relative URLs in tests keep the sub-path (harness self-check)', async ({ page }) => {
    await page.goto('?phase=2');
    expect(new URL(page.url()).pathname).toBe(BASE_PATH);
    await page.goto('./?screen=sources');
    expect(new URL(page.url()).pathname).toBe(BASE_PATH);
  });

  for (const screen of SCREENS) {
    test(`${screen.id} opens from its URL (${screen.url})`, async ({ page }) => {
      const rec = recordPage(page);
      await openScreen(page, screen);
      await expectScreen(page, screen);
      await expect(mainH1(page)).toHaveText(/\S/);
      await expect(page.locator('[data-notice]'), 'no notice for a good URL').toHaveCount(0);
      expect(rec.problems()).toEqual([]);
    });
  }

  test('a first visit with no parameters and ?screen=intro both show the Introduction', async ({ page }) => {
    await page.goto('./');
    await waitReady(page);
    await expectScreen(page, INTRO);
    const title = (await mainH1(page).textContent()).trim();
    await page.goto('./?screen=intro');
    await waitReady(page);
    await expectScreen(page, INTRO, { h1Text: title });
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the <noscript> says the lesson needs JavaScript and WebAssembly', async ({ page }) => {
      await page.goto('./');
      const noscript = page.locator('noscript');
      await expect(noscript).toHaveCount(1);
      // With scripting off, the <noscript> content is rendered: it must be visible text.
      const text = await page.locator('body').innerText();
      expect(text).toMatch(/JavaScript/);
      expect(text).toMatch(/WebAssembly/);
    });
  });
});

test.describe('navigation', () => {
  test('each nav link shows its screen, updates URL and aria-current, and focuses the h1', async ({ page }) => {
    // Learn every screen's heading from its own URL.
    const h1 = {};
    for (const s of SCREENS) {
      await openScreen(page, s);
      h1[s.id] = (await mainH1(page).textContent()).trim();
    }
    expect(new Set(Object.values(h1)).size, `every screen has its own h1: ${JSON.stringify(h1)}`)
      .toBe(SCREENS.length);

    await page.goto('./?screen=intro');
    await waitReady(page);
    // The nav links are real links whose href opens the same screen (new tab, copy link).
    for (const s of SCREENS) {
      const href = await navLink(page, s).getAttribute('href');
      expect(href, `"${s.nav}" has an href`).toBeTruthy();
      expect(urlSelects(new URL(href, page.url()), s), `href of "${s.nav}" (${href}) selects ${s.id}`).toBe(true);
    }

    // In-page navigation: a marker on window survives only if no full reload happens.
    await page.evaluate(() => (window.__sameDocument = true));
    const walk = [...SCREENS.slice(1), INTRO];
    for (const s of walk) {
      await navLink(page, s).click();
      await expectScreen(page, s, { h1Text: h1[s.id] });
      await expect(mainH1(page), `focus moves to the h1 of ${s.id}`).toBeFocused();
      expect(await page.evaluate(() => window.__sameDocument), `${s.id}: no full page reload`).toBe(true);
    }

    // History: intro → 1 → 2 → 3 → debrief → afghanistan → sources → intro.
    await page.goBack();
    await expectScreen(page, byId('sources'), { h1Text: h1.sources });
    await page.goBack();
    await expectScreen(page, byId('afghanistan'), { h1Text: h1.afghanistan });
    await page.goBack();
    await expectScreen(page, byId('debrief'), { h1Text: h1.debrief });
    await page.goForward();
    await expectScreen(page, byId('afghanistan'), { h1Text: h1.afghanistan });
    expect(await page.evaluate(() => window.__sameDocument), 'back/forward stay in the page').toBe(true);

    // Reload keeps the screen.
    await page.reload();
    await waitReady(page);
    await expectScreen(page, byId('afghanistan'), { h1Text: h1.afghanistan });
  });

  test('back to the first screen after one navigation', async ({ page }) => {
    await openScreen(page, byId('phase-1'));
    const first = (await mainH1(page).textContent()).trim();
    await navLink(page, byId('sources')).click();
    await expectScreen(page, byId('sources'));
    await page.goBack();
    await expectScreen(page, byId('phase-1'), { h1Text: first });
    await page.goForward();
    await expectScreen(page, byId('sources'));
  });
});

test.describe('keyboard', () => {
  test('Tab from the top reaches the skip link first; it moves focus to main', async ({ page }) => {
    await openScreen(page, INTRO);
    await expect(mainH1(page), 'the first load does not move focus').not.toBeFocused();
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip, `first Tab stop (got ${await describeFocus(page)})`).toBeFocused();
    await expect(skip).toHaveText('Skip to main content');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip, 'the focused skip link is visible on screen').toBeInViewport();

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => !!document.getElementById('main')?.contains(document.activeElement)),
        { message: 'after the skip link, focus is on <main> (or inside it)' })
      .toBe(true);
    await expectScreen(page, INTRO);
    // The next Tab stop is inside or after <main>, not back before it (header, nav), unless
    // nothing focusable follows the start of <main> (then Tab wraps around, as it should).
    const tabbableAfterMain = await page.evaluate(() => {
      const main = document.getElementById('main');
      const sel = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
        'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll(sel)].some((el) =>
        (main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) &&
        el.getClientRects().length > 0);
    });
    if (tabbableAfterMain) {
      await page.keyboard.press('Tab');
      const beforeMain = await page.evaluate(() => {
        const el = document.activeElement;
        const main = document.getElementById('main');
        return !el || el === document.body ||
          (!main.contains(el) && !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING));
      });
      expect(beforeMain, `Tab after the skip link went to ${await describeFocus(page)}`).toBe(false);
    }
  });

  test('every nav link is reachable by Tab, in order', async ({ page }) => {
    await openScreen(page, INTRO);
    const order = [];
    for (let i = 0; i < 40 && order.length < SCREENS.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('nav[aria-label="Lesson"]') && el.tagName === 'A' ? el.textContent.trim() : null;
      });
      if (label && !order.includes(label)) order.push(label);
    }
    expect(order).toEqual(SCREENS.map((s) => s.nav));
  });

  for (const target of SCREENS) {
    test(`Enter on the "${target.nav}" link opens it`, async ({ page }) => {
      const start = target.id === 'intro' ? byId('phase-2') : INTRO;
      await openScreen(page, start);
      const presses = await tabTo(page, navLink(page, target));
      expect(presses, `Tab reaches "${target.nav}"`).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await expectScreen(page, target);
      await expect(mainH1(page)).toBeFocused();
    });
  }
});

test.describe('bad URL parameters', () => {
  const cases = [
    { query: '?phase=9', names: ['phase'] },
    { query: '?taliban=banana', names: ['taliban'] },
    { query: '?phase=2&taliban=banana', names: ['taliban'], shows: 'phase-2' },
    { query: '?screen=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', names: ['screen'] },
    { query: '?screen=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', names: ['screen'] },
  ];
  for (const c of cases) {
    test(`${decodeURIComponent(c.query)} shows a notice and a working page`, async ({ page }) => {
      const rec = recordPage(page);
      await page.goto('./' + c.query);
      await waitReady(page);

      const notice = page.locator('[data-notice]');
      await expect(notice, 'one notice').toHaveCount(1);
      await expect(notice).toBeVisible();
      expect(
        await notice.evaluate((el) => !!el.closest('[role="status"]')),
        'the notice is (inside) role="status"',
      ).toBe(true);
      for (const name of c.names) {
        await expect(notice, `the notice names "${name}"`).toContainText(new RegExp(name, 'i'));
      }

      // Nothing from the URL became markup.
      const injected = await page.evaluate(() => ({
        pwned: window.__pwned === 1,
        scripts: [...document.scripts].filter((s) => /__pwned|alert/.test(s.textContent + s.src)).length,
        imgs: document.querySelectorAll('img[src="x"], [onerror]').length,
      }));
      expect(injected).toEqual({ pwned: false, scripts: 0, imgs: 0 });
      expect(rec.dialogs, 'no alert dialog').toEqual([]);

      await expect(page.locator('h1')).toHaveCount(1);
      if (c.shows) await expectScreen(page, byId(c.shows));

      // Still a working lesson.
      const phase2 = byId('phase-2');
      const target = c.shows === 'phase-2' ? byId('debrief') : phase2;
      await navLink(page, target).click();
      await expectScreen(page, target);
      await expect(mainH1(page)).toBeFocused();
      expect(rec.problems()).toEqual([]);
    });
  }
});

test('no request leaves the page\'s origin across all screens', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const rec = recordPage(page);
  await page.goto('./');
  await waitReady(page);
  for (const s of [...SCREENS.slice(1), INTRO]) {
    await navLink(page, s).click();
    await expectScreen(page, s);
    await page.waitForLoadState('networkidle');
  }
  for (const s of SCREENS) {
    await openScreen(page, s);
    await page.waitForLoadState('networkidle');
  }
  expect(rec.requests.length, 'requests were recorded').toBeGreaterThan(SCREENS.length);
  expect(foreignRequests(rec.requests, origin), `requests to origins other than ${origin}`).toEqual([]);
  expect(rec.problems()).toEqual([]);
});

test('the Lesson nav lists exactly the screens of the lesson, in order', async ({ page }) => {
  await openScreen(page, INTRO);
  const labels = (await nav(page).getByRole('link').allTextContents()).map((t) => t.trim());
  expect(labels).toEqual(SCREENS.map((s) => s.nav));
});
