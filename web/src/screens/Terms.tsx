import { markTerms, type Glossary } from '../engine';
import { NL } from '../messages';

// Terms from scenarios/begrippen.yaml in the debrief: the first time a term appears it is marked
// (dotted underline, its explanation as a tooltip) and explained right under the text it is in, so
// a volunteer never has to look "voorliggend" or "LSD" up elsewhere. The full list opens on demand.

export type Marked = { pieces: { text: string; term?: string }[]; fresh: string[] };

/** Each text in pieces, with the terms it introduces first (in reading order across all texts). */
export function markAll(texts: readonly string[], glossary: Glossary): Marked[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const pieces = markTerms(text, glossary, seen);
    return { pieces, fresh: pieces.flatMap((p) => (p.term ? [p.term] : [])) };
  });
}

export function TermText({ marked, glossary }: { marked: Marked; glossary: Glossary }) {
  return (
    <>
      {marked.pieces.map((p, i) =>
        p.term && Object.hasOwn(glossary, p.term) ? (
          <dfn key={i} className="term" title={glossary[p.term]!.explanation}>{p.text}</dfn>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** The explanations of the terms a text introduces, right under it. */
export function TermNotes({ ids, glossary }: { ids: readonly string[]; glossary: Glossary }) {
  const known = ids.filter((id) => Object.hasOwn(glossary, id));
  if (known.length === 0) return null;
  return (
    <dl className="terms no-print" aria-label={NL.termsHere}>
      {known.map((id) => (
        <div key={id}>
          <dt>{glossary[id]!.term}</dt>
          <dd>{glossary[id]!.explanation}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every term of the glossary, folded away until asked for. */
export function GlossaryPanel({ glossary }: { glossary: Glossary }) {
  const entries = Object.values(glossary).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  if (entries.length === 0) return null;
  return (
    <details className="glossary no-print">
      <summary>{NL.glossaryHeading}</summary>
      <dl>
        {entries.map((e) => (
          <div key={e.term}>
            <dt>{e.term}</dt>
            <dd>{e.explanation}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
