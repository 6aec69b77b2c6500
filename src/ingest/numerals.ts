const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters a Chinese ordinal may be written with (第十二章, 二〇三五年). */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/**
 * Parses a Chinese numeral: 一 … 九十九 (also 一百…), 〇/零, 两, and digit-by-digit forms like
 * 二〇三五. Returns null when the string is not a numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || [...text].some((ch) => !NUMERAL_CHARS.includes(ch))) return null;
  if (!/[十百]/.test(text)) return positional(text);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = null;
    } else {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch] ?? null;
    }
  }
  return total + (digit ?? 0);
}

function positional(text: string): number {
  return [...text].reduce((acc, ch) => acc * 10 + (DIGITS[ch] ?? 0), 0);
}
