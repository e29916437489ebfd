// @phase-hooks — the lesson.md §5 test hooks on the phase screens. These depend on the phase
// content (presets, model) and pass once the phase screens are finished. Run or skip them with
//   npx playwright test --grep @phase-hooks        /   --grep-invert @phase-hooks
import { test, expect } from '@playwright/test';
import { PHASES, CONDITIONS, FACTOR_IDS, openScreen } from './helpers.mjs';

// lesson.md §3: which conditions hold at each historical preset.
const CALIBRATION = {
  1: ['process'],
  2: ['process', 'concessions'],
  3: ['process', 'concessions', 'capacity', 'desirability'],
};

test.describe('@phase-hooks', () => {
  test('@phase-hooks presets give the calibrated verdict and conditions', async ({ page }) => {
    for (const phase of PHASES) {
      await openScreen(page, phase);
      const ripe = page.locator('[data-ripe]');
      await expect(ripe, `phase ${phase.phase}: one [data-ripe]`).toHaveCount(1);
      await expect(ripe, `phase ${phase.phase} verdict`).toHaveAttribute(
        'data-ripe',
        phase.phase === '3' ? 'true' : 'false',
      );
      for (const c of CONDITIONS) {
        const el = page.locator(`[data-condition="${c}"][data-holds]`);
        await expect(el, `phase ${phase.phase}: one [data-condition="${c}"]`).toHaveCount(1);
        await expect(el, `phase ${phase.phase}: ${c}`).toHaveAttribute(
          'data-holds',
          String(CALIBRATION[phase.phase].includes(c)),
        );
      }
    }
  });

  test('@phase-hooks every factor has one native control', async ({ page }) => {
    for (const phase of PHASES) {
      await openScreen(page, phase);
      for (const id of FACTOR_IDS) {
        const factor = page.locator(`[data-factor="${id}"]`);
        await expect(factor, `phase ${phase.phase}: one [data-factor="${id}"]`).toHaveCount(1);
        await expect(factor.locator('input[type="range"], select'), `phase ${phase.phase}: ${id} control`)
          .toHaveCount(1);
      }
    }
  });

  test('@phase-hooks a URL override sets the factor and stays in the URL', async ({ page }) => {
    await page.goto('./?phase=2&taliban=3');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const control = page.locator('[data-factor="taliban"]').locator('input[type="range"], select');
    await expect(control).toHaveValue('3');
    await expect(page).toHaveURL((u) => u.searchParams.get('phase') === '2' && u.searchParams.get('taliban') === '3');
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });
});
