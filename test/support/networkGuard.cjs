// Preloaded with `node --require` into a process under test: records every DNS lookup and TCP
// connection to anything but loopback in the file named by NETWORK_GUARD_LOG, and fails the lookup.
// A test then asserts the file is empty. Unix sockets and loopback pass untouched.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');

const logFile = process.env.NETWORK_GUARD_LOG;
if (!logFile) throw new Error('networkGuard: set NETWORK_GUARD_LOG');

const isLoopback = (host) =>
  host === undefined || host === null || host === '' || host === 'localhost' || /^127\./.test(host) ||
  host === '::1' || host === '[::1]' || /^::ffff:127\./.test(host);
const record = (kind, target) => fs.appendFileSync(logFile, `${kind} ${target}\n`);

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  if (isLoopback(hostname)) return lookup.apply(this, arguments);
  record('dns', hostname);
  const cb = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`networkGuard: lookup of ${hostname} refused`), { code: 'ENOTFOUND' });
  process.nextTick(cb, error);
  return {};
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = async function guardedPromisesLookup(hostname, options) {
  if (isLoopback(hostname)) return promisesLookup.call(this, hostname, options);
  record('dns', hostname);
  throw Object.assign(new Error(`networkGuard: lookup of ${hostname} refused`), { code: 'ENOTFOUND' });
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  let port;
  if (first && typeof first === 'object') {
    if (first.path) return connect.apply(this, args);
    host = first.host;
    port = first.port;
  } else if (typeof first === 'number' || /^\d+$/.test(String(first))) {
    port = first;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else {
    return connect.apply(this, args); // a unix socket path
  }
  if (!isLoopback(host)) record('connect', `${host}:${port}`);
  return connect.apply(this, args);
};
