import http from 'node:http';
import { ApolloServer, type ApolloServerOptionsWithTypeDefs, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { DocumentNode } from 'graphql';
import type { Env } from '../config/env';
import type { Executor } from '../db/executor';
import { CachedReads } from '../db/cachedReads';
import { ReadCache } from '../db/readCache';
import type { Logger } from '../logger';
import { bearerToken, isAdminToken } from './auth';
import type { ApiContext } from './context';
import { createLoaders } from './loaders';
import { createFormatError } from './errors/format';
import { apiPortTaken } from './port';
import { ideAssetRouter, idePageHandler } from './ide/routes';
import { webAppRouter } from './web/routes';
import { defaultQueryLimits, queryLimits, type QueryLimits } from './limits';
import { debugExtensionsPlugin } from './plugins/debugExtensions';
import { httpErrorHandler } from './plugins/httpErrors';
import { maskedErrorIdsPlugin } from './plugins/maskedErrorIds';
import { requestDeadlinePlugin } from './plugins/requestDeadline';
import { requestIdMiddleware, requestIdOf } from './plugins/requestId';
import { requestLogPlugin } from './plugins/requestLog';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export const GRAPHQL_PATH = '/graphql';

type TypeDefs = string | DocumentNode;
type Resolvers = NonNullable<ApolloServerOptionsWithTypeDefs<ApiContext>['resolvers']>;

export interface ApiOptions {
  limits?: QueryLimits;
  /** Added to schema/*.graphql and the resolvers (tests use `extend type Query`). */
  extraTypeDefs?: TypeDefs[];
  extraResolvers?: Resolvers[];
  /** The explorer's bundle served at / (default dist/web); null serves none. */
  webDir?: string | null;
}

export interface ApiServer {
  httpServer: http.Server;
  url: string;
  stop(): Promise<void>;
}

/** Apollo with the schema, error masking, query limits and the per-request plugins; no HTTP. */
export function createApolloServer(
  { introspection, ...options }: ApiOptions & { introspection: boolean },
  plugins: ApolloServerPlugin<ApiContext>[] = [],
): ApolloServer<ApiContext> {
  const limits = queryLimits(options.limits ?? defaultQueryLimits);
  return new ApolloServer<ApiContext>({
    typeDefs: [...loadTypeDefs(), ...(options.extraTypeDefs ?? [])],
    resolvers: [...resolvers, ...(options.extraResolvers ?? [])].flat(),
    introspection,
    formatError: createFormatError({ hideSuggestions: !introspection }),
    includeStacktraceInErrorResponses: false,
    // The service owns shutdown (serve.ts): Apollo must not stop itself and re-raise the signal,
    // which would end the process before the Neo4j it started is stopped.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      // Apollo's default landing page loads from a CDN; the offline GraphiQL is served instead.
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints; Apollo's default cache-control plugin still wrapped every
      // field resolver to compute them (~5 % of a nested plans list's CPU time).
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      maskedErrorIdsPlugin(),
      debugExtensionsPlugin(),
      ...plugins,
    ],
  });
}

/**
 * The HTTP server: GraphQL at /graphql (POST, or GET with `query`), the offline IDE at GET
 * /graphql from a browser, its assets under /graphql/ide/, the explorer at / (every other page a
 * browser asks for), CORS from configuration, an `x-request-id` on every response. Listens on
 * env.HOST:env.PORT.
 */
export async function startApiServer(
  env: Env,
  executor: Executor,
  log: Logger,
  options: ApiOptions = {},
): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = options.limits ?? limitsFromEnv(env);
  // One cache for every request; request-scoped executors check the graph's revision against it.
  const cache = env.PLANGRAPH_CACHE_MB > 0 ? new ReadCache(env.PLANGRAPH_CACHE_MB) : null;
  const apollo = createApolloServer({ ...options, limits, introspection: env.GRAPHQL_INTROSPECTION }, [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    requestDeadlinePlugin(env.PLANGRAPH_REQUEST_TIMEOUT_MS),
  ]);
  await apollo.start();
  if (env.PLANGRAPH_ADMIN_TOKEN === undefined)
    log.info('PLANGRAPH_ADMIN_TOKEN is not set: admin mutations are disabled');

  app.use(requestIdMiddleware());
  app.use(GRAPHQL_PATH, cors<cors.CorsRequest>(corsOptions(env.CORS_ORIGINS)));
  app.use(`${GRAPHQL_PATH}/ide`, ideAssetRouter());
  app.get(GRAPHQL_PATH, idePageHandler(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    // Room for admin loadScript (scripts up to 5 MB); GraphQL documents are capped by maxTokens.
    express.json({ limit: '6mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }): Promise<ApiContext> => {
        const requestId = requestIdOf(res);
        const isAdmin = isAdminToken(bearerToken(req.headers.authorization), env.PLANGRAPH_ADMIN_TOKEN);
        const scoped = executor.scoped(cache ? new CachedReads(cache) : null);
        return Promise.resolve({
          executor: scoped,
          loaders: createLoaders(scoped),
          requestId,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? null,
          isAdmin,
          log: log.child({ requestId }),
          cost: null,
          healthTimeoutMs: env.PLANGRAPH_HEALTH_TIMEOUT_MS,
        });
      },
    }),
  );
  app.use(GRAPHQL_PATH, httpErrorHandler(log));
  // The explorer: everything that is not GraphQL.
  if (options.webDir !== null) app.use(webAppRouter(options.webDir));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(env.PORT, env.HOST, resolve);
    });
  } catch (err) {
    // Apollo has started: stop it, or it keeps the process alive after the failure is reported.
    await apollo.stop();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw await apiPortTaken(env.PORT, env.HOST);
    throw err;
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  return { httpServer, url: `http://${env.HOST}:${port}${GRAPHQL_PATH}`, stop: () => apollo.stop() };
}

export function limitsFromEnv(env: Env): QueryLimits {
  return {
    ...defaultQueryLimits,
    maxDepth: env.PLANGRAPH_MAX_DEPTH,
    maxCost: env.PLANGRAPH_MAX_COST,
    assumedListSize: env.PLANGRAPH_ASSUMED_LIST_SIZE,
    expensiveCost: env.PLANGRAPH_EXPENSIVE_COST,
    expensiveConcurrency: env.PLANGRAPH_EXPENSIVE_CONCURRENCY,
    expensiveQueue: env.PLANGRAPH_EXPENSIVE_QUEUE,
    expensiveWaitMs: env.PLANGRAPH_EXPENSIVE_WAIT_MS,
  };
}

/** CORS_ORIGINS: empty → no cross-origin access; `*` → any origin; else a comma-separated list. */
export function corsOptions(setting: string): cors.CorsOptions {
  const origins = setting
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const origin = origins.includes('*') ? true : origins.length ? origins : false;
  return { origin, exposedHeaders: ['x-request-id'], maxAge: 600 };
}
