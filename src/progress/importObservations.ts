import { createHash, randomUUID } from 'node:crypto';
import { originProps, type Origin } from '../audit/origin';
import type { Executor } from '../db/executor';
import { decodeInput, readInput } from '../files/readInput';
import { OBSERVATIONS_CSV } from '../files/kinds';
import { readActualsCsv } from './actualsCsv';
import { IMPORT_OBSERVATIONS, RECORD_IMPORT } from './cypher';

export interface ImportObservationsProps {
  executor: Executor;
  /** The CSV as given on the command line; stored on every observation as its provenance. */
  file: string;
  by: string;
  /** Where the import came from, kept on its (:Load) record. */
  origin: Origin;
}

export interface ImportResult {
  importId: string;
  file: string;
  rows: number;
  /** Rows whose value, unit, source or line differ from what the graph held (all of them the first time). */
  changed: number;
}

/** `plangraph observations import`: the file's bytes, imported by importObservationsCsv. */
export function importObservations({ file, ...rest }: ImportObservationsProps): Promise<ImportResult> {
  return importObservationsCsv({ ...rest, file, bytes: readInput(file, OBSERVATIONS_CSV) });
}

/**
 * Every row of the CSV, validated before anything is written, then written in one transaction
 * under the write lock with its (:Load {kind: 'observations'}) record: the whole file or nothing.
 * An observation is keyed by region, measure and year, so importing the same file again changes
 * no observation, and a corrected file replaces the values. `file` names the CSV (a path from the
 * CLI, a name the API client gave) on every observation and in every error.
 */
export async function importObservationsCsv({
  executor,
  file,
  bytes,
  by,
  origin,
}: ImportObservationsProps & { bytes: Uint8Array }): Promise<ImportResult> {
  const rows = readActualsCsv(decodeInput(bytes, file, OBSERVATIONS_CSV), file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const importId = `observations/${randomUUID()}`;
  const at = new Date().toISOString();
  const changed = await executor.inWriteTransaction(async (tx) => {
    const written = (await tx.run(IMPORT_OBSERVATIONS, { rows, file, sha256, importId, at })).rows[0];
    if (Number(written?.written ?? 0) !== rows.length)
      throw new Error(
        `wrote ${String(written?.written)} of ${rows.length} observations: a region or measure is missing from the graph (load the reference data first)`,
      );
    const n = Number(written?.changed ?? 0);
    await tx.run(RECORD_IMPORT, {
      importId,
      file,
      sha256,
      at,
      by,
      rows: rows.length,
      changed: n,
      origin: originProps(origin),
    });
    return n;
  });
  return { importId, file, rows: rows.length, changed };
}
