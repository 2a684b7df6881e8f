// CommonJS so that both the ESM launchers and the Jest tests (which cannot load .mjs) can use it.
const { createServer } = require('node:net');

/** Asks the kernel for a port nobody listens on. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

module.exports = { freePort };
