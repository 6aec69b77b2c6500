import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useGql } from '../api/hooks';
import { QueryView } from '../components/Query';
import { graphql } from '../gql';
import { t } from '../i18n';
import { paths, type LineRange } from '../lib/paths';

const SOURCE = graphql(`
  query PlanSource($id: ID!, $lineStart: Int!, $lineEnd: Int!) {
    plan(id: $id) {
      id
      sourceText(lineStart: $lineStart, lineEnd: $lineEnd, context: 8) {
        file
        lineCount
        matchesLoaded
        truncated
        lines {
          number
          text
          highlighted
        }
      }
    }
  }
`);

/** The plan's text around a line range, the range highlighted and scrolled into view. One request. */
export function SourcePanel({ planId, range }: { planId: string; range: LineRange }) {
  const query = useGql(SOURCE, { id: planId, ...range });
  return (
    <aside className="source-panel" data-source-panel aria-label={t.source.title}>
      <div className="source-head">
        <strong>
          {t.source.title} · {t.source.lines(range.lineStart, range.lineEnd)}
        </strong>
        <Link to={paths.plan(planId)} preventScrollReset className="small">
          {t.source.close}
        </Link>
      </div>
      <QueryView query={query} ready="source">
        {(data) => {
          const text = data.plan.sourceText;
          if (!text) return <p className="muted">{t.source.unavailable}</p>;
          return (
            <>
              <div className="muted small-text">{text.file}</div>
              {!text.matchesLoaded && <p className="warning">{t.source.changed}</p>}
              {text.truncated && <p className="muted">{t.source.truncated}</p>}
              <Lines lines={text.lines} />
            </>
          );
        }}
      </QueryView>
    </aside>
  );
}

function Lines({ lines }: { lines: { number: number; text: string; highlighted: boolean }[] }) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLDivElement>(null);
  // Scrolls the panel, not the page, so the row that was clicked stays where the reader left it.
  useEffect(() => {
    if (box.current && first.current)
      box.current.scrollTop = first.current.offsetTop - box.current.offsetTop - box.current.clientHeight / 3;
  }, [lines]);
  const firstHighlighted = lines.find((l) => l.highlighted)?.number;
  return (
    <div className="source-lines" ref={box}>
      {lines.map((line) => (
        <div
          key={line.number}
          ref={line.number === firstHighlighted ? first : undefined}
          className={line.highlighted ? 'line hl' : 'line'}
          data-line={line.number}
          data-highlighted={line.highlighted || undefined}
        >
          <span className="ln">{line.number}</span>
          <span className="lt">{line.text}</span>
        </div>
      ))}
    </div>
  );
}
