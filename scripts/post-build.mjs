#!/usr/bin/env node
// Trunk's post-build hook (Trunk.toml [[hooks]]): finishes the site in Trunk's staging folder.
//
// - Ships each language's words (target/lesson-text/<lang>.json, written by build.rs) as
//   text/<lang>-<hash>.json, and writes their names and the words index.html shows before
//   the lesson runs into index.html's <script id="ripe-boot">: the first load fetches one
//   language only, and a new release never mixes with an old cached file.
// - Fills the <noscript> message and the page description from content/<lang>/ui.toml.
// - Minifies wasm-bindgen's JS glue (release builds): about 1.8 KB less gzip on every load.
// - Release builds: a web app manifest and a service worker (sw.js) that precaches exactly
//   the built files, so the lesson installs and works offline (writeServiceWorker).
// - Writes a Brotli copy (.br) beside every text asset, for servers that can serve them.
//
//   node scripts/post-build.mjs [staging-dir]     (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** JSON that is safe inside <script>: no "</script>" or "<!--" can end it early. */
export const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

const escapeHtml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The boot data and the hashed word files of every language built: for each language its
 * first part (`part: 'first'`) and the later screens' part (`part: 'later'`).
 */
export async function languageFiles(textDir = path.join(root, 'target', 'lesson-text')) {
  const words = JSON.parse(await readFile(path.join(textDir, 'boot.json'), 'utf8'));
  const out = [];
  for (const code of Object.keys(words)) {
    for (const part of ['first', 'later']) {
      const suffix = part === 'first' ? '' : '-later';
      const body = await readFile(path.join(textDir, `${code}${suffix}.json`));
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
      out.push({ code, part, body, name: `text/${code}${suffix}-${hash}.json` });
    }
  }
  return { words, files: out };
}

/** index.html with the boot data, the <noscript> words and the description filled in. */
export function fillIndex(html, words, files, extra = {}) {
  const names = (part) => Object.fromEntries(files.filter((f) => f.part === part).map((f) => [f.code, f.name]));
  // The page keeps only the words it shows before the lesson runs (the <noscript> text and
  // the description are written into the HTML below).
  // (The title too is set by the lesson as it starts.)
  const shown = ['tag', 'boot.failed', 'boot.loading'];
  const bootWords = Object.fromEntries(
    Object.entries(words).map(([code, w]) => [code, Object.fromEntries(shown.filter((k) => k in w).map((k) => [k, w[k]]))]),
  );
  // The later screens' stylesheet and the print one leave the first load: index.html's
  // loader adds them with the later words.
  const css = [];
  for (const m of [...html.matchAll(/<link\b[^>]*\bhref=["']?(\.\/(?:later|print)-[0-9a-f]+\.css)["']?[^>]*>/g)]) {
    html = html.replace(m[0], '');
    css.push(m[1]);
  }
  const boot = { files: names('first'), later: names('later'), words: bootWords, ...(css.length ? { css } : {}), ...extra };
  const noscript = Object.entries(words)
    .map(([, w]) => `<p lang="${escapeHtml(w.tag)}">${escapeHtml(w['boot.noscript'])}</p>`)
    .join('\n        ');
  const en = words.en || Object.values(words)[0];
  // Matched loosely: Trunk's minifier may reorder and unquote attributes, and drops comments.
  const filled = html
    .replace(/(<script[^>]*\bid=["']?ripe-boot["']?[^>]*>)[\s\S]*?(<\/script>)/, (_, a, b) => a + scriptJson(boot) + b)
    .replace(/(<div[^>]*\bclass=["']?noscript["']?[^>]*>[\s\S]*?<\/h1>)/, (_, a) => a + noscript)
    .replace(/<meta[^>]*\bname=["']?description["']?[^>]*>/, `<meta name="description" content="${escapeHtml(en['boot.description'])}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(en['boot.title'])}</title>`);
  for (const [what, ok] of [['#ripe-boot', filled.includes('"files"')], ['<noscript> words', filled.includes(noscript)]]) {
    if (!ok) throw new Error(`post-build: index.html has no ${what} to fill in`);
  }
  return filled;
}

async function* walk(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Brotli copies of the text assets, kept only where they are smaller. */
export async function precompress(dir) {
  let n = 0;
  for await (const p of walk(dir)) {
    if (!/\.(wasm|js|mjs|css|html|json|svg|txt|webmanifest)$/.test(p)) continue;
    const buf = await readFile(p);
    const br = brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    });
    if (br.length < buf.length) {
      await writeFile(`${p}.br`, br);
      n++;
    }
  }
  return n;
}

/** Minifies the JS files Trunk wrote (the wasm-bindgen glue), in place. */
export async function minifyJs(dir) {
  const { minify } = await import('terser');
  let n = 0;
  for (const e of await readdir(dir)) {
    if (!e.endsWith('.js')) continue;
    const p = path.join(dir, e);
    const out = await minify(await readFile(p, 'utf8'), { module: true, compress: true, mangle: true });
    await writeFile(p, out.code);
    n++;
  }
  return n;
}

/** Every file of a built folder, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir) {
  const out = [];
  for await (const p of walk(dir)) out.push(path.relative(dir, p).split(path.sep).join('/'));
  return out.sort();
}

/** index.html with the web app manifest linked (release builds). */
export function linkManifest(html) {
  const link = '<link rel="manifest" href="manifest.webmanifest">';
  const at = html.indexOf('</head>');
  if (at === -1) throw new Error('post-build: index.html has no </head> for the manifest link');
  return html.slice(0, at) + link + html.slice(at);
}

/**
 * manifest.webmanifest: installable from any sub-path (start_url and scope are relative to
 * the manifest), in the first language's words; icons from static/icons (scripts/icons.mjs).
 */
export async function writeManifest(dir, words) {
  const code = words.en ? 'en' : Object.keys(words)[0];
  const w = words[code];
  const name = w['boot.title'];
  const manifest = {
    name,
    // "Ripe for Peace: why the Tajik peace talks succeeded in 1997" → "Ripe for Peace".
    short_name: name.split(/:\s/)[0],
    description: w['boot.description'],
    lang: w.tag,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f5f5b',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  await writeFile(path.join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Files the service worker does not precache: itself and the Brotli copies. */
const notPrecached = (f) => f === 'sw.js' || f.endsWith('.br');

/**
 * sw.js: precaches exactly the built files (listed here, at build time) under a cache named
 * after a hash of their contents, and serves them, offline too. A new release is a new
 * sw.js: the browser installs it beside the old one, the page offers to reload, and only
 * then does it take over and delete the old cache, so one page never mixes two releases.
 * Returns { version, files }.
 */
export async function writeServiceWorker(dir) {
  const files = (await listFiles(dir)).filter((f) => !notPrecached(f));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(await readFile(path.join(dir, f))).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const sw = `// Ripe for Peace's service worker, written by scripts/post-build.mjs at build time.
// It serves the lesson offline from one cache per release (see writeServiceWorker there).
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(files)};
// Per scope: two copies of the lesson on one site (two courses) keep their own caches.
const PREFIX = 'ripe-for-peace:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // Straight from the server, not from the browser's HTTP cache (unhashed names).
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
    await Promise.all(old.map((n) => caches.delete(n)));
    // A first install takes over the open page at once, so it keeps working offline.
    if (!old.length) await self.clients.claim();
  })());
});

// The page asks for the new release once the student chose to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'ripe-for-peace:update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    // Any address of the lesson (?phase=2, the folder itself) is its index.html.
    if (req.mode === 'navigate') {
      const index = await cache.match('index.html');
      if (index) return index;
    }
    return fetch(req);
  })());
});
`;
  await writeFile(path.join(dir, 'sw.js'), sw);
  return { version, files };
}

async function main() {
  const staging = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('post-build: no staging folder (run by Trunk, or pass one)');
  const { words, files } = await languageFiles();
  await mkdir(path.join(staging, 'text'), { recursive: true });
  for (const f of files) await writeFile(path.join(staging, f.name), f.body);
  const indexPath = path.join(staging, 'index.html');
  const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
  // Offline use in release builds only: `trunk serve` (development) has no service worker.
  const html = fillIndex(await readFile(indexPath, 'utf8'), words, files, release ? { sw: 'sw.js' } : {});
  await writeFile(indexPath, release ? linkManifest(html) : html);
  let offline = '';
  if (release) {
    await minifyJs(staging);
    await writeManifest(staging, words);
    const sw = await writeServiceWorker(staging);
    offline = `; sw.js precaches ${sw.files.length} files (release ${sw.version})`;
  }
  const compressed = release ? await precompress(staging) : 0;
  const codes = [...new Set(files.map((f) => f.code))];
  console.log(`post-build: ${codes.length} language(s) (${codes.join(', ')}); ${compressed} Brotli copies${offline}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}
