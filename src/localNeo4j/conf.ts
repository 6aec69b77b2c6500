import { mkdirSync, writeFileSync } from 'node:fs';
import type { ManagedOptions, Neo4jLayout } from './layout';

/** How long a writer waits for another to finish before it fails with BUSY. */
export const WRITE_LOCK_TIMEOUT = '60s';

/**
 * neo4j.conf for a local, single-user server: loopback only, auth on, no HTTP connector
 * (nothing here speaks HTTP to Neo4j), no outbound connections or file reads from Cypher (the
 * graph is written only from scripts Plan Graph built or checked), memory sized for a small machine. Rewritten on every
 * start so a changed port or heap takes effect; data is never touched.
 */
export function writeConf(layout: Neo4jLayout, opts: ManagedOptions): void {
  for (const dir of [layout.conf, layout.data, layout.logs, `${layout.home}/run`]) mkdirSync(dir, { recursive: true });
  const lines = [
    '# Written by Plan Graph (src/localNeo4j/conf.ts) on every start; edits here are overwritten.',
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    `server.directories.run=${layout.home}/run`,
    `server.directories.import=${layout.home}/import`,
    `server.directories.plugins=${layout.home}/plugins`,
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // LOAD CSV (and plugins that honour it) may not connect to any address, IPv4 or IPv6, nor read
    // file:/// URLs from the host. Community 5.26 names the blocklist internal.* (there is no
    // dbms.cypher.ip_blocklist: strict validation refuses to start with it); the LOAD privilege
    // that replaces it is Enterprise-only.
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    'dbms.security.allow_csv_import_from_file_urls=false',
    // Writers queue on the graph's write lock (src/db/writeLock.ts). The default, 0, waits until
    // the transaction timeout (minutes for a write); a minute covers an alignment of the bundled
    // plans or one batch of a city's many times over, and past it a writer fails with BUSY
    // instead of piling up behind a stuck one.
    `db.lock.acquisition.timeout=${WRITE_LOCK_TIMEOUT}`,
    `server.memory.heap.initial_size=${opts.heap}`,
    `server.memory.heap.max_size=${opts.heap}`,
    `server.memory.pagecache.size=${opts.pageCache}`,
    'db.tx_log.rotation.retention_policy=2 days',
    ...(opts.settings ?? []),
    '',
  ];
  writeFileSync(`${layout.conf}/neo4j.conf`, lines.join('\n'));
}

/** A JVM flag that picks a garbage collector (`-XX:+UseParallelGC`, `-XX:+UseZGC` …). */
const COLLECTOR = /^-XX:\+Use\w+GC$/;

/**
 * JVM flags from Neo4j's own neo4j.conf defaults (server.jvm.additional), which its launcher passes, and the young
 * generation's size for loads. A collector among `opts.jvm` replaces G1 and its G1-only flag: the JVM refuses to
 * start with two ("Multiple garbage collectors selected").
 */
export function jvmArgs(opts: ManagedOptions): string[] {
  const g1 = !(opts.jvm ?? []).some((flag) => COLLECTOR.test(flag));
  return [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...(g1 ? ['-XX:+UseG1GC'] : []),
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    // A load keeps its transaction's state (tens to hundreds of MB for a group of plans) live in
    // the young generation. G1, aiming at 200 ms pauses, shrank that to ~130 MB and then copied
    // the state again at each of 10–12 collections per load: 2.4–3.9 s of pauses in a 104-plan
    // load on the shared 2-core bench machine. With half the heap young, one collection or none
    // (bench/README.md, what limited loads). Needs UnlockExperimentalVMOptions, above.
    ...(g1 ? ['-XX:G1NewSizePercent=50'] : []),
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    ...(opts.jvm ?? []),
  ];
}
