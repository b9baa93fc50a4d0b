/**
 * A small rich-text editor: a contenteditable area and a toolbar of editing commands
 * (`document.execCommand`, which extension pages still support). What it shows is built
 * from nodes by the sanitiser; the only HTML string it ever inserts is a paste or a link
 * that has just been sanitised. Everything is saved sanitised again by the storage layer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PLACEHOLDER_NAMES, PLACEHOLDERS } from '@/lib/core/templates/types';
import { sanitizeTemplateHtml, userTemplateFragment } from '@/lib/dom/templates/user-templates';
import { checkLinkUrl, preparePaste } from './model';

export interface RichTextEditorProps {
  /** The HTML to show whenever `version` changes. */
  html: string;
  version: number;
  labelId: string;
  describedBy?: string;
  onChange(html: string): void;
  /** A message for the user (a refused paste, say). */
  onWarn(message: string): void;
}

type Command = { id: string; label: string; key?: string; run: string };

const COMMANDS: Command[] = [
  { id: 'bold', label: 'Bold', key: 'Ctrl+B', run: 'bold' },
  { id: 'italic', label: 'Italic', key: 'Ctrl+I', run: 'italic' },
  { id: 'underline', label: 'Underline', key: 'Ctrl+U', run: 'underline' },
  { id: 'ul', label: 'Bulleted list', run: 'insertUnorderedList' },
  { id: 'ol', label: 'Numbered list', run: 'insertOrderedList' },
];

export function RichTextEditor({ html, version, labelId, describedBy, onChange, onWarn }: RichTextEditorProps) {
  const area = useRef<HTMLDivElement>(null);
  /** Where the caret or selection last was inside the editor, to act there after a toolbar control had the focus. */
  const lastRange = useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('https://');
  const [linkError, setLinkError] = useState('');
  const [placeholder, setPlaceholder] = useState<string>(PLACEHOLDER_NAMES[0]!);
  const linkInput = useRef<HTMLInputElement>(null);

  // Show the given body afresh (built as sanitised nodes) when another template is opened.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.replaceChildren(userTemplateFragment(html));
    lastRange.current = null;
  }, [version]);

  useEffect(() => {
    const remember = () => {
      const el = area.current;
      const sel = document.getSelection();
      if (el && sel && sel.rangeCount && el.contains(sel.anchorNode)) lastRange.current = sel.getRangeAt(0).cloneRange();
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  useEffect(() => {
    if (linkOpen) linkInput.current?.focus();
  }, [linkOpen]);

  const report = () => {
    if (area.current) onChange(area.current.innerHTML);
  };

  /** Puts the focus and the last selection back into the editor. */
  const focusBack = () => {
    const el = area.current;
    if (!el) return;
    el.focus();
    const range = lastRange.current;
    const sel = document.getSelection();
    if (range && sel && el.contains(range.startContainer)) {
      sel.removeAllRanges();
      sel.addRange(range);
    }
  };

  const exec = (command: string, value?: string) => {
    focusBack();
    document.execCommand(command, false, value);
    report();
  };

  const addLink = () => {
    const check = checkLinkUrl(linkUrl);
    if (!check.ok) {
      setLinkError(check.error);
      linkInput.current?.focus();
      return;
    }
    setLinkOpen(false);
    setLinkError('');
    focusBack();
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) {
      // Nothing selected: the address itself becomes the link's text. Built as a node, sanitised, then inserted.
      const holder = document.createElement('div');
      const a = document.createElement('a');
      a.href = check.url;
      a.textContent = check.url;
      holder.append(a);
      document.execCommand('insertHTML', false, sanitizeTemplateHtml(holder.innerHTML));
    } else document.execCommand('createLink', false, check.url);
    report();
  };

  const clearFormatting = () => {
    exec('removeFormat');
    exec('unlink');
  };

  const cancelLink = () => {
    setLinkOpen(false);
    setLinkError('');
    focusBack();
  };

  const onPaste = (e: ClipboardEvent) => {
    e.preventDefault();
    const data = e.clipboardData;
    if (!data) return;
    const result = preparePaste({ html: data.getData('text/html'), text: data.getData('text/plain') }, area.current?.innerHTML.length ?? 0);
    if (!result.ok) {
      onWarn(result.error);
      return;
    }
    // The one HTML string that goes into the editor: sanitised just above.
    if ('html' in result) {
      if (result.html) document.execCommand('insertHTML', false, result.html);
    } else if (result.text) document.execCommand('insertText', false, result.text);
    report();
  };

  // Dropped content would skip the paste check: ask for a paste instead.
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    onWarn('Dropping into the text is not supported: copy what you want and paste it here instead.');
  };

  // Buttons keep the editor's focus and selection when clicked with a mouse.
  const keepFocus = (e: MouseEvent) => e.preventDefault();

  return (
    <div class="rte">
      <div class="rte-toolbar" role="toolbar" aria-label="Formatting" aria-controls="rte-area">
        {COMMANDS.map((c) => (
          <button key={c.id} type="button" class={`rte-btn rte-${c.id}`} title={c.key ? `${c.label} (${c.key})` : c.label} onMouseDown={keepFocus} onClick={() => exec(c.run)}>
            {c.label}
          </button>
        ))}
        <button
          type="button"
          class="rte-btn rte-link"
          aria-expanded={linkOpen}
          aria-controls="rte-link-form"
          onMouseDown={keepFocus}
          onClick={() => (linkOpen ? cancelLink() : setLinkOpen(true))}
        >
          Link
        </button>
        <button type="button" class="rte-btn rte-clear" onMouseDown={keepFocus} onClick={clearFormatting}>
          Clear formatting
        </button>
        <span class="rte-placeholder">
          <label for="rte-placeholder-pick">Placeholder</label>
          <select id="rte-placeholder-pick" value={placeholder} onChange={(e) => setPlaceholder((e.currentTarget as HTMLSelectElement).value)}>
            {PLACEHOLDER_NAMES.map((name) => (
              <option key={name} value={name}>
                {`${PLACEHOLDERS[name]} — {{${name}}}`}
              </option>
            ))}
          </select>
          <button type="button" class="rte-btn rte-insert" onMouseDown={keepFocus} onClick={() => exec('insertText', `{{${placeholder}}}`)}>
            Insert placeholder
          </button>
        </span>
      </div>
      {linkOpen ? (
        <div id="rte-link-form" class="rte-link-form">
          <label for="rte-link-url">Link address</label>
          <input
            id="rte-link-url"
            ref={linkInput}
            type="url"
            value={linkUrl}
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? 'rte-link-error' : 'rte-link-hint'}
            onInput={(e) => setLinkUrl((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addLink();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancelLink();
              }
            }}
          />
          <button type="button" onClick={addLink}>
            Add link
          </button>
          <button type="button" class="quiet" onClick={cancelLink}>
            Cancel
          </button>
          {linkError ? (
            <p id="rte-link-error" class="field-error" role="alert">
              {linkError}
            </p>
          ) : (
            <p id="rte-link-hint" class="hint">
              A web address starting with https:// or an email address starting with mailto: — the selected text becomes the link.
            </p>
          )}
        </div>
      ) : null}
      <div
        id="rte-area"
        ref={area}
        class="rte-area"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        spellcheck
        onInput={report}
        onPaste={onPaste}
        onDrop={onDrop}
      />
    </div>
  );
}
