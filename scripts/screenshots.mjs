#!/usr/bin/env node
// Screenshots of every screen of a built lesson, for looking at before calling work done.
//
//   node scripts/screenshots.mjs [--dist dist] [--out test-results/shots] [--lang en]
//        [--widths 1280,360] [--full] [--revealed]
//
// Serves --dist under a sub-path, opens each screen in Debian's Chromium, and saves
// <out>/<lang>-<width>-<screen>.png (the first screenful, or the whole page with --full).
// --revealed predicts and reveals every phase first, so the panels are open. Also prints the
// page's height and any sideways overflow, which a reflow at 320 px must not have.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true] : null)).filter(Boolean),
);
const dist = args.dist || 'dist';
const out = args.out || 'test-results/shots';
const lang = args.lang || 'en';
const widths = String(args.widths || '1280,360').split(',').map(Number);
const screens = ['screen=intro', 'phase=1', 'phase=2', 'phase=3', 'screen=debrief', 'screen=afghanistan', 'screen=sources', 'screen=mywork', 'screen=guide', 'screen=class',
  ...(args.extra ? String(args.extra).split(',') : [])];

const server = spawn('node', [path.join(here, 'serve-dist.mjs'), '--dir', dist, '--port', '0', '--base', '/course/ripe/'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (d) => {
  const m = /at (http:\/\/\S+)/.exec(String(d));
  if (m) resolve(m[1]);
}));
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: width > 600 ? 800 : 740 }, locale: lang });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
    if (args.revealed) {
      for (const n of [1, 2, 3]) {
        await page.goto(`${base}?phase=${n}&lang=${lang}`);
        await page.waitForSelector('html[data-ready]');
        await page.locator('.panel button.reveal').click();
      }
    }
    for (const s of screens) {
      await page.goto(`${base}?${s}&lang=${lang}`);
      await page.waitForSelector('html[data-ready]');
      await page.waitForTimeout(150);
      const name = s.replace(/^(screen|phase)=/, (m, k) => (k === 'phase' ? 'phase-' : ''));
      const file = path.join(out, `${lang}-${width}-${name}.png`);
      await page.screenshot({ path: file, fullPage: !!args.full });
      const m = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, over: document.documentElement.scrollWidth - innerWidth }));
      console.log(`${file}: ${m.h} px tall${m.over > 0 ? `, OVERFLOWS sideways by ${m.over} px` : ''}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
