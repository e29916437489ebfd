#!/usr/bin/env node
// Draws the install icons (static/icons/*.png) from the favicon's mark, in Debian's Chromium.
// Run by hand when the mark changes; the PNGs are committed, so a build needs no browser.
//
//   node scripts/icons.mjs
//
// - icon-192.png, icon-512.png: the mark (a circle, half teal, half amber) on transparent;
// - maskable-512.png: full-bleed paper background with the mark inside the central 80 %
//   "safe zone", so a launcher may crop it to any shape.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'static', 'icons');
const mark = (r) =>
  `<circle cx="256" cy="256" r="${r}" fill="#1f5f5b"/><path d="M256 ${256 - r}a${r} ${r} 0 0 1 0 ${2 * r}z" fill="#e8b04b"/>`;
const icons = [
  { file: 'icon-192.png', size: 192, svg: mark(240) },
  { file: 'icon-512.png', size: 512, svg: mark(240) },
  { file: 'maskable-512.png', size: 512, svg: `<rect width="512" height="512" fill="#fbfaf7"/>${mark(160)}` },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="${size}" height="${size}" style="display:block">${svg}</svg></body></html>`,
    );
    await page.screenshot({ path: path.join(out, file), omitBackground: true });
    await page.close();
    console.log(`static/icons/${file}`);
  }
} finally {
  await browser.close();
}
