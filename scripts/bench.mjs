#!/usr/bin/env node
// Sizes and load times of the built lesson (figures to watch, not assertions).
//
//   node scripts/bench.mjs [--runs 10] [--dir dist]
//
// 1. For every .wasm, .js and .css file in dist/: raw, gzip (level 9) and brotli (quality 11)
//    sizes, and the first-load total (the files scripts/size-budget.mjs counts).
// 2. Serves dist/ under /course/ripe/ on a free port and loads it N times in Debian's Chromium,
//    each time in a new browser context (empty cache), measuring the time from navigation
//    start to the app's performance mark "ripe:rendered" — first as is, then with the CPU
//    slowed 4× (DevTools protocol Emulation.setCPUThrottlingRate, set before navigation).
//    Prints median, min, max and the interquartile range of each.
// Exits 0 unless something breaks (no dist/, no browser, the app never renders).
import { chromium } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { startServer } from './serve-dist.mjs';
import { firstLoadFiles } from './size-budget.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const MARK = 'ripe:rendered';

function parseArgs(argv) {
  const o = { runs: 10, dir: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const v = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--runs') o.runs = Number(v());
    else if (k === '--dir') o.dir = v();
    else if (k === '-h' || k === '--help') {
      console.log('usage: node scripts/bench.mjs [--runs 10] [--dir dist]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (o.runs < 10) console.log(`note: --runs ${o.runs} is fewer than 10; figures will be noisy`);
  return o;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) =>
  brotliCompressSync(b, {
    params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(fmt(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
}

/** Quantile with linear interpolation between closest ranks (sorted input). */
function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  const q1 = quantile(s, 0.25);
  const q3 = quantile(s, 0.75);
  return { median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1, q3, iqr: q3 - q1 };
}

async function sizes(dir) {
  const root = path.resolve(dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(wasm|m?js|css)$/i.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .sort((a, b) => path.extname(a).localeCompare(path.extname(b)) || a.localeCompare(b));

  console.log(`\n== Sizes: ${root} (gzip level 9, brotli quality 11; 1 KB = 1024 bytes)\n`);
  const rows = [];
  for (const f of files) {
    const b = await readFile(path.join(root, f));
    rows.push([f, kb(b.length), kb(gz(b)), kb(br(b))]);
  }
  table(rows, ['file', 'raw', 'gzip', 'brotli']);

  const first = await firstLoadFiles(dir);
  let raw = 0, g = 0, b2 = 0;
  for (const f of first.files) {
    const b = await readFile(f.path);
    raw += b.length;
    g += gz(b);
    b2 += br(b);
  }
  console.log(`\nfirst load (${first.files.map((f) => f.rel).join(', ')}):`);
  console.log(`  raw ${kb(raw)}, gzip ${kb(g)}, brotli ${kb(b2)}`);
}

async function oneLoad(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, {
        timeout: 60_000,
        polling: 50,
      });
    } catch (err) {
      throw new Error(`the app never set the "${MARK}" mark: ${errors.join(' | ') || err.message}`);
    }
    return await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, MARK);
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await sizes(opts.dir);

  const srv = await startServer({ dir: opts.dir, port: 0 });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    console.log(`\n== Load time: navigation start → performance mark "${MARK}"`);
    console.log(`   ${srv.url} in Chromium ${browser.version()}, ${opts.runs} cold loads each ` +
      `(new context, empty cache; one warm-up load discarded)\n`);

    const rows = [];
    for (const [label, rate] of [['no throttling', 0], ['CPU 4x slower', 4]]) {
      await oneLoad(browser, srv.url, rate); // warm-up: browser and server start-up
      const times = [];
      for (let i = 0; i < opts.runs; i++) times.push(await oneLoad(browser, srv.url, rate));
      const s = summary(times);
      const ms = (x) => `${x.toFixed(0)} ms`;
      rows.push([label, ms(s.median), ms(s.min), ms(s.max), `${ms(s.iqr)} (${ms(s.q1)}–${ms(s.q3)})`]);
      console.log(`${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    }
    console.log('');
    table(rows, ['', 'median', 'min', 'max', 'IQR (Q1–Q3)']);
  } finally {
    await browser?.close();
    await srv.close();
  }
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
