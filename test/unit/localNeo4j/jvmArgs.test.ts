import { jvmArgs } from '../../../src/localNeo4j/conf';

const base = { home: '.neo4j/x', boltPort: 7999, heap: '1g', pageCache: '512m' };
const collectors = (flags: readonly string[]) => flags.filter((f) => /^-XX:\+Use\w+GC$/.test(f));

describe('jvmArgs', () => {
  it('runs G1 with half the heap young by default', () => {
    const flags = jvmArgs(base);
    expect(collectors(flags)).toEqual(['-XX:+UseG1GC']);
    expect(flags).toContain('-XX:G1NewSizePercent=50');
    expect(flags.slice(0, 2)).toEqual(['-Xms1g', '-Xmx1g']);
  });

  it('lets a collector flag replace G1 and its G1-only flag (the JVM refuses two collectors)', () => {
    const flags = jvmArgs({ ...base, jvm: ['-XX:+UseParallelGC'] });
    expect(collectors(flags)).toEqual(['-XX:+UseParallelGC']);
    expect(flags.some((f) => f.startsWith('-XX:G1'))).toBe(false);
  });

  it('keeps G1 under other extra flags', () => {
    const flags = jvmArgs({ ...base, jvm: ['-Xlog:gc:file=/tmp/gc.log'] });
    expect(collectors(flags)).toEqual(['-XX:+UseG1GC']);
    expect(flags.at(-1)).toBe('-Xlog:gc:file=/tmp/gc.log');
  });
});
