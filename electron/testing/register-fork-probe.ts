import { serveRegister } from '../door/register-port';

// Test probe (see bundle.test.ts): the register's message loop in a child_process fork, the
// stand-in under plain Node for Electron's utility process and its parentPort.
serveRegister({
  postMessage: (message) => process.send?.(message),
  on: (_event, listener) => process.on('message', listener),
});
