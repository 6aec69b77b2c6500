/**
 * Plan scripts batch rows as `UNWIND [ {…}, … ] AS row`, so that any Cypher tool can run them.
 * Neo4j spends most of such a statement's time parsing the literal (hundreds of ms per 100 rows);
 * sent as a parameter the same rows cost a few ms. So the loader lifts a leading literal list into
 * `$rows` when it is pure data, and leaves the statement untouched otherwise: the script text, its
 * meaning and its error positions stay the ones the admin reviewed.
 */
export interface LiftedStatement {
  cypher: string;
  params: { rows: unknown[] };
}

const LEADING_UNWIND = /^((?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*UNWIND\s+)\[/i;

export function liftUnwindLiteral(statement: string): LiftedStatement | null {
  const head = LEADING_UNWIND.exec(statement);
  if (!head) return null;
  const parser = new LiteralParser(statement, head[1]!.length);
  try {
    const rows = parser.value();
    if (!Array.isArray(rows)) return null;
    // Whatever follows must not be able to see the difference: it refers to the list only through its alias.
    const rest = statement.slice(parser.position);
    if (!/^\s+AS\s/i.test(rest) || /\$rows\b/.test(rest)) return null;
    return { cypher: `${head[1]}$rows${rest}`, params: { rows } };
  } catch {
    return null;
  }
}

class NotALiteral extends Error {}

/** A recursive-descent reader for Cypher literals: lists, maps, strings, numbers, booleans, null. */
class LiteralParser {
  constructor(
    private readonly text: string,
    public position: number,
  ) {}

  value(): unknown {
    this.skipSpace();
    const ch = this.text[this.position];
    if (ch === '[') return this.list();
    if (ch === '{') return this.map();
    if (ch === "'" || ch === '"') return this.string();
    const word = /^(?:true|false|null)\b/i.exec(this.text.slice(this.position, this.position + 6));
    if (word) {
      this.position += word[0].length;
      const lower = word[0].toLowerCase();
      return lower === 'null' ? null : lower === 'true';
    }
    return this.number();
  }

  private list(): unknown[] {
    this.position += 1;
    const items: unknown[] = [];
    this.skipSpace();
    if (this.text[this.position] === ']') return (this.position += 1), items;
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const ch = this.text[this.position++];
      if (ch === ']') return items;
      if (ch !== ',') throw new NotALiteral();
    }
  }

  private map(): Record<string, unknown> {
    this.position += 1;
    const map: Record<string, unknown> = {};
    this.skipSpace();
    if (this.text[this.position] === '}') return (this.position += 1), map;
    for (;;) {
      this.skipSpace();
      const key = this.key();
      this.skipSpace();
      if (this.text[this.position++] !== ':') throw new NotALiteral();
      map[key] = this.value();
      this.skipSpace();
      const ch = this.text[this.position++];
      if (ch === '}') return map;
      if (ch !== ',') throw new NotALiteral();
    }
  }

  private key(): string {
    if (this.text[this.position] === '`') {
      const end = this.text.indexOf('`', this.position + 1);
      if (end < 0) throw new NotALiteral();
      const name = this.text.slice(this.position + 1, end);
      this.position = end + 1;
      return name;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position, this.position + 200));
    if (!match) throw new NotALiteral();
    this.position += match[0].length;
    return match[0];
  }

  private string(): string {
    const quote = this.text[this.position++];
    let out = '';
    for (;;) {
      const ch = this.text[this.position++];
      if (ch === undefined) throw new NotALiteral();
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.text[this.position++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"' };
      if (esc !== undefined && esc in simple) out += simple[esc];
      else if (esc === 'u' || esc === 'U') {
        const digits = esc === 'u' ? 4 : 8;
        const hex = this.text.slice(this.position, this.position + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new NotALiteral();
        out += String.fromCodePoint(parseInt(hex, 16));
        this.position += digits;
      } else throw new NotALiteral();
    }
  }

  private number(): number | bigint {
    const match = /^-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.position, this.position + 64));
    if (!match) throw new NotALiteral();
    this.position += match[0].length;
    // Integers stay integers in Neo4j (the driver sends a BigInt as INTEGER, a number as FLOAT).
    return /^-?\d+$/.test(match[0]) ? BigInt(match[0]) : Number(match[0]);
  }

  /** White space and comments, which an admin may add between rows. */
  skipSpace(): void {
    for (;;) {
      const rest = this.text.slice(this.position, this.position + 2);
      if (/^\s/.test(rest)) this.position += 1;
      else if (rest === '//') this.position = this.endOf('\n', 1);
      else if (rest === '/*') this.position = this.endOf('*/', 2);
      else return;
    }
  }

  private endOf(marker: string, length: number): number {
    const end = this.text.indexOf(marker, this.position + 2);
    if (end < 0) throw new NotALiteral();
    return end + length;
  }
}
