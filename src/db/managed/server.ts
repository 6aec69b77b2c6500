// Moved to src/localNeo4j/. This re-export only keeps bench/db.ts compiling until it imports
// '../src/localNeo4j/server' itself; delete the folder then.
export { startManaged, stopManaged, statusManaged, type ManagedServer } from '../../localNeo4j/server';
