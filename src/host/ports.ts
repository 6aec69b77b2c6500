import net from 'node:net';
import { describeHolder, holderKind, portHolder } from './portHolder';

/** A TCP port Plan Graph needs is taken; the message names the holder and what to do. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  readonly code = 'PORT_IN_USE';

  constructor(
    readonly port: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether `port` can be bound on `host`, found by binding it: a connect test misses a port that is
 * bound but not accepting (a server still starting, a socket never put to listen), and then Neo4j
 * fails to bind with the cause buried in its debug.log. Port 0 (any free port) is always free.
 */
export function isPortFree(port: number, host: string): Promise<boolean> {
  if (port === 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(false) : reject(err)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port after `port` (at most 20 tried), to suggest in a message; null when none is. */
export async function nextFreePort(port: number, host: string): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + 20, 65535); candidate += 1) {
    if (await isPortFree(candidate, host).catch(() => false)) return candidate;
  }
  return null;
}

/** Who holds a taken port, in words and by kind, for the message and the advice after it. */
export function takenBy(port: number, role: string): { text: string; kind: ReturnType<typeof holderKind> } {
  const holder = portHolder(port);
  return {
    text: `port ${port} (${role}) is already taken by ${describeHolder(holder, port)}`,
    kind: holderKind(holder),
  };
}
