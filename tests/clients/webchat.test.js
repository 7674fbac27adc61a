'use strict';
// The Web Chat page at "/" in headless Chromium (Debian's), driven by playwright-core: a person types a question into
// Web Chat's send box and sees the answer with its citation; a screenshot of it is saved under output/.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startBot, outputDir } = require('./lib/bot');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

// The bot's message bubbles in Web Chat's transcript (the user's are marked --from-user).
const botMessageSelector = '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content';

let bot;
let browser;

before(async () => {
  assert.ok(fs.existsSync(executablePath), `Chromium is needed at ${executablePath} (apt-get install -y chromium)`);
  bot = await startBot({ name: 'webchat' });
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await bot?.stop();
});

/** Opens the page and returns it once Web Chat's send box is ready. */
async function openChat() {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', error => problems.push(error.message));
  // Only the bot itself may be contacted: the bundle is served by the bot, not a CDN.
  const foreign = [];
  page.on('request', request => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      foreign.push(request.url());
    }
  });

  await page.goto(`${bot.baseUrl}/`, { waitUntil: 'load' });
  assert.equal(await page.title(), 'SummitBot');
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.waitFor({ state: 'visible', timeout: 30000 });
  return { page, sendBox, problems, foreign };
}

/** Types a question as a person does and waits until the transcript shows a bot message matching `expected`. */
async function ask(page, sendBox, question, expected) {
  const botMessages = page.locator(botMessageSelector);
  const before = await botMessages.count();
  await sendBox.click();
  await sendBox.pressSequentially(question, { delay: 10 });
  await sendBox.press('Enter');
  await page.waitForFunction(
    ([selector, count, source]) => {
      const all = [...document.querySelectorAll(selector)].slice(count);
      return all.some(node => new RegExp(source, 'i').test(node.innerText));
    },
    [botMessageSelector, before, expected.source],
    { timeout: 30000 },
  );
  // Let Web Chat's scroll to the newest message settle, so a screenshot shows the answer.
  await botMessages.last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  const texts = await botMessages.allInnerTexts();
  return texts.slice(before).find(text => expected.test(text));
}

test('a person asks in Web Chat and sees the cited answer', { timeout: 120000 }, async () => {
  const { page, sendBox, problems, foreign } = await openChat();
  try {
    const answer = await ask(page, sendBox, 'where is the second summit?', /Hanoi/);

    assert.match(answer, /\[1\]/, 'the answer shows its citation marker');
    assert.match(answer, /Sources:/, 'the cited passage is shown under the answer');
    assert.match(answer, /\[1\][^\n]+\u201C[^\u201D]+\u201D/, 'citation [1] names its source and quotes the passage');

    fs.mkdirSync(outputDir, { recursive: true });
    const screenshot = path.join(outputDir, 'webchat-cited-answer.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    assert.ok(fs.statSync(screenshot).size > 10000, 'the screenshot was written');

    assert.deepEqual(problems, [], 'the page runs without script errors');
    assert.deepEqual(foreign, [], 'the page loads nothing from other hosts');
  } finally {
    await page.close();
  }
});

test('a follow-up and a question the sources cannot answer, in the same chat', { timeout: 120000 }, async () => {
  const { page, sendBox } = await openChat();
  try {
    await ask(page, sendBox, 'When is the second summit?', /\[1\]/);
    const where = await ask(page, sendBox, 'And where?', /Hanoi/);
    assert.match(where, /\[1\]/);

    const decline = await ask(page, sendBox, 'Where will the third summit be held?', /not in my sources/);
    assert.doesNotMatch(decline, /\[1\]/, 'a decline cites nothing');
    await page.screenshot({ path: path.join(outputDir, 'webchat-follow-up-and-decline.png'), fullPage: true });
  } finally {
    await page.close();
  }
});
