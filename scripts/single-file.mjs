#!/usr/bin/env node
// The whole lesson in one HTML file (`make single`): for a USB stick, a double-click from a
// folder (file://), any static server without special headers, and a frame sandboxed with
// allow-scripts only (origin "null", where every other file would be a cross-origin fetch).
//
//   node scripts/single-file.mjs [dist] [out]
//        (default: target/dist-portable dist-single/ripe-for-peace.html)
//
// From the release build with the `portable` feature (`make portable`), which can show the
// source texts in the page:
// - the stylesheets become <style>, the favicon a data: URL; preloads and the manifest go
//   (no service worker either: a file has no origin to install one in);
// - the wasm-bindgen glue is inlined in a module script (its `export` line dropped) and the
//   wasm travels as base64, instantiated from bytes (no fetch);
// - every language's words go inline in the boot data (`boot.inline`, which index.html
//   already reads instead of fetching);
// - the source texts the Sources screen opens go in <script id="ripe-sources">, shown in
//   the page (src/components/source_text.rs) since there is no folder to link to.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { scriptJson } from './post-build.mjs';

/** The attributes of one tag's text (`<link href=x rel=stylesheet>`). */
export function attrs(tag) {
  const out = {};
  for (const a of tag.matchAll(/([^\s=/<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
  }
  return out;
}

const local = (href) => href.replace(/^\.\//, '').split(/[?#]/)[0];

/** The boot data of an index.html and a function that writes it back. */
export function bootData(html) {
  const re = /(<script[^>]*\bid=["']?ripe-boot["']?[^>]*>)([\s\S]*?)(<\/script>)/;
  const m = re.exec(html);
  if (!m) throw new Error('index.html has no <script id="ripe-boot">');
  return {
    boot: JSON.parse(m[2]),
    write: (boot) => html.replace(re, (_, a, _b, c) => a + scriptJson(boot) + c),
  };
}

/** Removes the offline parts of a built index.html: the manifest link and the worker. */
export function withoutOffline(html) {
  const { boot, write } = bootData(html.replace(/<link[^>]*\brel=["']?manifest["']?[^>]*>/g, ''));
  delete boot.sw;
  return { html: write(boot), boot };
}

/** Builds the single file's text from a release build folder. */
export async function singleFile(dist = 'target/dist-portable') {
  const read = (rel, enc) => readFile(path.join(dist, rel), enc);
  // A stylesheet's text, safe inside <style>.
  const css = async (href) => {
    const text = await read(local(href), 'utf8');
    if (/<\/style/i.test(text)) throw new Error(`${href}: contains </style>`);
    return text;
  };
  let { html, boot } = withoutOffline(await read('index.html', 'utf8'));

  // Every language's words, inline.
  boot.inline = {};
  for (const [code, file] of Object.entries(boot.files || {})) boot.inline[code] = JSON.parse(await read(file, 'utf8'));
  for (const [code, file] of Object.entries(boot.later || {})) boot.inline[`${code}-later`] = JSON.parse(await read(file, 'utf8'));
  // The later screens' stylesheet, which the served lesson fetches with the later words.
  let laterCss = '';
  for (const href of boot.css || []) laterCss += await css(href);
  delete boot.css;
  html = bootData(html).write(boot);
  if (laterCss) html = html.replace('</head>', () => `<style>${laterCss}</style></head>`);

  // Stylesheets, icons, preloads.
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  for (const tag of links) {
    const a = attrs(tag);
    const rel = (a.rel || '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) {
      const text = await css(a.href);
      html = html.replace(tag, () => `<style>${text}</style>`);
    } else if (rel.includes('icon')) {
      const body = await read(local(a.href));
      const type = a.href.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
      html = html.replace(tag, () => `<link rel="icon" type="${type}" href="data:${type};base64,${body.toString('base64')}">`);
    } else if (rel.includes('preload') || rel.includes('modulepreload')) {
      html = html.replace(tag, '');
    }
  }

  // Trunk's loader: `import init, * as bindings from './x.js'; await init({ module_or_path: './x_bg.wasm' })`.
  const loader = /<script type=["']?module["']?>([\s\S]*?)<\/script>/.exec(html);
  if (!loader) throw new Error('index.html has no module script (Trunk\'s loader)');
  const js = /from\s*['"]\.\/([^'"]+\.js)['"]/.exec(loader[1])?.[1];
  const wasm = /module_or_path:\s*['"]\.\/([^'"]+\.wasm)['"]/.exec(loader[1])?.[1];
  if (!js || !wasm) throw new Error('Trunk\'s loader does not name the glue and the wasm');
  let glue = await read(js, 'utf8');
  const exp = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(glue);
  if (!exp) throw new Error(`${js}: no export list at its end`);
  const init = exp[1].split(',').map((p) => p.trim().split(/\s+as\s+/)).find(([, as]) => as === 'default')?.[0];
  if (!init || /\bexport\b/.test(glue.slice(0, exp.index))) throw new Error(`${js}: unexpected exports`);
  glue = glue.slice(0, exp.index);
  if (/<\/script/i.test(glue)) throw new Error(`${js}: contains </script>`);
  const wasmBytes = await read(wasm);
  if (!wasmBytes.includes('ripe-sources')) {
    throw new Error(`${dist} was built without the \`portable\` feature: it could not show the source texts (make single)`);
  }
  const bytes = wasmBytes.toString('base64');
  // In a block: the minified glue's top-level names are single letters.
  const module = `${glue}
{
  const text = atob(${JSON.stringify(bytes)}), bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const wasm = await ${init}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}`;
  html = html.replace(loader[0], () => `<script type="module">${module}</script>`);

  // The source texts.
  const sources = {};
  for (const f of (await readdir(path.join(dist, 'sources'))).sort()) {
    if (f.endsWith('.txt')) sources[f] = await read(path.join('sources', f), 'utf8');
  }
  const tag = `<script type="application/json" id="ripe-sources">${scriptJson(sources)}</script>`;
  html = html.replace('</body>', () => `${tag}</body>`);

  // Nothing may point at a file any more.
  const tags = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2>');
  const left = [...tags.matchAll(/<[a-z]+\b[^>]*\b(?:href|src)=["']?(?!data:|#)([^"'\s>]+)/gi)].map((m) => m[1]);
  if (left.length) throw new Error(`the single file still refers to ${left.join(', ')}`);
  return html;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const [dist = 'target/dist-portable', out = 'dist-single/ripe-for-peace.html'] = process.argv.slice(2);
  const html = await singleFile(dist);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, html);
  const raw = Buffer.byteLength(html);
  console.log(`single: ${out}: ${kb(raw)} raw, ${kb(gzipSync(html, { level: 9 }).length)} gzip`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e) => {
    console.error(`single: ${e.message}`);
    process.exitCode = 1;
  });
}
