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
// 3. The same first load and render time for a bare Yew 0.23 app (one slider, one paragraph;
//    benches/floor, built by `make bench` into target/floor-dist), and the lesson's figures as
//    a ratio to that floor.
// 4. Slider → panel: on phase 2 (revealed), the time from an `input` event on a slider to the
//    panel showing the new board (its data-board attribute), over 100 changes with the CPU
//    slowed 4×: p50 and p95. The floor's slider → paragraph for comparison.
// Exits 0 unless something breaks (no dist/, no browser, the app never renders).
import { chromium } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zc } from 'node:zlib';
import { startServer } from './serve-dist.mjs';
import { firstLoadFiles, gzipSize } from './size-budget.mjs';

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
  const o = { runs: 10, dir: 'dist', floor: 'target/floor-dist', changes: 100 };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const v = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--runs') o.runs = Number(v());
    else if (k === '--dir') o.dir = v();
    else if (k === '--floor') o.floor = v();
    else if (k === '--changes') o.changes = Number(v());
    else if (k === '-h' || k === '--help') {
      console.log('usage: node scripts/bench.mjs [--runs 10] [--dir dist] [--floor target/floor-dist] [--changes 100]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (o.runs < 10) console.log(`note: --runs ${o.runs} is fewer than 10; figures will be noisy`);
  return o;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = gzipSize;
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
  return { median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1, q3, iqr: q3 - q1, sorted: s };
}

const quantileOf = (summ, q) => quantile(summ.sorted, q);

async function firstLoadGzip(dir) {
  const first = await firstLoadFiles(dir);
  let g = 0;
  for (const f of first.files) g += gz(await readFile(f.path));
  return g;
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
  return g;
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

async function loadTimes(browser, url, runs) {
  const out = {};
  for (const [label, rate] of [['no throttling', 0], ['CPU 4x slower', 4]]) {
    await oneLoad(browser, url, rate); // warm-up: browser and server start-up
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await oneLoad(browser, url, rate));
    out[label] = { times, ...summary(times) };
  }
  return out;
}

/**
 * Time from a slider's input event to the view showing it, `n` times, CPU slowed 4×.
 * `done(v)` runs in the page and says whether the view shows value `v`.
 */
async function sliderLatency(browser, url, { slider, values, done, prepare }, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK);
    if (prepare) await prepare(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = await page.evaluate(
      async ({ slider, values, done, n }) => {
        const check = new Function('v', `return (${done})(v);`);
        const input = document.querySelector(slider);
        const out = [];
        for (let i = 0; i < n; i++) {
          const v = values[i % values.length];
          // A MutationObserver sees the DOM change in the microtask after it happens:
          // no polling delay in the figure.
          const seen = new Promise((resolve) => {
            const mo = new MutationObserver(() => {
              if (check(v)) {
                mo.disconnect();
                resolve(performance.now());
              }
            });
            mo.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
          });
          const t0 = performance.now();
          input.value = String(v);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          out.push((await seen) - t0);
          // Let the browser draw the frame before the next change, as a student would.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        return out;
      },
      { slider, values, done: done.toString(), n },
    );
    return summary(times);
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const lessonGzip = await sizes(opts.dir);

  const srv = await startServer({ dir: opts.dir, port: 0 });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    console.log(`\n== Load time: navigation start → performance mark "${MARK}"`);
    console.log(`   ${srv.url} in Chromium ${browser.version()}, ${opts.runs} cold loads each ` +
      `(new context, empty cache; one warm-up load discarded)\n`);

    const lesson = await loadTimes(browser, srv.url, opts.runs);
    const rows = [];
    const ms = (x) => `${x.toFixed(0)} ms`;
    for (const [label, s] of Object.entries(lesson)) {
      rows.push([label, ms(s.median), ms(s.min), ms(s.max), `${ms(s.iqr)} (${ms(s.q1)}–${ms(s.q3)})`]);
      console.log(`${label}: ${s.times.map((t) => t.toFixed(0)).join(', ')} ms`);
    }
    console.log('');
    table(rows, ['', 'median', 'min', 'max', 'IQR (Q1–Q3)']);

    // The floor: a bare Yew app, same profile, same tools, same server.
    let floor = null;
    const floorSrv = await startServer({ dir: opts.floor, port: 0 }).catch(() => null);
    if (floorSrv) {
      try {
        floor = await loadTimes(browser, floorSrv.url, opts.runs);
        floor.gzip = await firstLoadGzip(opts.floor);
        floor.slider = await sliderLatency(browser, floorSrv.url, {
          slider: '#f',
          values: [2, 3],
          done: (v) => document.querySelector('[data-value]').dataset.value === String(v),
        }, opts.changes);
      } finally {
        await floorSrv.close();
      }
    } else {
      console.log(`\nno floor build at ${opts.floor}: run \`make bench\`, which builds benches/floor`);
    }

    const p2 = `${srv.url}?phase=2`;
    const slider = await sliderLatency(browser, p2, {
      slider: '#f-taliban',
      values: [4, 3],
      done: (v) => (document.querySelector('.panel[data-board]')?.dataset.board || '')[7] === String(v),
      prepare: async (page) => {
        await page.locator('.panel button.reveal').click();
        await page.waitForSelector('.panel:not(.covered)');
      },
    }, opts.changes);

    console.log(`\n== The lesson against the floor (a bare Yew 0.23 app; benches/floor)\n`);
    const r = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
    const out = [
      ['first load, gzip', kb(lessonGzip), floor ? kb(floor.gzip) : '–', floor ? r(lessonGzip, floor.gzip) : '–'],
    ];
    for (const label of Object.keys(lesson)) {
      out.push([`first render, ${label} (median)`, ms(lesson[label].median),
        floor ? ms(floor[label].median) : '–', floor ? r(lesson[label].median, floor[label].median) : '–']);
    }
    out.push([`slider → panel, CPU 4x (p50, ${opts.changes} changes)`, ms(slider.median), floor ? ms(floor.slider.median) : '–', '']);
    out.push([`slider → panel, CPU 4x (p95)`, ms(quantileOf(slider, 0.95)), floor ? ms(quantileOf(floor.slider, 0.95)) : '–', '']);
    table(out, ['', 'lesson', 'floor', 'ratio']);
    console.log('\ngoals (issue 9): first load ≤ 250 KB gzip; first render ≤ 1.3× the floor; slider → panel ≤ 16 ms p95 at 4x');
  } finally {
    await browser?.close();
    await srv.close();
  }
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
