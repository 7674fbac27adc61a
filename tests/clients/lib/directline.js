'use strict';
// botframework-directlinejs in Node: the browser globals it expects, and small promise helpers around its observables.

global.XMLHttpRequest = require('xhr2');
const WebSocketImpl = require('ws');

/** Counts the WebSockets directlinejs opens and the messages they receive, to show which transport carried a reply. */
class CountingWebSocket extends WebSocketImpl {
  constructor(...args) {
    super(...args);
    CountingWebSocket.opened += 1;
    this.on('message', () => { CountingWebSocket.messages += 1; });
  }
}
CountingWebSocket.opened = 0;
CountingWebSocket.messages = 0;
global.WebSocket = CountingWebSocket;

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(what, probe, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) {
      return value;
    }

    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }

    await sleep(50);
  }
}

/** A Direct Line client session: every activity it receives, and `ask` that resolves with the bot's reply. */
function connect({ domain, token, userId, webSocket }) {
  const directLine = new DirectLine({ domain, token, webSocket, pollingInterval: 500, timeout: 20000 });
  const received = [];
  let status = ConnectionStatus.Uninitialized;
  const subscriptions = [
    directLine.activity$.subscribe(activity => received.push(activity)),
    directLine.connectionStatus$.subscribe(value => { status = value; }),
  ];

  return {
    directLine,
    received,
    status: () => status,
    online: () => waitFor('the connection to be online', () => status === ConnectionStatus.Online),
    async ask(text) {
      const id = await new Promise((resolve, reject) => directLine
        .postActivity({ type: 'message', from: { id: userId, name: 'Client test' }, text, locale: 'en-US' })
        .subscribe(resolve, reject));
      if (!id || id === 'retry') {
        throw new Error(`posting failed (${id})`);
      }

      return waitFor(`the reply to "${text}"`,
        () => received.find(a => a.type === 'message' && a.replyToId === id && a.from && a.from.id !== userId));
    },
    end() {
      subscriptions.forEach(s => s.unsubscribe());
      directLine.end();
    },
  };
}

/** The Teams-style citation entity of a reply, if any. */
function citationEntity(activity) {
  return (activity.entities || []).find(e => e.type === 'https://schema.org/Message' && Array.isArray(e.citation));
}

module.exports = { connect, citationEntity, waitFor, CountingWebSocket, ConnectionStatus };
