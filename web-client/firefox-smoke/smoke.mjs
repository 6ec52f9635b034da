// The web client in Debian's Firefox ESR, over WebDriver BiDi (puppeteer-core brings no browser).
// Usage: node smoke.mjs BASE_URL INVITE_LINK — exits 0 when every check holds, 1 (saying which) otherwise.
import puppeteer from 'puppeteer-core';

const [base, invite] = process.argv.slice(2);
const firefox = process.env.ENTENTE_FIREFOX || '/usr/bin/firefox-esr';
const payload = '<img src=x onerror=alert(1)><script>alert(2)</script> in Firefox';
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi',
  args: ['--no-remote'], extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', async (d) => { errors.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });

  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('#scenario-list li').length >= 6, { timeout: 15000 });
  check(true, 'the home page lists the scenarios');

  await page.goto(invite, { waitUntil: 'load' });
  check(!page.url().includes('token'), 'the invite token leaves the address bar');
  await page.waitForSelector('#display-name', { visible: true, timeout: 15000 });
  await page.type('#display-name', 'Firefox');
  await page.click('#join-button');
  await page.waitForFunction(() => document.getElementById('connection-state')?.dataset.status === 'online', { timeout: 15000 });
  check(true, 'the player joins over the websocket');

  await page.waitForSelector('#compose-text', { timeout: 15000 });
  await page.type('#compose-text', payload);
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => document.body.innerText.includes(p), { timeout: 15000 }, payload);
  check(true, 'a message is sent and shown');
  check(await page.$$eval('img[src="x"]', (els) => els.length) === 0, 'the markup in it made no element');
  check(errors.length === 0, `no script error or dialog (${errors.join('; ')})`);
} catch (e) {
  check(false, `the run itself: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failures.length === 0 ? 0 : 1);
