// Public surface of the ingest step: text → PlanDocument.
export { parsePlan, type ParseOptions } from './parsePlan';
export { readPlanDocument, readPlanFile, readPlanText } from './readPlanFile';
export type { DocumentFormat, DocumentText } from './documents/types';
export { parseSidecar, readSidecar, sidecarPath, sidecarSchema, type SidecarMeta } from './sidecar';
export { indicatorsCsvPath, parseIndicatorsCsv, readIndicatorsCsv, type IndicatorsCsv } from './indicatorsCsv';
export { parseChineseNumeral } from './numerals';
export { INCOMPLETE_TEXT_CODES, incompletenessWarnings, formatWarning } from './completeness';
export { PlanParseError, type PlanParseErrorCode } from './errors';
export type * from './types';
