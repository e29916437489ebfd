#!/usr/bin/env node
// A dependency-free static server for the built lesson, as a course site or LMS would host it.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8090] [--base /course/ripe/]
//
// - serves --dir under the sub-path --base (index.html for the directory URL itself);
// - serves tests/e2e/fixtures/ under /host/ (pages that embed the lesson in an iframe);
// - --no-cors leaves out Access-Control-Allow-Origin, as most plain static servers do;
// - GET and HEAD only, 127.0.0.1 only, no directory listings, no path traversal;
// - prints "serving <dir> at http://127.0.0.1:<port><base>" once it is listening.
// --port 0 picks a free port (the printed URL says which).

import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function parseArgs(argv) {
  const opts = { dir: 'dist', port: 8090, base: '/course/ripe/' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (key === '--dir') opts.dir = value();
    else if (key === '--no-cors') opts.cors = false;
    else if (key === '--port') opts.port = Number(value());
    else if (key === '--base') opts.base = value();
    else if (key === '--help' || key === '-h') {
      console.log('usage: node scripts/serve-dist.mjs [--dir dist] [--port 8090] [--base /course/ripe/]');
      process.exit(0);
    } else {
      console.error(`serve-dist: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error(`serve-dist: bad --port ${opts.port}`);
    process.exit(2);
  }
  opts.base = normaliseBase(opts.base);
  return opts;
}

function normaliseBase(base) {
  let b = String(base || '/');
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** Maps a URL path to a file inside `root`, or null when it would escape it. */
function resolveInside(root, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Reject any ".." segment outright rather than normalising it away.
  if (decoded.split('/').some((seg) => seg === '..')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/**
 * Starts the server. Returns { server, url, port, close() }.
 * Used by scripts/bench.mjs as well as from the command line.
 */
// `cors: false` serves as plain static servers, LMS file areas and `python3 -m http.server`
// do (no Access-Control-Allow-Origin); `mounts` adds folders: [{ prefix: '/x/', root }].
export async function startServer({ dir = 'dist', port = 8090, base = '/course/ripe/', fixtures, cors = true, mounts: extra = [] } = {}) {
  base = normaliseBase(base);
  const siteRoot = path.resolve(dir);
  const hostRoot = path.resolve(fixtures ?? path.join(ROOT, 'tests', 'e2e', 'fixtures'));
  const mounts = [
    { prefix: base, root: siteRoot },
    { prefix: '/host/', root: hostRoot },
    ...extra.map((m) => ({ prefix: normaliseBase(m.prefix), root: path.resolve(m.root) })),
  ];

  const info = await stat(siteRoot).catch(() => null);
  if (!info || !info.isDirectory()) {
    throw new Error(`serve-dist: ${siteRoot} is not a directory (run \`make build\` first?)`);
  }

  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      const buf = Buffer.from(body);
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': buf.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : buf);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }

    let pathname;
    try {
      pathname = new URL(req.url, `http://${HOST}`).pathname;
    } catch {
      return send(400, 'Bad Request\n');
    }

    // The sub-path without its trailing slash redirects, as static hosts do.
    for (const m of mounts) {
      if (pathname === m.prefix.slice(0, -1)) {
        const q = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return send(301, `Moved to ${m.prefix}\n`, { Location: m.prefix + q });
      }
    }

    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return send(404, 'Not Found\n');

    let file = resolveInside(mount.root, pathname.slice(mount.prefix.length));
    if (!file) return send(404, 'Not Found\n');

    let st = await stat(file).catch(() => null);
    if (st && st.isDirectory()) {
      if (!pathname.endsWith('/')) return send(404, 'Not Found\n');
      file = path.join(file, 'index.html');
      st = await stat(file).catch(() => null);
    }
    if (!st || !st.isFile()) return send(404, 'Not Found\n');

    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body;
    try {
      body = await readFile(file);
    } catch {
      return send(404, 'Not Found\n');
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      // As GitHub Pages and most CDNs do: a frame sandboxed without allow-same-origin
      // (origin "null") fetches the lesson's module and wasm as cross-origin requests.
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  const actualPort = server.address().port;
  const url = `http://${HOST}:${actualPort}${base}`;
  return {
    server,
    url,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    const { url, close } = await startServer(opts);
    console.log(`serving ${path.resolve(opts.dir)} at ${url} (fixtures at ${new URL('/host/', url)})`);
    const stop = () => close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(err.code === 'EADDRINUSE' ? `serve-dist: port ${opts.port} is in use` : err.message);
    process.exit(1);
  }
}
