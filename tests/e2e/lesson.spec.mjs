// The phase screens as a student uses them: predict, move the forces, read the panel,
// share a link, come back later. Plus the screens' accessibility with panels open.
import { test, expect } from '@playwright/test';
import {
  waitReady, axeViolations, formatViolations, overflowingElements, saveScreen, recordPage,
  tabTo, describeFocus, focusProblems, CONDITIONS,
} from './helpers.mjs';

const range = (page, id) => page.locator(`[data-factor="${id}"] input[type="range"]`);
const condition = (page, id) => page.locator(`[data-condition="${id}"]`);
const live = (page) => page.locator('[data-live]');

async function predictAndReveal(page, guesses = [true, true, false, false]) {
  const sets = page.locator('.panel .predict-condition fieldset');
  await expect(sets).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await sets.nth(i).getByLabel(guesses[i] ? 'Held' : 'Did not hold', { exact: true }).check();
  }
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
}

/** Opens a phase, predicts and reveals, and starts one of its challenges; returns its card. */
async function startChallenge(page, phase, id) {
  await page.goto(`./?phase=${phase}`);
  await waitReady(page);
  await predictAndReveal(page);
  const card = page.locator(`[data-challenge="${id}"]`);
  await card.getByRole('button', { name: /Start/ }).click();
  return card;
}

test.describe('phase screens', () => {
  test('predict first, then the panel shows the answer and the comparison', async ({ page }) => {
    await page.goto('./?phase=2');
    await waitReady(page);
    await expect(page.locator('.verdict')).toContainText('Choose for each condition, then reveal');
    // The sources' analysis, the challenges and the questions would answer the
    // prediction, so they wait for it.
    for (const sel of ['section.analysis', 'section.challenges', 'section.quiz', 'table.phase-table']) {
      await expect(page.locator(sel), sel).toHaveCount(0);
    }
    await expect(page.locator('.after-reveal')).toBeVisible();
    await predictAndReveal(page, [true, true, false, false]);
    await expect(page.locator('section.analysis')).toContainText('McAuliffe');
    await expect(page.locator('.after-reveal')).toHaveCount(0);
    await expect(page.locator('.verdict')).toContainText('Not ripe');
    await expect(page.locator('.your-guess.right')).toHaveCount(4);
    await expect(page.locator('.prediction-score')).toContainText('4 of 4');
    await expect(live(page)).toContainText('4 of 4');
    // The phases × conditions table is the panel's text equivalent: history only for
    // the phases revealed (here phase 2), and the student's board.
    const table = page.locator('table.phase-table');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await expect(table.locator('thead th')).toHaveText(['Condition', 'Phase 2', 'Your board']);
    await expect(table.locator('tbody tr').first()).toContainText('holds');
  });

  test('moving a control updates the panel, the live region and the address bar', async ({ page }) => {
    await page.goto('./?phase=1');
    await waitReady(page);
    await expect(condition(page, 'process')).toHaveAttribute('data-holds', 'true');
    const un = range(page, 'un-mediation');
    // Before the prediction, the covered panel changes silently: announcing it would
    // tell a screen-reader user the answer.
    await un.focus();
    await page.keyboard.press('Home');
    await expect(condition(page, 'process')).toHaveAttribute('data-holds', 'false');
    await expect(live(page)).not.toContainText('holds');
    await page.keyboard.press('End');
    await expect(condition(page, 'process')).toHaveAttribute('data-holds', 'true');
    await expect(page).toHaveTitle('Phase 1: Talks begin · Ripe for Peace');
    await predictAndReveal(page);
    // Focus moves to the comparison that replaced the Reveal button.
    await expect(page.locator('#prediction-result-1')).toBeFocused();
    await un.focus();
    await page.keyboard.press('Home');
    await expect(un).toHaveValue('0');
    await expect(condition(page, 'process')).toHaveAttribute('data-holds', 'false');
    await expect(live(page)).toHaveText(/A mutually acceptable process: no longer holds/);
    await expect(page).toHaveURL(/[?&]phase=1&un-mediation=0$/);
    await expect(page.locator('[data-factor="un-mediation"]')).toHaveAttribute('data-changed', 'true');
    await expect(un).toHaveAttribute('aria-valuetext', /^None.*, level 1 of 4$/);
    // One action resets the board to history; the button keeps focus.
    const reset = page.getByRole('button', { name: 'Reset to history' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(condition(page, 'process')).toHaveAttribute('data-holds', 'true');
    await expect(page).toHaveURL(/[?&]phase=1$/);
    await expect(live(page)).toHaveText(/A mutually acceptable process: now holds/);
    await expect(reset).toBeFocused();
    await expect(reset).toHaveAttribute('aria-disabled', 'true');
  });

  test('a copied link reopens exactly the scenario, in a fresh browser', async ({ page, browser }) => {
    await page.goto('./?phase=2');
    await waitReady(page);
    for (const [id, key] of [['taliban', 'End'], ['afghan-haven', 'End'], ['russia', 'End'], ['coalition', 'End']]) {
      await range(page, id).focus();
      await page.keyboard.press(key);
    }
    await expect(page).toHaveURL(/taliban=4.*coalition=2|coalition=2.*taliban=4/);
    const url = page.url();
    const ripe = await page.locator('[data-ripe]').getAttribute('data-ripe');
    const other = await browser.newContext();
    const p2 = await other.newPage();
    await p2.goto(url);
    await waitReady(p2);
    for (const id of ['taliban', 'afghan-haven', 'russia', 'coalition']) {
      await expect(range(p2, id)).toHaveValue(await range(page, id).inputValue());
    }
    await expect(p2.locator('[data-ripe]')).toHaveAttribute('data-ripe', ripe);
    await other.close();
  });

  test('progress survives a reload: screen, board, prediction and answers', async ({ page }) => {
    await page.goto('./?phase=3');
    await waitReady(page);
    await predictAndReveal(page, [true, true, true, true]);
    await range(page, 'taliban').focus();
    await page.keyboard.press('Home');
    const q = page.locator('fieldset.question').first();
    await q.locator('input[type="radio"]').first().check();
    await q.getByRole('button', { name: 'Check my answer' }).click();
    await expect(q.locator('.feedback')).toBeVisible();
    await page.reload();
    await waitReady(page);
    await expect(range(page, 'taliban')).toHaveValue('0');
    await expect(page.locator('.your-guess')).toHaveCount(4);
    await expect(page.locator('fieldset.question').first().locator('.feedback').first()).toBeVisible();
    // Opening the bare address brings the student back where they were.
    await page.goto('./');
    await waitReady(page);
    await expect(page).toHaveURL(/phase=3/);
  });

  test('storage that throws does not break the lesson', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const rec = recordPage(page);
    await page.goto('./?phase=2');
    await waitReady(page);
    await expect(page.locator('[data-notice]')).toContainText('not letting the lesson save');
    await range(page, 'taliban').focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/taliban=4/);
    expect(rec.pageErrors).toEqual([]);
  });

  test('a corrupted saved state gets a polite notice and a fresh start', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ripe-for-peace:progress', '{"version":1,"screen":'));
    await page.goto('./');
    await waitReady(page);
    await expect(page.locator('[data-notice]')).toContainText('could not be read');
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('a challenge is recognised when reached (the strength paradox)', async ({ page }) => {
    const card = await startChallenge(page, 3, 'p3-strong-government');
    for (const id of ['coalition', 'uzbekistan', 'russia']) {
      await range(page, id).focus();
      await page.keyboard.press('Home');
    }
    await expect(card.locator('.challenge-done')).toBeVisible();
    await expect(card).toContainText('strength paradox');
    const gov = (c) => page.locator(`[data-condition="${c}"] [data-side="government"]`);
    await expect(gov('capacity')).toHaveAttribute('data-side-holds', 'true');
    await expect(gov('desirability')).toHaveAttribute('data-side-holds', 'false');
  });

  test('a chain of causes: undoing the fall of Kabul alone leaves 1997 ripe in the model', async ({ page }) => {
    const card = await startChallenge(page, 3, 'p3-no-kabul');
    await range(page, 'taliban').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(range(page, 'taliban')).toHaveAttribute('aria-valuetext', /Advancing/);
    await expect(page.locator('[data-ripe]')).toHaveAttribute('data-ripe', 'true');
    await expect(card.locator('.challenge-done')).toHaveCount(0);
    // Undo what Kabul set in motion: the squeeze on the UTO's haven.
    await range(page, 'afghan-haven').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-ripe]')).toHaveAttribute('data-ripe', 'false');
    await expect(card.locator('.challenge-done')).toBeVisible();
    await expect(live(page)).toContainText('Challenge reached');
  });

  test('the keyboard alone walks the lesson', async ({ page }) => {
    await page.goto('./');
    await waitReady(page);
    // From the top: skip link, then the navigation to Phase 1.
    const phase1 = page.locator('nav[aria-label="Lesson"]').getByRole('link', { name: 'Phase 1', exact: true });
    expect(await tabTo(page, phase1), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
    // Predict with the keyboard: the first radio of each group, then reveal.
    const first = page.locator('.predict-condition fieldset').first().getByLabel('Held', { exact: true });
    expect(await tabTo(page, first, 80), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    const reveal = page.getByRole('button', { name: /Reveal the answer/ });
    expect(await tabTo(page, reveal, 20), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('.prediction-score')).toBeFocused();
    // Move a force with the arrow keys.
    const econ = range(page, 'economy');
    expect(await tabTo(page, econ, 40), await describeFocus(page)).toBeGreaterThan(0);
    const before = await econ.inputValue();
    await page.keyboard.press('ArrowRight');
    await expect(econ).not.toHaveValue(before);
    // Open a "Why?" with the keyboard.
    const why = page.locator('details.why > summary').first();
    expect(await tabTo(page, why, 120), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('details.why').first()).toHaveAttribute('open', '');
    expect(await focusProblems(page)).toEqual([]);
    // Onward, screen by screen, through the link at the foot of each one.
    const onward = async (name, url) => {
      const next = page.locator('.next-prev').getByRole('link', { name });
      expect(await tabTo(page, next, 400), await describeFocus(page)).toBeGreaterThan(0);
      expect(await focusProblems(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(url);
      await expect(page.locator('main h1')).toBeFocused();
    };
    await onward(/Phase 2/, /phase=2/);
    // The questions open once the phase is revealed.
    const reveal2 = page.getByRole('button', { name: /Reveal the answer/ });
    expect(await tabTo(page, reveal2, 40), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('.prediction-score')).toBeFocused();
    // Answer a question with the keyboard. Arrowing through the options answers nothing;
    // "Check my answer" records the choice, and the verdict lands in a live region.
    const question = page.locator('fieldset.question').first();
    const option = question.locator('input[type="radio"]').first();
    expect(await tabTo(page, option, 400), await describeFocus(page)).toBeGreaterThan(0);
    expect(await focusProblems(page)).toEqual([]);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(question.locator('input[type="radio"]').nth(1)).toBeChecked();
    await expect(question.locator('.feedback')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question.locator('[aria-live="polite"] .feedback').first()).toBeVisible();
    // Focus moves to the feedback, which is read out.
    await expect(question.locator('.feedback-region')).toBeFocused();
    // The checked answer is recorded: that option cannot be chosen again.
    await expect(question.locator('input[type="radio"]').nth(1)).toBeDisabled();
    await onward(/Phase 3/, /phase=3/);
    await onward(/Debrief/, /screen=debrief/);
    // Write a reflection.
    const box = page.locator('main textarea').first();
    expect(await tabTo(page, box, 300), await describeFocus(page)).toBeGreaterThan(0);
    await page.keyboard.type('Outside pressure mattered most.');
    await expect(box).toHaveValue('Outside pressure mattered most.');
    await onward(/Afghanistan/, /screen=afghanistan/);
    await onward(/Sources/, /screen=sources/);
    // My work gathers what was done: back up from the heading to the header's link.
    const mywork = page.getByRole('link', { name: 'My work', exact: true }).first();
    for (let i = 0; i < 60 && !(await mywork.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(mywork).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/screen=mywork/);
    await expect(page.locator('main')).toContainText('Outside pressure mattered most.');
  });
});

test.describe('phase screens, everything open', () => {
  for (const n of [1, 2, 3]) {
    test(`phase ${n}: axe scan with the panel revealed and every "why?" open; no sideways scroll; screenshot`, async ({ page }, testInfo) => {
      await page.goto(`./?phase=${n}`);
      await waitReady(page);
      await predictAndReveal(page);
      // Change one force so the comparison appears too.
      await range(page, 'taliban').focus();
      await page.keyboard.press('End');
      for (const d of await page.locator('details').all()) {
        await d.evaluate((el) => { el.open = true; });
      }
      await expect(page.locator('.compare')).toBeVisible();
      const v = await axeViolations(page);
      expect(v, formatViolations(v, `phase ${n}, open`)).toEqual([]);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide, (await overflowingElements(page)).join('\n')).toBeLessThanOrEqual(0);
      await saveScreen(page, testInfo, `phase-${n}-open`);
    });
  }

  test('every condition shows holds or not in words and a symbol, never colour alone', async ({ page }) => {
    await page.goto('./?phase=2');
    await waitReady(page);
    await predictAndReveal(page);
    for (const c of CONDITIONS) {
      const holds = await condition(page, c).getAttribute('data-holds');
      await expect(condition(page, c).locator('.status')).toHaveText(holds === 'true' ? /✓\s*Holds/ : /✗\s*Does not hold/);
    }
  });
});

test('at 320 px the sticky verdict strip never covers the focused control', async ({ page }) => {
  test.skip(test.info().project.name !== 'phone', 'a phone-width check');
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('./?phase=2');
  await waitReady(page);
  await predictAndReveal(page);
  const strip = await page.locator('.mini-verdict').boundingBox();
  expect(strip.height, 'the strip stays small').toBeLessThan(568 * 0.15);
  // Tab through the whole board: every control must be in sight when focused.
  const problems = [];
  const last = page.locator('[data-factor="un-mediation"] details.about > summary');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const inBoard = await page.evaluate(() => !!document.activeElement.closest('.board'));
    if (inBoard) problems.push(...(await focusProblems(page)));
    if (await last.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(last).toBeFocused();
  expect(problems).toEqual([]);
});
