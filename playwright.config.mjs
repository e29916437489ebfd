// Browser tests for the built lesson (dist/), served under a sub-path as a course site would.
//
//   npx playwright test                         # both widths
//   npx playwright test --project=phone         # 360 px only
//   npx playwright test --grep-invert @phase-hooks   # the app shell only
//
// Environment: RIPE_DIST (default dist) serves another build folder; RIPE_PORT (default 8090);
// CHROMIUM (default /usr/bin/chromium). Playwright's own browser download does not work here:
// the tests always run Debian's Chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.RIPE_PORT || 8090);
const DIST = process.env.RIPE_DIST || 'dist';
export const BASE_PATH = '/course/ripe/';
const BASE_URL = `http://127.0.0.1:${PORT}${BASE_PATH}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'test-results/',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/e2e/summary-reporter.mjs']],
  timeout: 60_000,
  expect: { timeout: 10_000 },

  webServer: {
    command: `node scripts/serve-dist.mjs --dir "${DIST}" --port ${PORT} --base ${BASE_PATH}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },

  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
  },

  projects: [
    // Runs first: if the lesson does not even render, say why once instead of failing
    // every test after a timeout (the other projects are then reported as "did not run").
    {
      name: 'smoke',
      testMatch: 'smoke.setup.mjs',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'desktop',
      dependencies: ['smoke'],
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      dependencies: ['smoke'],
      use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false },
    },
  ],
});
