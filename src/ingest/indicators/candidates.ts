import type { HeaderMatch } from './locate';
import { cleanCell, normalizeLine } from './text';

/**
 * What the parser looked at when it found no table, so an admin can see why: headers it saw
 * without numbered rows under them, else the lines that mention 序号, 指标 or a year column.
 */
export function candidateLines(lines: readonly string[], headers: readonly HeaderMatch[]): string {
  const show = (line: number): string =>
    `line ${line}: "${cleanCell(normalizeLine(lines[line - 1] ?? '')).slice(0, 50)}"`;
  if (headers.length > 0) {
    const seen = headers.slice(0, 3).map((h) => `${show(h.start)} (${h.layout}, no numbered rows under it)`);
    return `; headers considered: ${seen.join('; ')}`;
  }
  const near: number[] = [];
  lines.forEach((l, i) => {
    if (near.length < 5 && /序\s*号|指\s*标.{0,20}\d{4}\s*年|主要指标/.test(l)) near.push(i + 1);
  });
  return near.length > 0
    ? `; lines considered: ${near.map(show).join('; ')}`
    : '; no line mentions 序号, 主要指标 or an indicator with a year column';
}
