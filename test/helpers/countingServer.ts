import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server (127.0.0.1, random port) that serves a tiny CSV and counts every request it gets. */
export function useCountingServer(): { url: (path: string) => string; requests: () => number } {
  let server: Server | null = null;
  let count = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      count += 1;
      res.writeHead(200, { 'content-type': 'text/csv' }).end('leaked\n');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    url: (path) => `http://127.0.0.1:${(server?.address() as AddressInfo).port}${path}`,
    requests: () => count,
  };
}
