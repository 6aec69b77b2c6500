import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/env';

/** The SDL in schema/*.graphql, the same files graphql-codegen reads. */
export function loadTypeDefs(dir = path.join(projectRoot, 'schema')): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
}
