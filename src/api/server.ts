import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Env } from '../config/env';
import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import type { ApiContext } from './context';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ApiServer {
  httpServer: http.Server;
  url: string;
  stop(): Promise<void>;
}

/** Builds the HTTP server: GraphQL at /graphql, with CORS from configuration. Listens on env.HOST:env.PORT. */
export async function startApiServer(env: Env, executor: Executor, log: Logger): Promise<ApiServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: env.GRAPHQL_INTROSPECTION,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const origins = env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(origins.length ? { origin: origins.includes('*') ? true : origins } : { origin: false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const isAdmin = env.PLANGRAPH_ADMIN_TOKEN !== undefined && token === env.PLANGRAPH_ADMIN_TOKEN;
        return { executor: executor.scoped(), requestId, isAdmin, log: log.child({ requestId }) };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  return { httpServer, url: `http://${env.HOST}:${port}/graphql`, stop: () => apollo.stop() };
}
