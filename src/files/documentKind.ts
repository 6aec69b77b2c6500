/** A document format, in words, and how to get its text. */
export interface DocumentKind {
  is: string;
  fix: string;
}

/**
 * Formats people hand over instead of text, told by their first bytes. A `.pdf` name over plain
 * text is not one of them: names are not trusted, bytes are.
 */
export function documentKind(bytes: Uint8Array, file: string): DocumentKind | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const stem = file.replace(/\.[^./\\]+$/, '');
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) {
    return {
      is: 'a PDF document (it starts with %PDF-)',
      fix: `Convert it to text first, e.g. pdftotext -layout ${file} ${stem}.txt`,
    };
  }
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const is = /\.(docx|odt)$/i.test(file)
      ? 'a Word document (.docx is a ZIP of XML)'
      : /\.(xlsx|ods)$/i.test(file)
        ? 'a spreadsheet (.xlsx is a ZIP of XML)'
        : 'a ZIP archive (as .docx and .xlsx files are)';
    return {
      is,
      fix: `Save it as plain text in UTF-8 (Word: Save As → Plain Text → Unicode UTF-8), or e.g. pandoc -t plain -o ${stem}.txt ${file}`,
    };
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return { is: 'an old-format Office document (.doc, .xls, .wps)', fix: 'Save it as plain text in UTF-8 first' };
  }
  return null;
}

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** For bytes that are not UTF-8: whether they read as Chinese in GB18030 (which covers GBK and GB2312). */
export function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    return /[\u4e00-\u9fff]/.test(gb18030.decode(bytes.subarray(0, 64 * 1024)));
  } catch {
    return false;
  }
}
