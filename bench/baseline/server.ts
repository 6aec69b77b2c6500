import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { typeDefs } from './typeDefs';

// The baseline server, in its own process (see load/serverProcess.ts); `queries` counts the
// transactions it sends to Neo4j (round trips).

let queries = 0;

/** Counts every transaction function the library runs through a session. */
function counting(driver: Driver): Driver {
  const open = driver.session.bind(driver);
  driver.session = (config?: Parameters<Driver['session']>[0]) => {
    const session: Session = open(config);
    for (const name of ['executeRead', 'executeWrite', 'run'] as const) {
      const original = (session[name] as (...args: unknown[]) => unknown).bind(session);
      (session as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => (
        (queries += 1),
        original(...args)
      );
    }
    return session;
  };
  return driver;
}

async function main(): Promise<void> {
  const driver = counting(
    neo4j.driver(
      process.env.BASELINE_NEO4J_URI ?? '',
      neo4j.auth.basic('neo4j', process.env.BASELINE_NEO4J_PASSWORD ?? ''),
    ),
  );
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  process.on('message', (msg) => {
    if (msg === 'stats') process.send?.({ heapUsed: process.memoryUsage().heapUsed, queries });
  });
  process.send?.({ url });
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
