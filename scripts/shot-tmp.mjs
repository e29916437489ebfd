import { chromium } from '@playwright/test';
import { startServer } from './serve-dist.mjs';
const [w, h, q, out, reveal] = process.argv.slice(2);
const srv = await startServer({ dir: 'dist', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await (await b.newContext({ viewport: { width: +w, height: +h } })).newPage();
await p.goto(srv.url + q); await p.waitForSelector('html[data-ready]');
if (reveal) { await p.locator('.panel button.reveal').click(); await p.waitForTimeout(200); }
const sel = process.argv[7];
if (sel === 'top') { await p.evaluate(() => scrollTo(0, 0)); await p.waitForTimeout(100); } else if (sel) { await p.locator(sel).scrollIntoViewIfNeeded(); }
await p.screenshot({ path: out });
await b.close(); await srv.close();
