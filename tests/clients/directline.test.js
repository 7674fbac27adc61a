'use strict';
// botframework-directlinejs (the Direct Line client Web Chat is built on) against the bot's built-in Direct Line,
// by polling and by WebSocket: cited answers, a follow-up in the same conversation, and a decline.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startBot, generateToken } = require('./lib/bot');
const { connect, citationEntity, CountingWebSocket } = require('./lib/directline');

let bot;

before(async () => {
  bot = await startBot({ name: 'directline' });
});

after(async () => {
  await bot?.stop();
});

async function session(webSocket) {
  const userId = `dl_${crypto.randomBytes(6).toString('hex')}`;
  const { token } = await generateToken(bot, userId);
  const client = connect({ domain: bot.directLineUrl, token, userId, webSocket });
  await client.online();
  return client;
}

function assertCitedAnswer(reply, expected) {
  assert.match(reply.text, expected);
  assert.match(reply.text, /\[1\]/, 'the answer marks its citation with [1]');
  const entity = citationEntity(reply);
  assert.ok(entity, 'the reply carries the citation entity');
  assert.equal(entity['@type'], 'Message');
  const first = entity.citation.find(c => c.position === 1);
  assert.ok(first, 'citation [1] is in the entity');
  assert.equal(first['@type'], 'Claim');
  assert.ok(first.appearance.name.length > 0 && first.appearance.name.length <= 80);
  assert.ok(first.appearance.abstract.length > 0 && first.appearance.abstract.length <= 160);
}

test('asks by polling and gets the cited answer', { timeout: 60000 }, async () => {
  const socketsBefore = CountingWebSocket.opened;
  const client = await session(false);
  try {
    const reply = await client.ask('where is the second summit?');
    assertCitedAnswer(reply, /Hanoi/);
    assert.equal(CountingWebSocket.opened, socketsBefore, 'polling opens no WebSocket');
  } finally {
    client.end();
  }
});

test('asks over the WebSocket stream and gets the cited answer', { timeout: 60000 }, async () => {
  const messagesBefore = CountingWebSocket.messages;
  const client = await session(true);
  try {
    const reply = await client.ask('who is Stephen Biegun?');
    assertCitedAnswer(reply, /Special Representative/);
    assert.ok(CountingWebSocket.messages > messagesBefore, 'the reply came over the WebSocket');
  } finally {
    client.end();
  }
});

test('answers a follow-up from the same conversation', { timeout: 60000 }, async () => {
  const client = await session(true);
  try {
    const when = await client.ask('When is the second summit?');
    assert.match(when.text, /\[1\]/);
    const where = await client.ask('And where?');
    assertCitedAnswer(where, /Hanoi/);
  } finally {
    client.end();
  }
});

test('declines what the sources do not answer, without a citation', { timeout: 60000 }, async () => {
  const client = await session(false);
  try {
    const reply = await client.ask('Where will the third summit be held?');
    assert.match(reply.text, /not in my sources/i);
    assert.equal(citationEntity(reply), undefined, 'a decline cites nothing');
    assert.doesNotMatch(reply.text, /\[1\]/);
  } finally {
    client.end();
  }
});
