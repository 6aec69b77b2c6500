import { existsSync } from 'node:fs';
import { z } from 'zod';
import { META_JSON } from '../files/kinds';
import { readTextInput } from '../files/readInput';
import { asPlanError, PlanParseError } from './errors';

/** What an admin states about a plan its text does not print, in `<name>.meta.json` next to it. */
export const sidecarSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .optional(),
    title: z.string().min(2).optional(),
    region: z.string().min(2).optional(),
    level: z.enum(['municipal', 'district']).optional(),
    periodStart: z.number().int().min(1950).max(2100).optional(),
    periodEnd: z.number().int().min(1950).max(2100).optional(),
    draft: z.boolean().optional(),
    issuer: z.string().min(2).optional(),
    docNumber: z.string().min(2).optional(),
    issuedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export type SidecarMeta = z.infer<typeof sidecarSchema>;

export function sidecarPath(planPath: string): string {
  return planPath.replace(/\.(txt|docx|pdf|html?)$/i, '') + '.meta.json';
}

/** Validates sidecar JSON; every problem is listed in the error message. */
export function parseSidecar(json: string, file: string): SidecarMeta {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new PlanParseError(
      'SIDECAR_INVALID',
      `${file}: expected a JSON object, found text that is not JSON (${(e as Error).message})`,
    );
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new PlanParseError('SIDECAR_INVALID', `${file}: ${problems}`);
  }
  return result.data;
}

/** Reads `<name>.meta.json` next to the plan, or null when there is none. */
export function readSidecar(planPath: string): SidecarMeta | null {
  const path = sidecarPath(planPath);
  if (!existsSync(path)) return null;
  try {
    return parseSidecar(readTextInput(path, META_JSON).text, path);
  } catch (err) {
    throw asPlanError(err);
  }
}
