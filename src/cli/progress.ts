import { Presets, SingleBar } from 'cli-progress';
import type { OnProgress } from '../progress';

export interface ProgressBar {
  update: OnProgress;
  stop(): void;
}

const QUIET: ProgressBar = { update: () => undefined, stop: () => undefined };

/**
 * A progress line on a terminal (done / total, rate, time left) for loads and aligns that take
 * minutes at city scale; nothing at all when stderr is not a terminal, so logs and pipes stay clean.
 */
export function progressBar(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return QUIET;
  const started = Date.now();
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} | {rate} ${unit}/s | {eta_formatted} left`,
      stream,
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  let begun = false;
  return {
    update(done, total) {
      const rate = (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
      if (!begun) {
        bar.start(total, done, { rate });
        begun = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { rate });
      }
    },
    stop: () => begun && bar.stop(),
  };
}

/** Runs `work` with a bar that is stopped however it ends. */
export async function withProgress<T>(
  label: string,
  unit: string,
  work: (update: OnProgress) => Promise<T>,
): Promise<T> {
  const bar = progressBar(label, unit);
  try {
    return await work(bar.update);
  } finally {
    bar.stop();
  }
}
