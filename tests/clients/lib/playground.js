'use strict';
// Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as a client of the bot: started on a loopback
// port (through the loopback preload) against the bot's /api/messages as channel msteams, its replies read from its
// own WebSocket, and messages sent through its HTTP API — the same calls its web UI makes.

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const WebSocket = require('ws');
const { freePort, outputDir, sleep } = require('./bot');

const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
const preload = path.join(__dirname, 'loopback.js');
const USER_ID = 'user-id-0';
const OTHER_USER_ID = 'user-id-1';
const OTHER_USER = { id: OTHER_USER_ID, name: 'Grace Hopper', aadObjectId: '00000000-0000-0000-0000-000000000021' };
const BOT = { id: '00000000-0000-0000-0000-00000000000011', name: 'SummitBot' };

/**
 * The Playground's mock tenant (its .m365agentsplayground.yml, read from its working folder): the bot, the person at
 * the keyboard (USER_ID), one other person (OTHER_USER_ID), the personal chat and a group chat of the two with the bot.
 */
function configFile(personalChatId, groupChatId) {
  return [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    `  id: ${BOT.id}`,
    `  name: ${BOT.name}`,
    'currentUser:',
    `  id: ${USER_ID}`,
    '  name: Ada Lovelace',
    '  userPrincipleName: ada@example.com',
    '  aadObjectId: 00000000-0000-0000-0000-0000000000020',
    '  givenName: Ada',
    '  surname: Lovelace',
    '  email: ada@example.com',
    // Its schema asks for at least five other people; the tests talk as the first.
    'users:',
    ...[['Grace', 'Hopper'], ['Alan', 'Turing'], ['Katherine', 'Johnson'], ['Edsger', 'Dijkstra'], ['Barbara', 'Liskov']]
      .flatMap(([given, surname], i) => [
        `  - id: user-id-${i + 1}`,
        `    name: ${given} ${surname}`,
        `    userPrincipleName: ${given.toLowerCase()}@example.com`,
        `    aadObjectId: 00000000-0000-0000-0000-0000000000${21 + i}`,
        `    givenName: ${given}`,
        `    surname: ${surname}`,
        `    email: ${given.toLowerCase()}@example.com`,
      ]),
    'personalChat:',
    `  id: ${personalChatId}`,
    'groupChat:',
    `  id: ${groupChatId}`,
    '  name: Summit watchers',
    'team:',
    '  id: team-id',
    '  name: Newsroom',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-general-id',
    '      name: General',
    '',
  ].join('\n');
}

/**
 * Starts the Playground for `bot` and connects to its conversation stream.
 * @returns {Promise<{ url: string, conversationId: string, groupChatId: string, ask: Function, askInGroup: Function, invoke: Function, botMessages: object[], stop: Function }>}
 */
async function startPlayground(bot, { startTimeoutMs = 120000 } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const conversationId = `summitbot-playground-${crypto.randomBytes(4).toString('hex')}`;
  const groupChatId = `summitbot-group-${crypto.randomBytes(4).toString('hex')}`;
  // Its working folder gets a devTools/ log folder and its config file: a temporary one, not the repository.
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitbot-playground-'));
  fs.writeFileSync(path.join(workDir, '.m365agentsplayground.yml'), configFile(conversationId, groupChatId));
  fs.mkdirSync(outputDir, { recursive: true });
  const log = fs.createWriteStream(path.join(outputDir, 'playground.log'));

  const child = spawn(process.execPath, [
    '-r', preload, cli,
    '-e', `${bot.baseUrl}/api/messages`,
    '-c', 'msteams',
    '-p', String(port),
    '--su', `${url}/_connector`,
    '--conversation-id', conversationId,
    '--dt',
  ], { cwd: workDir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', chunk => { output += chunk; log.write(chunk); });
  child.stderr.on('data', chunk => { output += chunk; log.write(chunk); });
  let exited = null;
  const exit = new Promise(resolve => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(); }));

  const messages = [];
  let socket;
  const stop = async () => {
    socket?.close();
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exit;
      clearTimeout(timer);
    }
    log.end();
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    // It falls back to a random port when the one asked for is taken: then its serviceUrl would be wrong.
    const deadline = Date.now() + startTimeoutMs;
    while (!new RegExp(`Listening on ${port}\\b`).test(output)) {
      if (exited || /Listening on \d+/.test(output) || Date.now() > deadline) {
        throw new Error(`The Playground did not start on ${port} (${JSON.stringify(exited)}):\n${output}`);
      }
      await sleep(200);
    }

    socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
    socket.on('message', data => {
      try {
        messages.push(JSON.parse(data.toString()));
      } catch {
        // Not JSON: not a conversation action.
      }
    });
    await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  } catch (error) {
    // Its own log says why (a config file it refused, say); the folder goes with stop().
    const devLog = path.join(workDir, 'devTools', 'm365agentsplayground.log');
    const reason = fs.existsSync(devLog) ? fs.readFileSync(devLog, 'utf8').slice(-2000) : '';
    await stop();
    throw reason ? new Error(`${error.message}\nThe Playground's log:\n${reason}`, { cause: error }) : error;
  }

  /** Bot messages the stream has shown in this conversation, oldest first. */
  const botMessages = () => messages
    .filter(m => m.action === 'createMessage' && m.message?.from?.id !== USER_ID)
    .map(m => m.message);

  /** Waits for the n-th bot message (0-based) to appear on the stream. */
  const nthBotMessage = async (n, timeoutMs = 30000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = botMessages();
      if (all.length > n) {
        return all[n];
      }
      if (Date.now() > deadline) {
        throw new Error(`No reply on the Playground's stream within ${timeoutMs} ms; stream so far:\n${JSON.stringify(messages, null, 1)}`);
      }
      await sleep(100);
    }
  };

  /** Resolves once no message has come on the stream for `quietMs` (at most `timeoutMs`). */
  const quiet = async (quietMs, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    let count = messages.length;
    let since = Date.now();
    while (Date.now() - since < quietMs && Date.now() < deadline) {
      await sleep(100);
      if (messages.length !== count) {
        count = messages.length;
        since = Date.now();
      }
    }
  };

  /** Sends `text` as the user through the Playground's HTTP API and resolves with the bot's reply from the stream. */
  const ask = text => send(conversationId, USER_ID, text, {});

  /**
   * Sends `text` into the group chat as `fromId`, @mentioning the bot as Teams users must there, and resolves with the
   * bot's reply from the stream. The person at the keyboard (USER_ID) types it, through the API its UI uses (which
   * forwards a group message only when it mentions the bot). That API always sends as that person, so another
   * member's message (OTHER_USER_ID) goes as a custom activity, the Playground's feature for activities its UI cannot
   * make: built on its own template for the group chat, as a message from that member with the mention entity.
   */
  const askInGroup = async (fromId, text) => {
    const mention = `<at>${BOT.name}</at>`;
    if (fromId === USER_ID) {
      return send(groupChatId, fromId, `${mention} ${text}`, { mentions: [{ mentioned: { id: BOT.id }, text: mention }] });
    }

    assert.equal(fromId, OTHER_USER_ID, 'the group chat has the person at the keyboard and one other member');
    const template = await fetch(`${url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(groupChatId)}&type=userAdded`);
    if (!template.ok) {
      throw new Error(`The Playground gave no activity template (${template.status}): ${await template.text()}`);
    }
    const { membersAdded: _, ...base } = await template.json();
    const activity = {
      ...base,
      type: 'message',
      id: crypto.randomUUID(),
      from: OTHER_USER,
      text: `${mention} ${text}`,
      textFormat: 'plain',
      locale: 'en-US',
      entities: [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
    };
    const seen = botMessages().length;
    const response = await fetch(`${url}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) {
      throw new Error(`The Playground refused the custom activity (${response.status}): ${await response.text()}`);
    }
    await response.arrayBuffer();
    return nthBotMessage(seen);
  };

  const send = async (conversation, fromId, text, extra) => {
    const seen = botMessages().length;
    const response = await fetch(`${url}/_conversation/v1/conversations/${encodeURIComponent(conversation)}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: { id: fromId }, text, textFormat: 'plain', ...extra }),
    });
    if (!response.ok) {
      throw new Error(`The Playground refused the message (${response.status}): ${await response.text()}`);
    }
    await response.arrayBuffer();
    return nthBotMessage(seen);
  };

  /** Sends an invoke (e.g. Teams' message/submitAction feedback) through the Playground; resolves with its answer. */
  const invoke = async (name, value, replyToId) => {
    const response = await fetch(`${url}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, value, replyToId, from: { id: USER_ID }, conversation: { id: conversationId } }),
    });
    return { status: response.status, body: await response.text() };
  };

  return { url, conversationId, groupChatId, ask, askInGroup, invoke, botMessages, nthBotMessage, quiet, stop };
}

module.exports = { startPlayground, USER_ID, OTHER_USER_ID };
