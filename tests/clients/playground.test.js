'use strict';
// Microsoft 365 Agents Playground (the Teams test client of the Microsoft 365 Agents Toolkit) against the bot:
// Teams-shaped activities (channelId msteams, tenant, AAD ids) to /api/messages, replies to the Playground's own
// connector. Through its HTTP API and WebSocket: cited answers with the Teams citation entity and feedback buttons,
// a follow-up, follow-ups by two people in a group chat, a decline with its suggestions once, the feedback invoke;
// and once through its web UI in headless Chromium, with a screenshot.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startBot, outputDir, sleep } = require('./lib/bot');
const { startPlayground, USER_ID, OTHER_USER_ID } = require('./lib/playground');

let bot;
let playground;

before(async () => {
  // The feedback record is an Information log of its own category; the rest of the bot logs at Warning.
  // The suite asks faster than a person does: more than the per-person limit of a minute in the personal chat.
  bot = await startBot({
    name: 'playground',
    settings: {
      'Logging:LogLevel:SummitBot.Channels.Teams.TeamsFeedback': 'Information',
      'RateLimiting:PersonPermitsPerMinute': '100',
    },
  });
  playground = await startPlayground(bot);
});

after(async () => {
  // What the Playground's stream showed, for reading a failure.
  if (playground) {
    fs.mkdirSync(outputDir, { recursive: true });
    fs.writeFileSync(path.join(outputDir, 'playground-stream.json'), JSON.stringify(playground.botMessages(), null, 1));
  }
  await playground?.stop();
  await bot?.stop();
});

/** The reply as the Playground parsed it: text, the citation entity (its aiEntity) and whether feedback buttons show. */
function assertCitedAnswer(reply, expected) {
  assert.match(reply.text, expected);
  assert.match(reply.text, /\[1\]/, 'the answer marks its citation with [1]');
  assert.doesNotMatch(reply.text, /Sources:/, 'in Teams the references come from the citation entity, not the text');
  const citations = reply.aiEntity?.citation ?? [];
  const first = citations.find(c => c.position === 1);
  assert.ok(first, `citation [1] is in the Teams citation entity: ${JSON.stringify(reply.aiEntity)}`);
  assert.ok(first.appearance.name.length > 0 && first.appearance.name.length <= 80);
  assert.ok(first.appearance.abstract.length > 0 && first.appearance.abstract.length <= 160);
  assert.equal(reply.feedbackLoopEnabled, true, 'Teams shows feedback buttons under an answer');
}

test('the web UI in Chromium shows a cited answer to a typed question', { timeout: 120000 }, async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Only the Playground itself: anything else the page asks for (fonts, telemetry) is refused, not fetched.
    await page.route('**/*', route => {
      const { hostname } = new URL(route.request().url());
      return hostname === '127.0.0.1' || hostname === 'localhost' ? route.continue() : route.abort();
    });
    const beforeLoad = playground.botMessages().length;
    await page.goto(playground.url, { waitUntil: 'domcontentloaded' });

    const box = page.locator('div[role=textbox][contenteditable=true]').first();
    await box.waitFor({ state: 'visible', timeout: 60000 });
    // Opening the page makes the Playground send installationUpdate and conversationUpdate, and the bot welcomes the
    // user: that arrives first (however slow), so the next bot message is the answer.
    const welcome = await playground.nthBotMessage(beforeLoad, 60000);
    assert.ok(welcome.text.length > 0 && !welcome.aiEntity?.citation?.length, 'the welcome is a plain greeting');
    await playground.quiet(1000, 10000);
    const answers = page.getByText(/Special Representative/);
    const before = await answers.count();
    const replies = playground.botMessages().length;

    await box.click();
    await page.keyboard.type('who is Stephen Biegun?');
    await page.keyboard.press('Enter');

    const reply = await playground.nthBotMessage(replies, 60000);
    assertCitedAnswer(reply, /Special Representative/);
    await assert.doesNotReject(async () => {
      for (let i = 0; i < 100 && (await answers.count()) <= before; i++) {
        await sleep(200);
      }
      assert.ok((await answers.count()) > before, 'the answer shows in the page');
    });
    await sleep(500); // let the citation pill and buttons render
    fs.mkdirSync(outputDir, { recursive: true });
    const screenshot = path.join(outputDir, 'playground.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    assert.ok(fs.statSync(screenshot).size > 10000, 'a screenshot was saved');
  } finally {
    await browser.close();
  }
});

test('answers a plain question with the Teams citation entity', { timeout: 60000 }, async () => {
  const reply = await playground.ask('where is the second summit?');
  assertCitedAnswer(reply, /Hanoi/);
});

test('answers who someone is', { timeout: 60000 }, async () => {
  const reply = await playground.ask('who is Stephen Biegun?');
  assertCitedAnswer(reply, /Special Representative/);
});

test('follows up in the same conversation', { timeout: 60000 }, async () => {
  const when = await playground.ask('When is the second summit?');
  assert.ok(when.aiEntity?.citation?.length > 0, `the date is answered with a citation: ${when.text}`);
  const where = await playground.ask('And where?');
  assertCitedAnswer(where, /Hanoi/);
});

test('two people in a group chat each get the follow-up to their own question', { timeout: 120000 }, async () => {
  // What "What is his title?" gets after each question in the personal chat: the follow-ups to expect, whatever the
  // answering core's wording, and they must differ for the test to mean anything.
  await playground.ask('Who is Kim Hyok Chol?');
  const kimTitle = await playground.ask('What is his title?');
  await playground.ask('Who is Stephen Biegun?');
  const biegunTitle = await playground.ask('What is his title?');
  assert.notEqual(kimTitle.text, biegunTitle.text);

  await playground.askInGroup(USER_ID, 'Who is Kim Hyok Chol?');
  await playground.askInGroup(OTHER_USER_ID, 'Who is Stephen Biegun?');
  const adas = await playground.askInGroup(USER_ID, 'What is his title?');
  const graces = await playground.askInGroup(OTHER_USER_ID, 'What is his title?');

  assert.equal(adas.directLineConversationId, playground.groupChatId, 'the reply went to the group chat');
  assert.equal(adas.text, kimTitle.text, 'Ada\'s follow-up is about her own question (Kim Hyok Chol)');
  assert.equal(graces.text, biegunTitle.text, 'Grace\'s follow-up is about her own question (Stephen Biegun)');
  assert.ok(adas.aiEntity?.citation?.length > 0 && graces.aiEntity?.citation?.length > 0, 'both follow-ups are cited');
});

test('shows a decline\'s suggested questions once, as buttons, not also in the text', { timeout: 60000 }, async () => {
  const reply = await playground.ask('Where will the third summit be held?');
  const buttons = reply.suggestedActions?.actions ?? [];
  assert.ok(buttons.length > 0, `the decline suggests questions as buttons: ${JSON.stringify(reply)}`);
  for (const button of buttons) {
    assert.ok(!reply.text.includes(button.value ?? button.title), `"${button.title}" is not also in the text`);
  }
});

test('declines what the sources do not say, without citation or feedback buttons', { timeout: 60000 }, async () => {
  const reply = await playground.ask('Where will the third summit be held?');
  assert.match(reply.text, /not in my sources/i);
  assert.equal(reply.aiEntity?.citation?.length ?? 0, 0, 'a decline cites nothing');
  assert.notEqual(reply.feedbackLoopEnabled, true, 'no feedback buttons under a decline');
});

test('records the feedback given on an answer', { timeout: 60000 }, async () => {
  const answer = await playground.ask('where is the second summit?');
  const result = await playground.invoke('message/submitAction', {
    actionName: 'feedback',
    actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: 'clear and cited' }) },
  }, answer.messageId);
  assert.equal(result.status, 200, result.body);

  const expected = `Feedback like in conversation ${playground.conversationId}`;
  let log = '';
  for (let i = 0; i < 50 && !log.includes(expected); i++) {
    await sleep(200);
    log = fs.readFileSync(bot.logPath, 'utf8');
  }
  assert.ok(log.includes(expected), `the bot logged the feedback with the conversation id:\n${log.slice(-2000)}`);
  assert.ok(!log.includes('clear and cited'), 'the comment itself is not logged at Information');
});
