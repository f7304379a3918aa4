// Every page read as a user reads it: the visible text holds no code identifiers
// (`kode_jabatan`, `izinkan_pppk`), no raw source (`move ||`, `=>`, `Some(`), no
// machine words (`undefined`, `NaN`), and no English in the Indonesian interface — nor
// Indonesian in the English one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

const CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b(?!\.(?:csv|xlsx|json))/g;
const SOURCE = /(=>|::|\|\||&&|\bmove \||[{}]|<\/?[a-z]+[ >]|\bfn\b|\bSome\(|\bNone\b|\bundefined\b|\bNaN\b|\bnull\b)/g;
const ENGLISH = /\b(the|and|of|with|from|moves?|staff|before|after|next|previous|save|error|missing|choose|files?|none|true|false)\b/gi;
const INDONESIAN = /\b(yang|untuk|dengan|tidak|belum|simpan|halaman|berikutnya|sebelumnya|perpindahan|unduh|sesudah|sebelum|pegawai|jalankan)\b(?!\.\w)/gi;

/** The words of `text` that match `re`, with some context, at most five. */
function found(text, re) {
  return [...text.matchAll(re)].slice(0, 5).map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' '));
}

/** Visit every page (with a plan, an adjustment and an open explanation) and hand its
 * visible text to `check(page, text)`. */
async function walk(app, check) {
  await app.goTo('data');
  await check('data', await app.page.locator('body').innerText());
  await app.goTo('analisis');
  await check('analisis', await app.page.locator('body').innerText());
  await app.goTo('penyeimbangan');
  await app.runPlan();
  await app.byTestId('move-lock').first().click();
  await app.byTestId('move-why').nth(1).click();
  await app.byTestId('move-explanation').waitFor();
  await check('penyeimbangan', await app.page.locator('body').innerText());
  await app.goTo('skenario');
  await check('skenario', await app.page.locator('body').innerText());
  await app.openReport();
  await app.byTestId('report-adjustments').waitFor();
  await check('laporan', await app.page.locator('body').innerText());
  await app.goTo('aturan');
  await check('aturan', await app.page.locator('body').innerText());
}

test('the Indonesian interface reads as Indonesian, with no code on any page', async () => {
  const { app } = env;
  await app.open('');
  await app.clearStorage();
  await app.open('?demo');
  await walk(app, async (page, text) => {
    assert.deepEqual(found(text, CODE), [], `${page}: code identifiers`);
    assert.deepEqual(found(text, SOURCE), [], `${page}: source or machine words`);
    assert.deepEqual(found(text, ENGLISH), [], `${page}: English words`);
  });
  assert.deepEqual(app.errors, []);
});

test('the English interface reads as English, with no code on any page', async () => {
  const { app } = env;
  await app.open('');
  await app.clearStorage();
  await app.open('?demo');
  await app.byTestId('lang-switch').click();
  await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  await walk(app, async (page, text) => {
    assert.deepEqual(found(text, CODE), [], `${page}: code identifiers`);
    assert.deepEqual(found(text, SOURCE), [], `${page}: source or machine words`);
    assert.deepEqual(found(text, INDONESIAN), [], `${page}: Indonesian words`);
  });
  await app.byTestId('lang-switch').click();
  assert.deepEqual(app.errors, []);
});
