// An in-memory PGlite database served on 127.0.0.1 (a free port) by pglite-socket, for
// tests of the embedded path. Anything that speaks the PostgreSQL protocol (pg, Prisma's
// adapter, the schema engine) connects to `url`.
//
// PGlite runs in a worker thread: its CommonJS build loads its files with dynamic
// import(), which Jest's module sandbox rejects without --experimental-vm-modules; a
// worker thread runs outside that sandbox.
//
// PGlite is single-connection: pglite-socket accepts `maxConnections` sockets at once
// (default 1 here, like pglite-socket) and turns the others away with "Too many
// connections". Size pools accordingly.

import { Worker } from 'node:worker_threads';

export interface PGliteServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop(): Promise<void>;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db, server;
parentPort.on('message', async (message) => {
  if (message !== 'stop') return;
  try {
    await server?.stop();
    await db?.close();
  } finally {
    parentPort.postMessage({ type: 'stopped' });
  }
});
(async () => {
  const { PGlite } = require(workerData.pglitePath);
  const { PGLiteSocketServer } = require(workerData.socketPath);
  db = await PGlite.create();
  server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: workerData.maxConnections });
  await server.start();
  parentPort.postMessage({ type: 'ready', address: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ type: 'error', message: String((error && error.stack) || error) }));
`;

export async function startPGliteServer(options: { maxConnections?: number } = {}): Promise<PGliteServer> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      pglitePath: require.resolve('@electric-sql/pglite'),
      socketPath: require.resolve('@electric-sql/pglite-socket'),
      maxConnections: options.maxConnections ?? 1,
    },
  });
  const address = await new Promise<string>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const onExit = (code: number) => reject(new Error(`PGlite worker exited with code ${code}`));
    const onMessage = (m: { type: string; address?: string; message?: string }) => {
      if (m.type !== 'ready' && m.type !== 'error') return;
      // Not worker.removeAllListeners(): that also drops Node's own listeners and the
      // worker's later messages would never arrive.
      worker.off('error', onError).off('exit', onExit).off('message', onMessage);
      if (m.type === 'ready') resolve(m.address as string);
      else reject(new Error(`PGlite did not start: ${m.message}`));
    };
    worker.on('error', onError).on('exit', onExit).on('message', onMessage);
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.on('error', () => undefined);

  let stopped = false;
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        worker.on('message', (m: { type: string }) => {
          if (m.type === 'stopped') {
            clearTimeout(timer);
            resolve();
          }
        });
        worker.postMessage('stop');
      });
      await worker.terminate();
    },
  };
}
