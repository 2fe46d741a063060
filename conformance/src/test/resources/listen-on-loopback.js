// Preloaded with `node -r` before the AutoRest test server: it listens on every interface by
// default, so every listen() is forced onto 127.0.0.1 (tests must not open a port to the network).
"use strict";
const net = require("net");
const LOOPBACK = "127.0.0.1";
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args.length > 0 && args[0] !== null && typeof args[0] === "object") {
    args[0] = Object.assign({}, args[0], { host: LOOPBACK });
  } else if (typeof args[0] === "number" || typeof args[0] === "string") {
    if (typeof args[1] === "string") {
      args[1] = LOOPBACK;
    } else {
      args.splice(1, 0, LOOPBACK);
    }
  }
  return listen.apply(this, args);
};
