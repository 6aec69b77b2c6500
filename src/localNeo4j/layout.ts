import path from 'node:path';
import { projectRoot } from '../config/env';

/** Where one managed Neo4j instance keeps its files. Jars are shared by all instances of a checkout. */
export interface Neo4jLayout {
  home: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  lib: string;
  pom: string;
}

export interface ManagedOptions {
  /** Instance home, absolute or relative to the project root. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Set to use a fixed password; otherwise one is generated once and kept in the home. */
  password?: string | undefined;
  /** More neo4j.conf lines (`name=value`) and JVM flags: the bench tries settings through these. */
  settings?: readonly string[] | undefined;
  jvm?: readonly string[] | undefined;
}

export function layoutFor(home: string): Neo4jLayout {
  const abs = path.resolve(projectRoot, home);
  return {
    home: abs,
    conf: path.join(abs, 'conf'),
    data: path.join(abs, 'data'),
    logs: path.join(abs, 'logs'),
    pidFile: path.join(abs, 'run', 'neo4j.pid'),
    passwordFile: path.join(abs, 'auth', 'password'),
    consoleLog: path.join(abs, 'logs', 'console.log'),
    lib: path.join(projectRoot, '.neo4j', 'lib'),
    pom: path.join(projectRoot, 'db', 'pom.xml'),
  };
}
