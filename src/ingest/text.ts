// Line-level helpers. Plan texts come from Word/PDF conversion: full-width spaces stand in for
// spaces, `[bookmark: …]` debris marks where headings stood, and tabs separate flattened cells.

const BOOKMARK = /\[bookmark:[\s\u3000]*[^\]]*\]/g;

/** The line as a reader sees it: bookmarks dropped, full-width spaces folded, trimmed. */
export function cleanLine(raw: string): string {
  return raw
    .replace(BOOKMARK, '')
    .replace(/\u3000/g, ' ')
    .trim();
}

/** Drops spaces between CJK characters (a title broken over two lines keeps a space). */
export function joinCjk(text: string): string {
  return text.replace(/(?<=\P{ASCII})\s+(?=\P{ASCII})/gu, '');
}

/** A `_Toc` bookmark is Word's anchor for a table-of-contents heading. */
export function hasTocBookmark(raw: string): boolean {
  return /\[bookmark:[\s\u3000]*_Toc/.test(raw);
}

export function hasBookmark(raw: string): boolean {
  return raw.includes('[bookmark:');
}

/** Exactly one leading space (or U+3000): the trace a deleted heading leaves on the next paragraph. */
export function hasHeadingIndent(raw: string): boolean {
  return /^[ \u3000][^\s\u3000]/.test(raw);
}

/** Sentence-final punctuation: a line ending otherwise continues on the next line. */
export function endsSentence(text: string): boolean {
  return /[。！？；：:!?;”」』）)]$/.test(text);
}

/** Short, unpunctuated text that reads like a heading. */
export function isHeadingLike(text: string): boolean {
  return text.length >= 2 && text.length <= 30 && !/[。；！？，：,;:!?]/.test(text);
}

/** A page number printed with its marks: `- 6 -`, `— 6 —`, `－6－`, `第 6 页`, `第6页共20页`, `6 / 20`. */
export function isPageMark(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (
    /^[-—–－―]+\d{1,4}[-—–－―]+$/.test(t) || /^第\d{1,4}页(共\d{1,4}页)?$/.test(t) || /^\d{1,4}[/／]\d{1,4}$/.test(t)
  );
}

/** A page number line: with its marks, a roman numeral of the front matter, or a bare number. */
export function isPageNumber(clean: string): boolean {
  return isPageMark(clean) || /^([IVXⅠ-Ⅻ]{1,5}|\d{1,3})$/.test(clean);
}
