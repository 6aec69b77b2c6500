import type { Line } from './lines';
import { endsSentence } from './text';
import type { CitedPlan } from './types';

const CITATION = /(?:依据|根据|落实|贯彻)[^《。；]{0,24}((?:《[^》]+》[、和及与]?)+)/g;

interface Run {
  text: string;
  /** Where each source line starts in `text`, so a match can name its line. */
  starts: Array<{ offset: number; line: number }>;
}

/** Lines joined while a sentence runs on: a PDF conversion wraps a citation over two lines (`《重庆市“十四五”公` / `共服务规划》`). */
function runsOf(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  for (const line of lines) {
    if (open && !endsSentence(open.text)) {
      open.starts.push({ offset: open.text.length, line: line.no });
      open.text += line.text;
    } else {
      open = { text: line.text, starts: [{ offset: 0, line: line.no }] };
      runs.push(open);
    }
  }
  return runs;
}

const lineAt = (run: Run, offset: number): number =>
  run.starts.filter((s) => s.offset <= offset).at(-1)?.line ?? run.starts[0]?.line ?? 0;

/** Plans the opening says this plan is based on (依据/根据/落实/贯彻《…》), in order, without repeats. */
export function findBasedOn(opening: readonly Line[]): CitedPlan[] {
  const seen = new Set<string>();
  const out: CitedPlan[] = [];
  for (const run of runsOf(opening)) {
    for (const m of run.text.matchAll(CITATION)) {
      const listAt = m.index + m[0].length - (m[1] ?? '').length;
      for (const t of (m[1] ?? '').matchAll(/《([^》]+)》/g)) {
        const title = t[1] ?? '';
        if (seen.has(title)) continue;
        seen.add(title);
        out.push({ title, line: lineAt(run, listAt + t.index) });
      }
    }
  }
  return out;
}
