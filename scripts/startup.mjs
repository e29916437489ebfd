#!/usr/bin/env node
// Where the lesson's start-up time goes: resource timings of the first load and the app's
// own marks (wasm started, words in, first render), median of N cold loads.
//   node scripts/startup.mjs [--dir dist] [--runs 8] [--url-query ?phase=2] [--throttle 4]
import { chromium } from '@playwright/test';
import { startServer } from './serve-dist.mjs';
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean));
const dir = args.dir || 'dist', runs = Number(args.runs || 8), q = args['url-query'] || '', throttle = Number(args.throttle || 0);
const srv = await startServer({ dir, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const all = [];
for (let i = 0; i < runs + 1; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  if (throttle) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(srv.url + q);
  await page.waitForFunction(() => performance.getEntriesByName('ripe:rendered').length > 0, null, { timeout: 60000 });
  const t = await page.evaluate(() => {
    const o = {};
    for (const e of performance.getEntriesByType('resource')) {
      const n = e.name.split('/').pop().replace(/-[0-9a-f]{8,}/, '');
      o[`${n} (fetched)`] = e.responseEnd;
    }
    for (const e of performance.getEntriesByType('mark')) o[e.name] = e.startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    o['html (fetched)'] = nav.responseEnd;
    return o;
  });
  if (i > 0) all.push(t);
  await ctx.close();
}
const keys = Object.keys(all[0]).sort((a, b) => all[0][a] - all[0][b]);
for (const k of keys) {
  const v = all.map((x) => x[k]).filter((x) => x !== undefined).sort((a, b) => a - b);
  console.log(`${k.padEnd(32)} ${v[Math.floor(v.length / 2)].toFixed(0).padStart(6)} ms`);
}
await browser.close();
await srv.close();
