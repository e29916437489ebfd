// Shared helpers for the browser tests: the screen list, waiting for the app, the request
// and console recorder, the axe wrapper. Phase-screen specs reuse these.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The release build with the `portable` feature (LMS code, source texts in the page), that
 * the single file and the SCORM packages are made from: `make portable` (or `make single`,
 * `make package`) builds it. RIPE_PORTABLE_DIST names another folder.
 */
export const PORTABLE = process.env.RIPE_PORTABLE_DIST || 'target/dist-portable';

/** Fails with what to do when the portable build is missing. */
export async function needPortable() {
  const { stat } = await import('node:fs/promises');
  if (!(await stat(path.join(PORTABLE, 'index.html')).catch(() => null))) {
    throw new Error(`${PORTABLE}/index.html is missing: run \`make portable\` (make test does) first`);
  }
}

/** The sub-path the test server mounts dist/ under (see playwright.config.mjs). */
export const BASE_PATH = '/course/ripe/';

/**
 * Every screen of the lesson, in navigation order.
 * - `id`: a file-name-safe name (screenshots, test titles);
 * - `url`: what a test passes to page.goto (relative to baseURL, which keeps the sub-path);
 * - `nav`: the visible text of its link in <nav aria-label="Lesson">;
 * - `phase` / `screen`: the URL parameter that selects it.
 */
export const SCREENS = [
  // Explicit, because a bare './' reopens the saved place once the student has been elsewhere
  // (a first visit with no parameters shows the Introduction: see shell.spec.mjs).
  { id: 'intro', url: './?screen=intro', nav: 'Introduction', screen: 'intro' },
  { id: 'phase-1', url: './?phase=1', nav: 'Phase 1', phase: '1' },
  { id: 'phase-2', url: './?phase=2', nav: 'Phase 2', phase: '2' },
  { id: 'phase-3', url: './?phase=3', nav: 'Phase 3', phase: '3' },
  { id: 'debrief', url: './?screen=debrief', nav: 'Debrief', screen: 'debrief' },
  { id: 'afghanistan', url: './?screen=afghanistan', nav: 'Afghanistan', screen: 'afghanistan' },
  { id: 'sources', url: './?screen=sources', nav: 'Sources', screen: 'sources' },
];

export const PHASES = SCREENS.filter((s) => s.phase);

/** The four Haass conditions (lesson.md §2) and the factor ids (§4) that tests may rely on. */
export const CONDITIONS = ['process', 'concessions', 'capacity', 'desirability'];
export const FACTOR_IDS = [
  'economy', 'war-weariness', 'coalition', 'military-balance', 'nuri-control', 'formula',
  'track-two', 'taliban', 'russia', 'iran', 'uzbekistan', 'afghan-haven', 'un-mediation',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the app has rendered (it sets data-ready="true" on <html>). */
export async function waitReady(page) {
  try {
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  } catch (err) {
    // Say why: the console errors and exceptions since the last navigation.
    const console = (await page.consoleMessages({ filter: 'since-navigation' }).catch(() => []))
      .filter((m) => m.type() === 'error')
      .map((m) => `console error: ${m.text()}`);
    const thrown = (await page.pageErrors().catch(() => [])).map((e) => `exception: ${e.message ?? e}`);
    const why = [...console, ...thrown];
    throw new Error(
      `The app never set html[data-ready="true"] on ${page.url()}.\n` +
        (why.length ? why.join('\n') : 'No console errors or exceptions were reported.') +
        `\n${err.message.split('\n')[0]}`,
    );
  }
}

/** Opens a screen by URL and waits for the app. */
export async function openScreen(page, screen) {
  await page.goto(screen.url);
  await waitReady(page);
}

export const nav = (page) => page.locator('nav[aria-label="Lesson"]');
export const navLink = (page, screen) =>
  nav(page).getByRole('link', { name: screen.nav, exact: true });
export const mainH1 = (page) => page.locator('main#main h1');

/** True when a URL (a URL object) selects `screen` and stays on the lesson's sub-path. */
export function urlSelects(url, screen) {
  const p = url.searchParams;
  if (url.pathname !== BASE_PATH) return false;
  if (screen.phase) return p.get('phase') === screen.phase && !p.has('screen');
  if (p.has('phase')) return false;
  if (screen.screen === 'intro') return !p.has('screen') || p.get('screen') === 'intro';
  return p.get('screen') === screen.screen;
}

/** Asserts that the page shows `screen`: URL, exactly one h1 (optionally its text), aria-current. */
export async function expectScreen(page, screen, { h1Text } = {}) {
  await expect(page, `URL should select ${screen.id} under ${BASE_PATH}`).toHaveURL((u) =>
    urlSelects(u, screen),
  );
  await expect(page.locator('h1'), 'exactly one <h1> on the page').toHaveCount(1);
  await expect(mainH1(page), 'the <h1> is inside <main id="main">').toHaveCount(1);
  if (h1Text !== undefined) await expect(mainH1(page)).toHaveText(h1Text);
  await expect(nav(page).locator('[aria-current="page"]'), 'one nav link is current').toHaveCount(1);
  await expect(navLink(page, screen)).toHaveAttribute('aria-current', 'page');
}

/**
 * Records what a page does: every request, failed requests, HTTP errors, console errors and
 * uncaught exceptions. Attach before page.goto. `problems()` lists the ones that should fail a test.
 */
export function recordPage(page) {
  const rec = { requests: [], failed: [], httpErrors: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('request', (r) => rec.requests.push(r.url()));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? 'failed';
    // A request cut short by the test navigating away (often the favicon) is not a fault.
    if (why === 'net::ERR_ABORTED') return;
    rec.failed.push(`${r.url()} (${why})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) rec.httpErrors.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') rec.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e?.stack || e)));
  page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  rec.problems = () => [
    ...rec.failed.map((x) => `request failed: ${x}`),
    ...rec.httpErrors.map((x) => `HTTP error: ${x}`),
    ...rec.consoleErrors.map((x) => `console error: ${x}`),
    ...rec.pageErrors.map((x) => `uncaught exception: ${x}`),
    ...rec.dialogs.map((x) => `dialog opened: ${x}`),
  ];
  return rec;
}

/** URLs among `urls` whose origin is not `origin` (data: and blob: URLs are allowed). */
export function foreignRequests(urls, origin) {
  return urls.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA tags; returns the violations. */
export async function axeViolations(page, { include, exclude } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations;
}

/** Formats axe violations for a failure message, one block per rule, a few nodes each. */
export function formatViolations(violations, label = '') {
  if (!violations.length) return `${label}: no axe violations`;
  const lines = [`${label}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`- [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    at ${n.target.join(' ')}`);
      lines.push(`       ${n.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      const why = (n.failureSummary || '').replace(/\s+/g, ' ').trim();
      if (why) lines.push(`       ${why.slice(0, 300)}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Elements wider than the viewport, for a readable overflow failure. */
export async function overflowingElements(page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) {
        // Report the outermost offenders only.
        if (out.some((o) => o.el.contains(el))) continue;
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
          (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        out.push({ el, desc: `${name} spans ${Math.round(r.left)}..${Math.round(r.right)} px` });
      }
    }
    return out.map((o) => o.desc).slice(0, 10);
  });
}

/** Saves a full-page screenshot to test-results/screens/<project>-<name>.png. */
export async function saveScreen(page, testInfo, name) {
  // project.outputDir is the config's outputDir (test-results/), resolved.
  const dir = path.join(testInfo.project.outputDir, 'screens');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${testInfo.project.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Presses Tab until `locator` has focus; returns the number of presses, or -1. */
export async function tabTo(page, locator, max = 40) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return i;
  }
  return -1;
}

/** A short description of document.activeElement. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${text}"`;
  });
}

/**
 * The focused element shows a focus indicator (outline or box-shadow) and is not hidden
 * behind a sticky header or strip (WCAG 2.4.11): the point at its centre belongs to it.
 * Returns a list of problems, empty when focus is visible.
 */
export function focusProblems(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return ['nothing is focused'];
    const out = [];
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    // Native radios and checkboxes draw their own ring; range inputs too.
    if (!ring && !['radio', 'checkbox', 'range'].includes(el.type)) out.push(`no focus indicator on ${el.tagName}`);
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(el === hit || el.contains(hit) || hit.contains(el) || (el.labels && [...el.labels].some((l) => l.contains(hit))))) {
      out.push(`focused ${el.tagName} is covered by ${hit ? hit.tagName + '.' + hit.className : 'nothing'}`);
    }
    return out;
  });
}
