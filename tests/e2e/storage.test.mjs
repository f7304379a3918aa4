// Storage faults in a fresh browser profile: the worker writes datasets to IndexedDB,
// and when the browser refuses (its quota for this origin is full) the save says so in
// the user's language and nothing is lost. The quota is shrunk through Chromium's
// DevTools protocol, as a full disk would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('a dataset the storage cannot hold refuses the save clearly and loses nothing', async () => {
  const { app } = env;
  await app.open('');
  // The browser's quota for this origin, shrunk below the demo dataset's size: the
  // worker's IndexedDB write fails as it would on a full disk.
  const cdp = await app.page.context().newCDPSession(app.page);
  const origin = new URL(app.baseUrl).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 64 * 1024 });
  try {
    // Data no earlier test stored (a new fingerprint): its write must grow the usage.
    const dir = join(FIXTURES, 'small', 'csv');
    await app.uploadFiles(readdirSync(dir).map((f) => join(dir, f)));
    await app.saveScenario('Terlalu besar');
    assert.match(await app.byTestId('scenario-message').textContent(), /Penyimpanan peramban penuh/);
    assert.deepEqual(await app.scenarioRows(), []);
    // The data is still loaded, and saving works once there is room again.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await app.saveScenario('Muat');
    await app.scenarioRow('Muat').waitFor();
    assert.match(await app.byTestId('scenario-message').textContent(), /disimpan|tersimpan/i);
    assert.deepEqual((await app.scenarioRows()).map((r) => r.name), ['Muat']);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});
