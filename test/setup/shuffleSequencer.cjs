// Test files in a shuffled order, to show that no suite depends on what another left behind
// (jest.config.js uses this only when PLANGRAPH_TEST_SHUFFLE is set). The seed makes an order
// repeatable: the same seed and files give the same order, which is printed.

/** A small seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A number seed as given; any other text hashed to one (FNV-1a). */
function seedOf(text) {
  if (/^\d+$/.test(text)) return Number(text);
  let hash = 0x811c9dc5;
  for (const ch of text) hash = Math.imul(hash ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

class ShuffleSequencer {
  sort(tests) {
    const seed = process.env.PLANGRAPH_TEST_SHUFFLE ?? '0';
    const random = generator(seedOf(seed));
    // From a fixed order (by path), so the order depends on the seed alone.
    const order = [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const shown = order.map((t, i) => `  ${i + 1}. ${t.path.slice(t.context.config.rootDir.length + 1)}`);
    process.stderr.write(`[test order] PLANGRAPH_TEST_SHUFFLE=${seed}, ${order.length} files:\n${shown.join('\n')}\n`);
    return order;
  }

  // The hooks Jest calls on a sequencer besides sort: nothing to cache, every file is run.
  cacheResults() {}
  allFailedTests(tests) {
    return tests;
  }
  shard(tests) {
    return tests;
  }
}

module.exports = ShuffleSequencer;
