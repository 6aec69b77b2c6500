import { PassThrough } from 'node:stream';
import { progressBar } from '../../../src/cli/progress';

// A stream that says it is a terminal, or not: what decides whether a long load shows progress.
function stream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough();
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  Object.assign(s, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: s as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('progressBar', () => {
  it('shows done / total, rate and time left on a terminal', () => {
    const out = stream(true);
    const bar = progressBar('load', 'plans', out.stream);
    bar.update(1, 4);
    bar.update(3, 4);
    bar.stop();
    expect(out.text()).toMatch(/load \[.*\] 3\/4 plans \| [\d.]+ plans\/s \| .+ left/);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const out = stream(false);
    const bar = progressBar('load', 'plans', out.stream);
    bar.update(1, 4);
    bar.stop();
    expect(out.text()).toBe('');
  });
});
