import net from 'node:net';
import { startApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logger';

// The port can be taken between the check before start-up and the listen: that late failure
// must read like the early one, and must not leave Apollo running (the process would hang).
describe('the GraphQL port taken when the server listens', () => {
  it('fails with PORT_IN_USE naming the holder, not a bare EADDRINUSE', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    // The driver connects lazily: nothing here talks to a database.
    const executor = Executor.connect({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      database: 'neo4j',
      queryTimeoutMs: 1_000,
    });
    try {
      const env = loadEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: String(port), LOG_LEVEL: 'silent' });
      const error = await startApiServer(env, executor, createLogger('silent')).catch((err: unknown) => err);
      expect(error).toMatchObject({ code: 'PORT_IN_USE', port });
      const pid = process.platform === 'linux' ? `pid ${process.pid} ` : '';
      expect((error as Error).message).toMatch(
        new RegExp(`^port ${port} \\(where GraphQL is served, on 127\\.0\\.0\\.1\\) is already taken by ${pid}`),
      );
      expect((error as Error).message).toMatch(
        /To serve on another port: PORT=\d+ npm start, or plangraph serve --port \d+/,
      );
    } finally {
      await executor.close();
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
