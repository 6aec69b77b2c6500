import { PlanParseError } from './errors';
import type { TextMetadata } from './metadata';
import { regionOf } from './metadata';
import { periodFromTitle } from './period';
import type { SidecarMeta } from './sidecar';
import { joinCjk } from './text';
import type { CitedPlan, MetadataField, ParseWarning, PlanMetadata } from './types';

type Merged = Omit<PlanMetadata, 'id' | 'basedOn' | 'fromSidecar'>;

/**
 * Text first; the sidecar fills what the text lacks. A sidecar value the text contradicts is an error,
 * and a field the title implies (region, level, period) follows the title it came from.
 */
export function mergeMetadata(
  text: TextMetadata,
  sidecar: SidecarMeta | null,
  ctx: { id: string; basedOn: CitedPlan[]; file: string },
  warnings: ParseWarning[],
): PlanMetadata {
  const side = sidecar ?? {};
  const pick = <K extends MetadataField>(
    field: K,
    fromText: Merged[K] | null,
    same = (a: unknown, b: unknown) => a === b,
  ): Merged[K] | null => {
    const stated = side[field] as Merged[K] | undefined;
    if (stated === undefined) return fromText;
    if (fromText !== null && !same(fromText, stated)) {
      throw new PlanParseError(
        'SIDECAR_CONFLICT',
        `${ctx.file}: the sidecar says ${field} = ${JSON.stringify(stated)}, but the text prints ${JSON.stringify(fromText)}`,
      );
    }
    return fromText ?? stated;
  };
  const title = pick('title', text.title, (a, b) => joinCjk(String(a)) === joinCjk(String(b)));
  const implied = title && text.title === null ? titleFacts(title) : null;
  const merged = {
    title,
    region: pick('region', text.region ?? implied?.region ?? null),
    level: pick('level', text.level ?? implied?.level ?? null),
    periodStart: pick('periodStart', text.periodStart ?? implied?.period?.[0] ?? null),
    periodEnd: pick('periodEnd', text.periodEnd ?? implied?.period?.[1] ?? null),
    draft: pick('draft', text.draft ? true : null) ?? false,
    issuer: pick('issuer', text.issuer),
    docNumber: pick('docNumber', text.docNumber),
    issuedOn: pick('issuedOn', text.issuedOn),
  };
  const missing = (['title', 'region', 'level', 'periodStart', 'periodEnd'] as const).filter((f) => merged[f] === null);
  if (missing.length > 0) {
    throw new PlanParseError(
      'MISSING_METADATA',
      `${ctx.file}: the text does not print ${missing.join(', ')}; expected them in the sidecar <name>.meta.json`,
    );
  }
  const printed: Record<MetadataField, unknown> = { ...text, draft: text.draft ? true : null };
  const fromSidecar = (Object.keys(merged) as MetadataField[]).filter(
    (f) => printed[f] === null && (side[f] !== undefined || (merged[f] !== null && f !== 'draft' && implied !== null)),
  );
  if (fromSidecar.length > 0)
    warnings.push({
      line: null,
      code: 'METADATA_FROM_SIDECAR',
      message: `taken from the sidecar, not the text: ${fromSidecar.join(', ')}`,
    });
  return { id: side.id ?? ctx.id, ...(merged as Merged), basedOn: ctx.basedOn, fromSidecar };
}

/** Facts a sidecar title implies; they count as coming from the sidecar. */
function titleFacts(title: string) {
  const place = regionOf(title);
  const period = periodFromTitle(title);
  return { region: place?.region ?? null, level: place?.level ?? null, period };
}
