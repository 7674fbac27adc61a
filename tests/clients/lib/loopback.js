'use strict';
// Preload (`node -r ./lib/loopback.js tool.js …`) that keeps a Node tool's servers on 127.0.0.1: some tools call
// `server.listen(port)` with no host, which binds every interface. Every listen without a host, or with an
// any-address host ('0.0.0.0', '::', ''), gets '127.0.0.1' instead; unix sockets and handles are left alone.

const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const ANY = new Set([undefined, null, '', '0.0.0.0', '::', '::0']);
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (args.length === 0 || typeof first === 'function') {
    // listen() / listen(callback): a random port on every interface.
    args.unshift(0, LOOPBACK);
  } else if (isPort(first)) {
    if (typeof args[1] === 'string' && !ANY.has(args[1])) {
      // A host was given (already specific): keep it.
    } else if (typeof args[1] === 'string' || args[1] === null || args[1] === undefined) {
      args[1] = LOOPBACK;
    } else {
      args.splice(1, 0, LOOPBACK);
    }
  } else if (first && typeof first === 'object' && !first._handle && !('fd' in first) && !('path' in first)) {
    // listen({ port, host, ... }): a server options object, not a handle.
    if (ANY.has(first.host)) {
      args[0] = { ...first, host: LOOPBACK };
    }
  }

  return originalListen.apply(this, args);
};
