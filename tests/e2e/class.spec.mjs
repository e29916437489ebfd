// Class results, as an instructor uses it: 30 students' codes pasted at once with two
// damaged ones, counted right (checked against the students' own records, counted here),
// the damaged lines named, the CSV the same as the tables; a file of codes; a real
// student's code from My work; axe and reflow.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { waitReady, axeViolations, formatViolations, overflowingElements, saveScreen } from './helpers.mjs';

const CONDITIONS = ['process', 'concessions', 'capacity', 'desirability'];
const ITEMS = ['process', 'concessions', 'capacity-government', 'capacity-taliban', 'desirability-government', 'desirability-taliban'];

// Made-up students, from the lesson's own encoder (examples/class_codes.rs).
function students(n, seed) {
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'class_codes', '--', String(n), String(seed)], { encoding: 'utf8' });
  return JSON.parse(out);
}

let class30;
test.beforeAll(() => { class30 = students(30, 11); });

/** The pasted text: a heading line, names beside codes, and two damaged codes. */
function pasted(list) {
  const lines = ['Name\tSubmission'];
  list.forEach((s, i) => lines.push(`Student ${i + 1}\t${s.code}`));
  const good = list[0].code;
  const flipped = good.slice(0, -3) + (good.at(-3) === 'A' ? 'B' : 'A') + good.slice(-2);
  lines.splice(6, 0, `Late student\t${flipped}`); // line 7
  lines.push(`Cut short\t${good.slice(0, 20)}`); // the last line
  return { text: lines.join('\n'), badLines: [7, lines.length] };
}

async function readCodes(page, text) {
  await page.goto('./?screen=class');
  await waitReady(page);
  await page.getByLabel('Class codes, one or more per line').fill(text);
  await page.getByRole('button', { name: 'Show the results' }).click();
}

const cells = (row) => row.locator('td').allInnerTexts();

test('30 codes and two damaged ones: the right counts, the bad lines named, the CSV the same', async ({ page }, testInfo) => {
  const { text, badLines } = pasted(class30);
  await readCodes(page, text);
  await expect(page.locator('.class-status')).toHaveText('30 codes read.');
  const bad = page.locator('.bad-codes li');
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toContainText(`Line ${badLines[0]}: this code is damaged`);
  await expect(bad.nth(1)).toContainText(`Line ${badLines[1]}: this code is damaged`);
  await expect(page.locator('.no-code')).toContainText('ignored: 1.');

  // Predictions, counted here from the students' records.
  for (let ph = 0; ph < 3; ph++) {
    for (let k = 0; k < 4; k++) {
      const want = [1, 2, 0].map((v) => class30.filter((s) => s.predictions[ph][k] === v).length);
      const row = page.locator(`[data-table="predictions-${ph + 1}"] tr[data-row="${CONDITIONS[k]}"]`);
      const got = await cells(row);
      expect(got.slice(0, 3).map(Number), `phase ${ph + 1} ${CONDITIONS[k]}`).toEqual(want);
    }
  }
  // Questions: answered and right at the first try, most missed first.
  const qrows = page.locator('[data-table="questions"] tbody tr');
  const shares = [];
  for (const row of await qrows.all()) {
    const td = await cells(row);
    const answered = Number(td[0]);
    const right = Number(td[1].match(/^(\d+) of/)[1]);
    shares.push((answered - right) / answered);
  }
  for (let i = 1; i < shares.length; i++) expect(shares[i - 1]).toBeGreaterThanOrEqual(shares[i]);
  const totalsHere = class30[0].answers.map((_, q) => ({
    answered: class30.filter((s) => s.answers[q] >= 0).length,
    right: class30.filter((s) => s.right[q] === 1).length,
  }));
  const totalsPage = [];
  for (const row of await qrows.all()) {
    const td = await cells(row);
    totalsPage.push({ answered: Number(td[0]), right: Number(td[1].match(/^(\d+) of/)[1]) });
  }
  const key = (t) => `${t.answered}/${t.right}`;
  expect(totalsPage.map(key).sort()).toEqual(totalsHere.filter((t) => t.answered > 0).map(key).sort());
  // Challenges reached.
  const crows = page.locator('[data-table="challenges"] tbody tr');
  const reached = await crows.evaluateAll((rows) => rows.map((r) => Number(r.querySelector('td').innerText.match(/^(\d+) of 30/)[1])));
  expect(reached).toEqual(class30[0].challenges.map((_, i) => class30.filter((s) => s.challenges[i] === 1).length));
  // Afghanistan judgements.
  for (let j = 0; j < ITEMS.length; j++) {
    const want = [1, 2, 3, 0].map((v) => class30.filter((s) => s.judgements[j] === v).length);
    const got = await cells(page.locator(`[data-table="afghanistan"] tr[data-row="${ITEMS[j]}"]`));
    expect(got.slice(0, 4).map(Number), ITEMS[j]).toEqual(want);
  }

  // The CSV: every count in the tables is in it, under the same names.
  const csvText = page.locator('details.csv-text textarea');
  const csv = await csvText.inputValue();
  const rows = csv.trim().split(/\r?\n/).map((l) => l.split(','));
  expect(rows[0]).toEqual(['Section', 'Phase', 'Item', 'Choice', 'Students', 'Of', "The model's answer or the lesson's reading"]);
  for (let ph = 0; ph < 3; ph++) {
    for (let k = 0; k < 4; k++) {
      const row = page.locator(`[data-table="predictions-${ph + 1}"] tr[data-row="${CONDITIONS[k]}"]`);
      const name = await row.locator('th').innerText();
      const td = await cells(row);
      const held = rows.find((r) => r[0] === 'Predictions' && r[1] === String(ph + 1) && r[2] === name && r[3] === '✓ holds');
      const not = rows.find((r) => r[0] === 'Predictions' && r[1] === String(ph + 1) && r[2] === name && r[3] === '✗ does not hold');
      expect([held?.[4], not?.[4]], `${name}, phase ${ph + 1}`).toEqual([td[0], td[1]]);
    }
  }
  for (let j = 0; j < ITEMS.length; j++) {
    const row = page.locator(`[data-table="afghanistan"] tr[data-row="${ITEMS[j]}"]`);
    const name = await row.locator('th').innerText();
    const td = await cells(row);
    const csvRow = (choice) => rows.find((r) => r[0] === 'Afghanistan judgements' && r[2] === name && r[3] === choice)?.[4];
    expect([csvRow('Holds'), csvRow('Does not hold'), csvRow('Unclear'), csvRow('Not judged')]).toEqual(td.slice(0, 4));
  }
  // The download is the same text (with a byte-order mark for spreadsheets).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the tables (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('class-results.csv');
  const body = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  // (A textarea's value has \n for the file's \r\n line ends.)
  expect(body.startsWith('\uFEFF')).toBe(true);
  expect(body.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(csv.replace(/\r\n/g, '\n'));
  const [perStudent] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download one row per student (CSV)' }).click(),
  ]);
  const lines = (await (await import('node:fs/promises')).readFile(await perStudent.path(), 'utf8')).trim().split(/\r?\n/);
  expect(lines).toHaveLength(31);

  await saveScreen(page, testInfo, 'class-results');
  const violations = await axeViolations(page);
  expect(violations.length, formatViolations(violations, 'class results')).toBe(0);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide, (await overflowingElements(page)).join('; ')).toBeLessThanOrEqual(0);
});

test('the page says nothing leaves the browser, and sends nothing', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./?screen=class');
  await waitReady(page);
  await expect(page.locator('.private')).toContainText('No code, name or result is sent anywhere');
  const before = requests.length;
  await page.getByLabel('Class codes, one or more per line').fill(class30.map((s) => s.code).join('\n'));
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.locator('.class-status')).toHaveText('30 codes read.');
  expect(requests.slice(before)).toEqual([]);
});

test('a text file of codes opens the same results', async ({ page }) => {
  await page.goto('./?screen=class');
  await waitReady(page);
  const five = class30.slice(0, 5).map((s) => `${s.code}`).join('\r\n');
  await page.getByLabel('Or open a text or CSV file of codes').setInputFiles({
    name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(`code\r\n${five}\r\n`),
  });
  await expect(page.locator('.class-status')).toHaveText('5 codes read.');
  await expect(page.getByLabel('Class codes, one or more per line')).toHaveValue(/RP1-/);
});

test("a real student's code from My work is counted, with their words only if they ticked the box", async ({ page }) => {
  await page.goto('./?phase=2');
  await waitReady(page);
  const sets = page.locator('.panel .predict-condition fieldset');
  for (let i = 0; i < 4; i++) await sets.nth(i).getByLabel('Held', { exact: true }).check();
  await page.getByRole('button', { name: /Reveal the answer/ }).click();
  await page.goto('./?screen=debrief');
  await waitReady(page);
  await page.locator('textarea').first().fill('Pressure from outside mattered most.');
  await page.goto('./?screen=mywork');
  await waitReady(page);
  const code = page.locator('#class-code');
  const plain = await code.inputValue();
  expect(plain).toMatch(/^RP1-[0-9A-Z-]+$/);
  expect(plain.length).toBeLessThanOrEqual(60);
  await page.getByLabel(/Include my reflections/).check();
  const withWords = await code.inputValue();
  expect(withWords.length).toBeGreaterThan(plain.length);

  await readCodes(page, `${plain}\n${withWords}`);
  await expect(page.locator('.class-status')).toHaveText('2 codes read.');
  const process = await cells(page.locator('[data-table="predictions-2"] tr[data-row="process"]'));
  expect(process.slice(0, 3)).toEqual(['2', '0', '0']);
  await expect(page.locator('section[aria-labelledby="class-words"]')).toContainText('1 student included');
  await page.locator('details.shared-words summary').first().click();
  await expect(page.locator('details.shared-words').first()).toContainText('Pressure from outside mattered most.');
});
