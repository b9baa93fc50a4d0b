/**
 * The note card page (`notecard.html?text=...&size=4x6|a6`): shows the note on a card of
 * the chosen size, lets the user change its words, and prints it when they ask. The text
 * only ever becomes text nodes; the address keeps the edited text, so a reload keeps it.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildNoteCard, CARD_SIZES, cardSizeLabel, MAX_CARD_CHARS, noteCardQuery, parseNoteCardParams, type CardSize } from '@/lib/core/templates/note-card';

function NoteCardPage({ text: initialText, initialSize, truncated }: { text: string; initialSize: CardSize; truncated: boolean }) {
  const [size, setSize] = useState<CardSize>(initialSize);
  const [text, setText] = useState(initialText);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    host.current?.replaceChildren(buildNoteCard(document, text, size));
    history.replaceState(null, '', noteCardQuery(text, size));
  }, [text, size]);
  return (
    <>
      <div class="av-toolbar av-noprint" role="toolbar" aria-label="Note card">
        <label>
          Card size{' '}
          <select value={size} onChange={(e) => setSize((e.currentTarget as HTMLSelectElement).value as CardSize)}>
            {CARD_SIZES.map((s) => (
              <option key={s} value={s}>
                {cardSizeLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label class="av-text">
          Text on the card
          <textarea rows={8} maxLength={MAX_CARD_CHARS} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <button type="button" onClick={() => window.print()} disabled={!text.trim()}>
          Print
        </button>
        {!text.trim() && <p role="status">There is no text to print. Write it above, or open the card again from the sidebar.</p>}
        {truncated && <p role="status">Only the first {MAX_CARD_CHARS} characters fit on a card; the rest was left off.</p>}
      </div>
      <div ref={host} />
    </>
  );
}

const params = parseNoteCardParams(location.search);
render(<NoteCardPage text={params.text} initialSize={params.size} truncated={params.truncated} />, document.getElementById('app')!);
