// Screenshots of every page at desktop and phone width, for a person to look at after
// a change (a test that passes on a broken-looking page is not done):
//   node tests/e2e/screenshots.mjs [OUT_DIR]
// Needs the release build in dist/ and the fixtures of scripts/test.sh. Writes
// OUT_DIR/<page>-<width>.png (default tests/e2e/.out/screens).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

const out = process.argv[2] || join(FIXTURES, 'screens');
const WIDTHS = [1400, 390];

await mkdir(out, { recursive: true });
const env = await start();
const { app } = env;
try {
  for (const width of WIDTHS) {
    await app.page.setViewportSize({ width, height: 900 });
    const shot = (name) => app.page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
    await app.open();
    await app.uploadFiles([`${FIXTURES}/messy/messy.xlsx`]);
    await shot('data-messy');
    await app.open('?demo');
    await app.goTo('analisis');
    await app.page.waitForTimeout(500);
    await shot('analisis');
    await app.goTo('penyeimbangan');
    await app.runPlan();
    await shot('penyeimbangan');
    await app.goTo('skenario');
    await shot('skenario');
    await app.openReport();
    await shot('laporan');
    await app.goTo('aturan');
    await shot('aturan');
  }
} finally {
  await env.close();
}
console.log(`screenshots in ${out}`);
