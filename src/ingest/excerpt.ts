import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config/env';
import { fromText, readSource } from './source';
import { PLAN_TEXT } from '../files/kinds';
import { readPlanText } from './readPlanFile';

/** At most this many lines come back from one excerpt (a long chapter is cut, and says so). */
export const MAX_EXCERPT_LINES = 240;
export const MAX_CONTEXT_LINES = 40;

export interface ExcerptRequest {
  /** The plan's source file as recorded in the graph, relative to the project root (plans/x.txt). */
  file: string;
  /** The sha256 recorded when the plan was loaded; null when unknown. */
  sha256: string | null;
  lineStart: number;
  lineEnd: number;
  context: number;
}

export interface Excerpt {
  file: string;
  lineCount: number;
  /** False when the file on disk is not the one that was loaded: the lines may have moved. */
  matchesLoaded: boolean;
  /** True when the range was longer than MAX_EXCERPT_LINES and its end was left out. */
  truncated: boolean;
  lines: { number: number; text: string; highlighted: boolean }[];
}

/**
 * The graph names the file (an admin's script could name any): only a plan text inside the project
 * is read, never a path that climbs out of it or passes a dot folder or file (.neo4j holds the
 * database password, .env the settings, .git the history).
 */
export function readableSource(file: string): string | null {
  const abs = path.resolve(projectRoot, file);
  const rel = path.relative(projectRoot, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  if (rel.split(path.sep).some((part) => part.startsWith('.'))) return null;
  if (!PLAN_EXTENSIONS.has(path.extname(rel).toLowerCase())) return null;
  return abs;
}

// A plan read from a document (src/ingest/documents) counts its lines in the text read from it.
const PLAN_EXTENSIONS = new Set([PLAN_TEXT.ext, '.docx', '.pdf', '.html', '.htm']);

interface TextFile {
  key: string;
  lines: readonly string[];
  sha256: string;
}

// The five bundled plans are a few hundred KB together; the last few read are kept by size and time.
const recent = new Map<string, TextFile>();
const RECENT_FILES = 16;

async function readText(abs: string): Promise<TextFile | null> {
  const info = await stat(abs).catch(() => null);
  if (!info?.isFile() || info.size > PLAN_TEXT.maxBytes) return null;
  const key = `${info.size}:${info.mtimeMs}`;
  const cached = recent.get(abs);
  if (cached?.key === key) return cached;
  let file: TextFile;
  try {
    // The parser's own decoding, document reading and line split, so line numbers mean what they
    // meant at load time; the hash is the file's bytes', as recorded at load time.
    const bytes = await readFile(abs);
    if (path.extname(abs).toLowerCase() === PLAN_TEXT.ext) {
      const source = readSource(bytes, abs);
      file = { key, lines: source.lines, sha256: source.sha256 };
    } else {
      const read = await readPlanText(abs);
      const source = typeof read === 'string' ? readSource(bytes, abs) : fromText(read.lines.join('\n'), abs, bytes);
      file = { key, lines: source.lines, sha256: source.sha256 };
    }
  } catch {
    return null;
  }
  recent.delete(abs);
  recent.set(abs, file);
  if (recent.size > RECENT_FILES) recent.delete(recent.keys().next().value as string);
  return file;
}

/** Lines lineStart–lineEnd of a plan's source with `context` lines either side; null when the file cannot be read. */
export async function readExcerpt(req: ExcerptRequest): Promise<Excerpt | null> {
  const abs = readableSource(req.file);
  if (!abs) return null;
  const text = await readText(abs);
  if (!text) return null;
  const lineCount = text.lines.length;
  const context = Math.max(0, Math.min(req.context, MAX_CONTEXT_LINES));
  const start = Math.max(1, Math.min(req.lineStart, lineCount));
  const fullEnd = Math.max(start, Math.min(req.lineEnd, lineCount));
  const end = Math.min(fullEnd, start + MAX_EXCERPT_LINES - 1);
  const from = Math.max(1, start - context);
  const to = Math.min(lineCount, (end < fullEnd ? end : fullEnd) + context);
  const lines = [];
  for (let n = from; n <= to; n++)
    lines.push({ number: n, text: text.lines[n - 1] ?? '', highlighted: n >= start && n <= end });
  return {
    file: req.file,
    lineCount,
    matchesLoaded: req.sha256 === null || req.sha256 === text.sha256,
    truncated: end < fullEnd,
    lines,
  };
}
