import { curateRollUp, UnknownIndicatorError } from '../../align';
import { ScriptLoadError } from '../../db/script/errors';
import { audited } from '../../audit/auditFile';
import { apiOrigin } from '../../audit/origin';
import { loadScriptText } from '../../db/script/loadScripts';
import type { LoadRecord } from '../../data/records';
import { InputFileError } from '../../files/readInput';
import { ActualsCsvError } from '../../progress/actualsCsv';
import { importObservationsCsv } from '../../progress/importObservations';
import { requireAdmin } from '../auth';
import { badInput, notFound } from '../errors';
import type { MutationResolvers, Resolvers } from '../generated/graphql';

const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;

/** A client-given file name for audit records and provenance: plain, so it reads the same everywhere. */
function checkName(name: string, example: string): void {
  if (!/^[\w.\-/]{1,200}$/.test(name))
    throw badInput(`'name' must be 1–200 letters, digits, '.', '-', '_' or '/', e.g. ${example}`, 'name');
}

const mutation: Pick<MutationResolvers, 'loadScript' | 'curateRollUp' | 'importObservations'> = {
  loadScript: async (_, { input }, context) => {
    requireAdmin(context);
    checkName(input.name, 'jiangbei-2026-2030.cypher');
    if (Buffer.byteLength(input.script) > MAX_SCRIPT_BYTES)
      throw badInput(
        `'script' is larger than ${MAX_SCRIPT_BYTES} bytes; load large scripts with \`plangraph load\``,
        'script',
      );
    try {
      const origin = apiOrigin(context.requestId, context.clientAddress);
      const by = `api:${context.requestId}`;
      const result = await loadScriptText(context.executor, input.name, input.script, {
        by,
        origin,
        allowDelete: input.allowDelete === true,
      });
      return {
        label: 'Load',
        id: result.loadId,
        file: result.file,
        sha256: result.sha256,
        startedAt: result.startedAt,
        finishedAt: result.finishedAt,
        statements: result.statements,
        nodesCreated: result.counters.nodesCreated,
        relationshipsCreated: result.counters.relationshipsCreated,
        propertiesSet: result.counters.propertiesSet,
        nodesDeleted: result.counters.nodesDeleted,
        relationshipsDeleted: result.counters.relationshipsDeleted,
        by,
        clientAddress: origin.clientAddress ?? null,
        requestId: origin.requestId ?? null,
      } satisfies LoadRecord;
    } catch (err) {
      // The script is the client's input: its errors are theirs to see, with statement and line.
      if (err instanceof ScriptLoadError) throw badInput(err.message, 'script');
      throw err;
    }
  },
  curateRollUp: async (_, { input }, context) => {
    requireAdmin(context);
    const decision = input.decision === 'ACCEPT' ? 'accepted' : 'rejected';
    try {
      const { record, script } = await curateRollUp({
        executor: context.executor,
        from: input.fromIndicatorId,
        to: input.toIndicatorId,
        decision,
        by: `api:${context.requestId}`,
        note: input.note ?? null,
      });
      return {
        fromIndicatorId: record.from,
        toIndicatorId: record.to,
        decision: input.decision,
        note: record.note,
        by: record.by ?? '',
        at: record.at ?? '',
        script,
      };
    } catch (err) {
      if (err instanceof UnknownIndicatorError) throw notFound('indicator', err.id);
      throw err;
    }
  },
  importObservations: async (_, { input }, context) => {
    requireAdmin(context);
    checkName(input.name, 'actuals-2024.csv');
    const by = `api:${context.requestId}`;
    const origin = apiOrigin(context.requestId, context.clientAddress);
    try {
      const r = await audited(
        { kind: 'observations', by, origin, targets: [input.name] },
        () =>
          importObservationsCsv({
            executor: context.executor,
            file: input.name,
            bytes: Buffer.from(input.csv, 'utf8'),
            by,
            origin,
          }),
        (res) => ({ importId: res.importId, rows: res.rows, changed: res.changed }),
      );
      return { id: r.importId, name: r.file, rows: r.rows, changed: r.changed, by };
    } catch (err) {
      // The CSV is the client's: its problems (each with line and column) are theirs to see.
      if (err instanceof ActualsCsvError || err instanceof InputFileError) throw badInput(err.message, 'csv');
      throw err;
    }
  },
};

export const adminResolvers: Resolvers = { Mutation: mutation };
