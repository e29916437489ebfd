#!/usr/bin/env node
// The first-load download budget of the built lesson.
//
//   node scripts/size-budget.mjs [dist] [--budget-kb 400]
//
// First-load files: index.html, every stylesheet, script, module preload, wasm preload and
// icon it references, the modules its inline <script type="module"> imports, any .wasm
// those scripts name, and the largest language's words (index.html fetches one language). Each is gzipped (zlib level 9); the gzipped total must not exceed the
// budget (1 KB = 1024 bytes). Exit 1 when over budget or when a referenced file is missing.
// The last line is always "size: 1 passed, 0 failed" or "size: 0 passed, 1 failed".
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Attributes of every `<tag ...>` in html, as lower-cased-name → value maps. */
function tags(html, name) {
  const out = [];
  const re = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push({ attrs, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Relative specifiers that a JS text imports or fetches: import/from, import(), wasm paths. */
function jsReferences(js) {
  const refs = new Set();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bnew\s+URL\s*\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
    /['"]([^'"\s]+\.wasm)['"]/g,
  ];
  for (const re of patterns) for (const m of js.matchAll(re)) refs.add(m[1]);
  return [...refs];
}

const isExternal = (ref) => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');

/**
 * Finds the first-load files of `dist`. Returns { files: [{ rel, why }], missing: [], external: [] }.
 * Exported for scripts/bench.mjs.
 */
export async function firstLoadFiles(dist) {
  const root = path.resolve(dist);
  const files = new Map(); // rel path → why
  const missing = [];
  const external = [];
  const notes = [];
  const languages = [];
  const fromJs = new Set(); // files named only inside JS (may be an unused default path)
  const queue = [];

  const add = (ref, fromRel, why) => {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return;
    if (isExternal(ref)) {
      external.push(`${ref} (${why})`);
      return;
    }
    const clean = ref.split(/[?#]/)[0];
    const base = path.posix.dirname(fromRel);
    const rel = clean.startsWith('/')
      ? clean.replace(/^\/+/, '') // root-relative: assume dist is the site root
      : path.posix.normalize(path.posix.join(base, clean));
    if (rel.startsWith('..')) {
      missing.push(`${ref} (outside ${dist})`);
      return;
    }
    if (!files.has(rel)) {
      files.set(rel, why);
      if (fromRel !== 'index.html') fromJs.add(rel);
      if (/\.m?js$/i.test(rel)) queue.push(rel);
    }
  };

  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  files.set('index.html', 'entry');

  for (const { attrs } of tags(html, 'link')) {
    const rel = (attrs.rel || '').toLowerCase().split(/\s+/);
    const href = attrs.href;
    if (!href) continue;
    if (rel.includes('stylesheet')) add(href, 'index.html', 'stylesheet');
    else if (rel.includes('modulepreload')) add(href, 'index.html', 'modulepreload');
    else if (rel.includes('preload')) {
      const as = (attrs.as || '').toLowerCase();
      const type = (attrs.type || '').toLowerCase();
      if (as === 'script' || as === 'style' || type === 'application/wasm' || /\.(wasm|m?js|css)$/i.test(href)) {
        add(href, 'index.html', `preload as=${as || '?'}`);
      }
    } else if (rel.includes('icon')) add(href, 'index.html', 'icon');
  }
  const scripts = tags(html, 'script');
  for (const { attrs, end } of scripts) {
    // The lesson's words: index.html fetches one language's file on the first load
    // (scripts/post-build.mjs); count the largest, the worst case.
    if (attrs.id === 'ripe-boot') {
      const close = html.indexOf('</script>', end);
      let boot = {};
      try {
        boot = JSON.parse(html.slice(end, close));
      } catch {
        notes.push('index.html: #ripe-boot is not JSON');
      }
      for (const [code, f] of Object.entries(boot.files || {})) {
        const body = await readFile(path.join(root, f)).catch(() => null);
        if (body) languages.push({ code, f, gzip: gzipSize(body) });
        else missing.push(`${f} (a language's words)`);
      }
      languages.sort((a, b) => b.gzip - a.gzip);
      if (languages[0]) add(languages[0].f, 'index.html', `the largest language's words (${languages.length} language(s))`);
      continue;
    }
    if (attrs.src) {
      add(attrs.src, 'index.html', 'script');
    } else {
      const close = html.indexOf('</script>', end);
      const body = html.slice(end, close === -1 ? undefined : close);
      for (const ref of jsReferences(body)) add(ref, 'index.html', 'inline script');
    }
  }

  // Follow the JS: static imports and the .wasm it loads.
  while (queue.length) {
    const rel = queue.shift();
    let js;
    try {
      js = await readFile(path.join(root, rel), 'utf8');
    } catch {
      continue; // reported as missing below
    }
    for (const ref of jsReferences(js)) {
      if (/^[./]/.test(ref) || /\.wasm$/i.test(ref)) add(ref, rel, `imported by ${rel}`);
    }
  }

  const list = [];
  for (const [rel, why] of files) {
    const st = await stat(path.join(root, rel)).catch(() => null);
    if (st && st.isFile()) list.push({ rel, why, path: path.join(root, rel) });
    // wasm-bindgen's glue names an unhashed default .wasm that Trunk's loader never fetches
    // (it passes module_or_path): a file named only in JS and absent is not a first-load file.
    else if (fromJs.has(rel)) notes.push(`not counted: ${rel} (${why}) does not exist`);
    else missing.push(`${rel} (${why})`);
  }
  return { files: list, missing, external, notes, languages };
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const kb = (n) => (n / 1024).toFixed(1);

async function main() {
  const args = process.argv.slice(2);
  let dist = 'dist';
  let budgetKb = 400;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--budget-kb') budgetKb = Number(args[++i]);
    else if (args[i].startsWith('--budget-kb=')) budgetKb = Number(args[i].split('=')[1]);
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log('usage: node scripts/size-budget.mjs [dist] [--budget-kb 400]');
      return 0;
    } else if (!args[i].startsWith('--')) dist = args[i];
    else {
      console.error(`size-budget: unknown argument ${args[i]}`);
      console.log('size: 0 passed, 1 failed');
      return 1;
    }
  }
  if (!(budgetKb > 0)) {
    console.error('size-budget: --budget-kb must be a positive number');
    console.log('size: 0 passed, 1 failed');
    return 1;
  }

  let found;
  try {
    found = await firstLoadFiles(dist);
  } catch (err) {
    console.error(`size-budget: cannot read ${path.join(dist, 'index.html')}: ${err.message}`);
    console.log('size: 0 passed, 1 failed');
    return 1;
  }

  const rows = [];
  for (const f of found.files) {
    const buf = await readFile(f.path);
    rows.push({ file: f.rel, raw: buf.length, gzip: gzipSize(buf) });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

  const w = Math.max(4, ...rows.map((r) => r.file.length), 'total'.length);
  const line = (a, b, c) => `${a.padEnd(w)}  ${b.padStart(12)}  ${c.padStart(12)}`;
  console.log(`First-load files of ${path.resolve(dist)} (gzip level 9; 1 KB = 1024 bytes)`);
  console.log(line('file', 'raw', 'gzip'));
  console.log(line('-'.repeat(w), '-'.repeat(12), '-'.repeat(12)));
  for (const r of rows) console.log(line(r.file, `${kb(r.raw)} KB`, `${kb(r.gzip)} KB`));
  console.log(line('-'.repeat(w), '-'.repeat(12), '-'.repeat(12)));
  console.log(line('total', `${kb(total.raw)} KB`, `${kb(total.gzip)} KB`));
  // The same first load with each language's words instead of the largest.
  const langs = found.languages || [];
  if (langs.length > 1) {
    const base = total.gzip - langs[0].gzip;
    console.log(`by language (gzip): ${langs.map((l) => `${l.code} ${kb(base + l.gzip)} KB`).join(', ')}`);
  }

  const problems = [];
  for (const m of found.missing) problems.push(`referenced but missing: ${m}`);
  for (const e of found.external) problems.push(`references another host: ${e}`);
  if (!rows.some((r) => r.file.endsWith('.wasm'))) problems.push('no .wasm file found among the first-load files');
  if (total.gzip > budgetKb * 1024) {
    problems.push(`gzipped first load ${kb(total.gzip)} KB exceeds the budget of ${budgetKb} KB ` +
      `by ${kb(total.gzip - budgetKb * 1024)} KB`);
  } else {
    console.log(`within budget: ${kb(total.gzip)} KB of ${budgetKb} KB gzipped ` +
      `(${((100 * total.gzip) / (budgetKb * 1024)).toFixed(0)}%)`);
  }
  for (const n of found.notes) console.log(`note: ${n}`);
  for (const p of problems) console.log(`FAIL: ${p}`);
  const ok = problems.length === 0;
  console.log(ok ? 'size: 1 passed, 0 failed' : 'size: 0 passed, 1 failed');
  return ok ? 0 : 1;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) process.exitCode = await main();
