'use strict';
// Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as a client of the bot: started on a loopback
// port (through the loopback preload) against the bot's /api/messages as channel msteams, its replies read from its
// own WebSocket, and messages sent through its HTTP API — the same calls its web UI makes.

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

/**
 * Starts the Playground for `bot` and connects to its conversation stream.
 * @returns {Promise<{ url: string, conversationId: string, ask: Function, invoke: Function, botMessages: object[], stop: Function }>}
 */
async function startPlayground(bot, { startTimeoutMs = 120000 } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const conversationId = `summitbot-playground-${crypto.randomBytes(4).toString('hex')}`;
  // Its working folder gets a devTools/ log folder: a temporary one, not the repository.
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitbot-playground-'));
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
    await stop();
    throw error;
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
  const ask = async text => {
    const seen = botMessages().length;
    const response = await fetch(`${url}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: { id: USER_ID }, text, textFormat: 'plain' }),
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

  return { url, conversationId, ask, invoke, botMessages, nthBotMessage, quiet, stop };
}

module.exports = { startPlayground, USER_ID };
