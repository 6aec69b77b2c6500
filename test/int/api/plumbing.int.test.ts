import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import pino from 'pino';
import { requireAdmin } from '../../../src/api/auth';
import type { ApiContext } from '../../../src/api/context';
import { badInput, notFound } from '../../../src/api/errors';
import { startApiServer, type ApiServer } from '../../../src/api/server';
import { loadEnv } from '../../../src/config/env';
import { Executor } from '../../../src/db/executor';
import { testConnection } from '../../setup/testDatabase';

// A test-only slice of schema next to the real one: fields that fail each documented way, a
// recursive type for depth, a list for cost, and a field that makes one real database round trip.
const testTypeDefs = /* GraphQL */ `
  extend type Query {
    probe: Probe!
    items(first: Int): [Probe!]!
    many: [Probe!]! @listSize(assumedSize: 1000)
    oneRoundTrip: Int!
    crash: Int
    databaseCrash: Int
    missing(id: ID!): Int
    invalid(first: Int): Int
    adminOnly: Boolean!
  }
  type Probe {
    n: Int!
    child: Probe!
    siblings: [Probe!]! @listSize(assumedSize: 1000)
  }
`;
const SECRET = 'MATCH (p:Plan {token: $secret}) driver said bolt://10.0.0.7';
const testResolvers = {
  Query: {
    probe: () => ({ n: 0 }),
    items: (_: unknown, { first }: { first?: number }) => Array.from({ length: first ?? 1 }, (_x, n) => ({ n })),
    oneRoundTrip: async (_: unknown, __: unknown, { executor }: ApiContext) =>
      Number((await executor.read('RETURN 1 AS one'))[0]?.one),
    crash: () => {
      throw new Error(SECRET);
    },
    databaseCrash: async (_: unknown, __: unknown, { executor }: ApiContext) =>
      (await executor.read('RETURN 1 / 0 AS boom'))[0]?.boom,
    missing: (_: unknown, { id }: { id: string }) => {
      throw notFound('Plan', id);
    },
    invalid: () => {
      throw badInput('first must be between 1 and 100', 'first');
    },
    adminOnly: (_: unknown, __: unknown, context: ApiContext) => (requireAdmin(context), true),
  },
  Probe: { child: ({ n }: { n: number }) => ({ n: n + 1 }) },
};

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const ALLOWED_ORIGIN = 'https://analyst.example';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

async function startTestServer(vars: Record<string, string>, logLines: Record<string, unknown>[]) {
  // Round trips here count the resolvers' own queries; the shared cache has its own suite.
  const env = loadEnv({ PORT: '0', LOG_LEVEL: 'info', PLANGRAPH_CACHE_MB: '0', ...vars });
  const log = pino(
    { level: 'info' },
    { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const executor = Executor.connect(testConnection());
  const api = await startApiServer(env, executor, log, {
    extraTypeDefs: [testTypeDefs],
    extraResolvers: [testResolvers],
  });
  return { api, stop: async () => (await api.stop(), await executor.close()) };
}

function post(api: ApiServer, query: string, headers: Record<string, string> = {}) {
  return fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

async function ask(
  api: ApiServer,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLBody & { status: number; headers: Headers }> {
  const response = await post(api, query, { 'x-plangraph-debug': 'round-trips', ...headers });
  return { ...((await response.json()) as GraphQLBody), status: response.status, headers: response.headers };
}

const codes = (body: GraphQLBody) => body.errors?.map((e) => e.extensions.code);

describe('API plumbing over HTTP', () => {
  const logLines: Record<string, unknown>[] = [];
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let api: ApiServer;

  beforeAll(async () => {
    server = await startTestServer({ PLANGRAPH_ADMIN_TOKEN: ADMIN_TOKEN, CORS_ORIGINS: ALLOWED_ORIGIN }, logLines);
    api = server.api;
  });
  afterAll(() => server.stop());

  describe('round trips and request ids', () => {
    it('reports the Cypher round trips and the request id in extensions when asked', async () => {
      const body = await ask(api, '{ a: oneRoundTrip b: oneRoundTrip }');
      expect(body.data).toEqual({ a: 1, b: 1 });
      expect(body.extensions).toEqual({
        roundTrips: 2,
        cacheHits: 0,
        cost: 2,
        requestId: body.headers.get('x-request-id'),
      });
    });

    it('adds nothing to extensions without the debug header', async () => {
      const response = await post(api, '{ oneRoundTrip }');
      expect(((await response.json()) as GraphQLBody).extensions).toBeUndefined();
    });

    it('sends x-request-id on every response, keeping a plain incoming one and replacing an unsafe one', async () => {
      expect((await post(api, '{ oneRoundTrip }')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect((await post(api, '{ oneRoundTrip }', { 'x-request-id': 'edge-42.abc' })).headers.get('x-request-id')).toBe(
        'edge-42.abc',
      );
      expect(
        (await post(api, '{ oneRoundTrip }', { 'x-request-id': 'evil\tid' + 'x'.repeat(200) })).headers.get(
          'x-request-id',
        ),
      ).toMatch(/^[0-9a-f-]{36}$/);
      expect((await fetch(api.url.replace('/graphql', '/nowhere'))).headers.get('x-request-id')).toMatch(
        /^[0-9a-f-]{36}$/,
      );
    });

    it('logs one line per request with id, operation, duration, cost, round trips and error codes', async () => {
      const body = await ask(api, 'query Twice { oneRoundTrip missing(id: "p-9") }');
      const requestId = body.extensions?.requestId;
      const lines = logLines.filter((l) => l.requestId === requestId && l.msg === 'graphql request');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        operationName: 'Twice',
        cost: 2,
        roundTrips: 1,
        errorCodes: ['NOT_FOUND'],
        durationMs: expect.any(Number) as number,
      });
    });
  });

  describe('error codes', () => {
    it('NOT_FOUND and BAD_USER_INPUT from the helpers, with their details', async () => {
      const body = await ask(api, '{ missing(id: "p-404") invalid(first: 0) }');
      expect(body.status).toBe(200);
      expect(body.errors).toEqual(
        expect.arrayContaining([
          {
            message: 'Plan "p-404" does not exist',
            locations: expect.anything() as unknown,
            path: ['missing'],
            extensions: { code: 'NOT_FOUND', id: 'p-404' },
          },
          {
            message: 'first must be between 1 and 100',
            locations: expect.anything() as unknown,
            path: ['invalid'],
            extensions: { code: 'BAD_USER_INPUT', field: 'first' },
          },
        ]),
      );
    });

    it('masks an internal error, keeps the request id in the response and logs the original under it', async () => {
      const body = await ask(api, '{ crash }');
      const requestId = body.headers.get('x-request-id');
      expect(body.errors).toEqual([
        {
          message: `Internal server error (request id ${requestId})`,
          locations: expect.anything() as unknown,
          path: ['crash'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/MATCH|bolt|driver|stack/i);
      const logged = logLines.find(
        (l) => l.requestId === requestId && l.msg === 'internal error (masked in the response)',
      );
      expect((logged?.err as { message: string }).message).toBe(SECRET);
    });

    it('masks a failing Cypher query: no Neo4j code or message reaches the client', async () => {
      const body = await ask(api, '{ databaseCrash }');
      expect(codes(body)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(body.errors)).not.toMatch(/Neo\.|division|\/ 0/i);
      expect(body.extensions?.roundTrips).toBe(1);
    });

    it('GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED (with suggestions while introspection is on) answer 400', async () => {
      const parse = await ask(api, '{ oneRoundTrip ');
      expect([parse.status, codes(parse)]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
      const validation = await ask(api, '{ oneRoundTip }');
      expect([validation.status, codes(validation)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
      expect(validation.errors?.[0]?.message).toMatch(/Did you mean "oneRoundTrip"\?/);
    });

    it('BAD_REQUEST for a body that is not JSON, as a GraphQL error rather than an HTML page', async () => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(codes((await response.json()) as GraphQLBody)).toEqual(['BAD_REQUEST']);
    });
  });

  describe('limits, checked before any database round trip', () => {
    const deep = (levels: number) => `{ oneRoundTrip probe { ${'child { '.repeat(levels)}n${' }'.repeat(levels)} } }`;

    it('accepts a query at the depth limit (12)', async () => {
      const body = await ask(api, deep(10));
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.roundTrips).toBe(1);
    });

    it('rejects a deeper one with QUERY_TOO_DEEP and 0 round trips', async () => {
      const body = await ask(api, deep(11));
      expect(body.status).toBe(400);
      expect(body.errors).toEqual([
        {
          message: 'Query too deep: 13 exceeds the limit of 12',
          extensions: { code: 'QUERY_TOO_DEEP', limit: 12, found: 13 },
        },
      ]);
      expect(body.extensions?.roundTrips).toBe(0);
    });

    it('rejects a costly one with QUERY_TOO_COMPLEX and 0 round trips', async () => {
      // oneRoundTrip 1 + many 1000 × (2 + siblings 1000 × (2 + child (2 + n 1)))
      const body = await ask(api, '{ oneRoundTrip many { siblings { child { n } } } }');
      expect(body.status).toBe(400);
      expect(body.errors).toEqual([
        {
          message:
            'Query too complex: its cost is 5002001, over the limit of 500000; ask for smaller pages (first) or fewer nested lists',
          extensions: { code: 'QUERY_TOO_COMPLEX', cost: 5_002_001, limit: 500_000 },
        },
      ]);
      expect(body.extensions).toMatchObject({ roundTrips: 0, cost: 5_002_001 });
    });

    it('rejects too many aliases with TOO_MANY_ALIASES and a huge document with QUERY_TOO_LARGE', async () => {
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: oneRoundTrip`).join(' ');
      const tooMany = await ask(api, `{ ${aliases} }`);
      expect([codes(tooMany), tooMany.extensions?.roundTrips]).toEqual([['TOO_MANY_ALIASES'], 0]);
      const huge = await ask(api, `{ ${'oneRoundTrip '.repeat(6000)} }`);
      expect([huge.status, codes(huge), huge.extensions?.roundTrips]).toEqual([400, ['QUERY_TOO_LARGE'], 0]);
    });

    it('does not count introspection towards depth', async () => {
      const body = await ask(
        api,
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }',
      );
      expect(body.errors).toBeUndefined();
    });
  });

  describe('admin auth', () => {
    it('UNAUTHENTICATED without a token and with a wrong one; the configured token passes', async () => {
      expect(codes(await ask(api, '{ adminOnly }'))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await ask(api, '{ adminOnly }', { authorization: 'Bearer wrong-token' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(codes(await ask(api, '{ adminOnly }', { authorization: `Basic ${ADMIN_TOKEN}` }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect((await ask(api, '{ adminOnly }', { authorization: `Bearer ${ADMIN_TOKEN}` })).data).toEqual({
        adminOnly: true,
      });
    });
  });

  describe('CORS', () => {
    it('allows a configured origin, exposing x-request-id', async () => {
      const preflight = await fetch(api.url, {
        method: 'OPTIONS',
        headers: {
          origin: ALLOWED_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      const response = await post(api, '{ oneRoundTrip }', { origin: ALLOWED_ORIGIN });
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    });

    it('gives another origin no CORS headers, so browsers block it', async () => {
      const preflight = await fetch(api.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const response = await post(api, '{ oneRoundTrip }', { origin: 'https://evil.example' });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('the offline GraphQL IDE', () => {
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

    it('serves GraphiQL to a browser at GET /graphql, referencing only this server', async () => {
      const response = await fetch(api.url, { headers: browser });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await response.text();
      expect(html).toMatch(/GraphiQL/);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/apollo|embeddable|cdn/i);

      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
      expect(assets).toEqual(
        expect.arrayContaining([
          '/graphql/ide/graphiql.min.js',
          '/graphql/ide/graphiql.min.css',
          '/graphql/ide/react.production.min.js',
          '/graphql/ide/react-dom.production.min.js',
          '/graphql/ide/start.js',
        ]),
      );
      for (const asset of assets) {
        const res = await fetch(new URL(asset, api.url));
        expect([asset, res.status]).toEqual([asset, 200]);
        expect(res.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /text\/css/ : /javascript/);
        await res.arrayBuffer();
      }
    });

    it('serves nothing else from the asset folder', async () => {
      expect((await fetch(new URL('/graphql/ide/package.json', api.url))).status).toBe(404);
      expect((await fetch(new URL('/graphql/ide/..%2F..%2Fpackage.json', api.url))).status).toBe(404);
      expect((await fetch(new URL('/graphql/ide/constructor', api.url))).status).toBe(404);
    });

    // Optional: runs where a Chromium is installed (apt-get install chromium), else is skipped.
    const chromium = ['chromium', 'chromium-browser'].find((bin) => spawnSync(bin, ['--version']).status === 0);
    (chromium ? it : it.skip)('renders in a headless browser under its content security policy', async () => {
      // Asynchronously: the server answering the browser runs in this process.
      const run = await promisify(execFile)(
        chromium as string,
        ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=8000', '--dump-dom', api.url],
        { timeout: 60_000 },
      );
      expect(run.stdout).toMatch(/class="graphiql-container"/);
      expect(run.stdout).toMatch(/x-plangraph-debug/);
    });

    it('keeps GraphQL over GET for clients that do not ask for HTML', async () => {
      const response = await fetch(`${api.url}?query=${encodeURIComponent('{ oneRoundTrip }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { oneRoundTrip: 1 } });
    });
  });
});

describe('API plumbing with introspection off', () => {
  const logLines: Record<string, unknown>[] = [];
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_INTROSPECTION: 'false' }, logLines);
  });
  afterAll(() => server.stop());

  it('rejects introspection queries', async () => {
    const body = await ask(server.api, '{ __schema { queryType { name } } }');
    expect(body.status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const body = await ask(server.api, '{ oneRoundTip }');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "oneRoundTip" on type "Query".');
  });

  it('still answers queries, and admin fields stay closed without PLANGRAPH_ADMIN_TOKEN', async () => {
    expect((await ask(server.api, '{ oneRoundTrip }')).data).toEqual({ oneRoundTrip: 1 });
    expect(codes(await ask(server.api, '{ adminOnly }', { authorization: 'Bearer anything' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
    const response = await post(server.api, '{ oneRoundTrip }', { origin: 'https://analyst.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
