/**
 * Reading recipients out of webmail chips and address fields. The parsing here is
 * site-independent; each adapter says which attributes and elements its site uses.
 *
 * A recipient whose chip shows only a name (Outlook does that for contacts) keeps the name
 * with an empty address: the guideline rules match people by name when no address is known.
 */
import type { Recipient } from '@/lib/core/guidelines/types';

/** An address as written in chips and fields: no spaces, no brackets, one `@`. */
const ADDRESS_RE = /[^\s<>()[\]{},;:"'@]+@[^\s<>()[\]{},;:"'@]+/;

const ADDRESS_G = new RegExp(ADDRESS_RE.source, 'g');
/** Characters that, touching an address, mean it is part of a larger one: `"a@b.com"@evil.test`, `a@b.com@evil.test`. */
const JOINED = /["@]/;
/** An apostrophe inside a word before it: `o'brien@x.test` is not `brien@x.test`. */
const INNER_APOSTROPHE = /[\p{L}\p{N}]['’]$/u;

/**
 * The first email address in a string that stands on its own, without trailing
 * punctuation. A quoted local part or a second `@` makes the whole token something else,
 * so no address is read from it (it must never pass for a saved interviewer's).
 */
export function findAddress(text: string): string | null {
  ADDRESS_G.lastIndex = 0;
  for (let m = ADDRESS_G.exec(text); m; m = ADDRESS_G.exec(text)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    const joined = JOINED.test(before) || JOINED.test(after) || INNER_APOSTROPHE.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (!joined) return m[0].replace(/[.!?]+$/, '');
  }
  return null;
}

function cleanName(raw: string): string | undefined {
  const name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '')
    .replace(/[,;]+$/, '')
    .trim();
  return name && !ADDRESS_RE.test(name) ? name : undefined;
}

function recipient(name: string | undefined, address: string): Recipient {
  const cleaned = name === undefined ? undefined : cleanName(name);
  return cleaned ? { name: cleaned, address } : { address };
}

/**
 * One recipient from chip text: `Name <address>`, `"Last, First" <address>`, a bare
 * address, or a bare name. Null for empty text.
 */
export function parseRecipient(text: string): Recipient | null {
  const value = text.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const open = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  if (open >= 0 && close > open) {
    const address = findAddress(value.slice(open + 1, close));
    if (address) return recipient(value.slice(0, open), address);
  }
  const address = findAddress(value);
  if (address) {
    // "Name (address)" or "address (Name)": whatever is not the address is the name.
    const rest = value.replace(address, ' ').replace(/[()<>]/g, ' ');
    return recipient(rest, address);
  }
  const name = cleanName(value);
  return name ? { name, address: '' } : null;
}

/**
 * Several recipients from a field's raw value ("a@x.com, Dana <d@y.com>; ..."), splitting
 * at commas and semicolons outside quotes and angle brackets.
 */
export function parseRecipientList(text: string): Recipient[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<') angled = true;
    else if (ch === '>') angled = false;
    if ((ch === ',' || ch === ';') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(parseRecipient).filter((r): r is Recipient => r !== null && r.address !== '');
}

/** Where a site's chip keeps its parts. */
export interface ChipHints {
  /** Attributes holding the bare address (Gmail: `data-hovercard-id`, `email`). */
  addressAttributes?: readonly string[];
  /** Attributes holding the display name (Gmail: `data-name`). */
  nameAttributes?: readonly string[];
  /** A descendant holding the chip's text, when the chip holds more than that text. */
  textSelector?: string;
}

/**
 * One recipient from a chip element: attributes first (they are not translated and not
 * truncated), then the chip's text, then any address in its title or aria-label.
 */
export function recipientFromChip(chip: Element, hints: ChipHints = {}): Recipient | null {
  const attr = (names: readonly string[] | undefined) => (names ?? []).map((n) => chip.getAttribute(n)?.trim() ?? '').find((v) => v !== '') ?? '';
  let textHolder: Element = chip;
  if (hints.textSelector) {
    try {
      textHolder = chip.querySelector(hints.textSelector) ?? chip;
    } catch {
      textHolder = chip;
    }
  }
  const fromText = parseRecipient(textHolder.textContent ?? '');
  const address = findAddress(attr(hints.addressAttributes)) ?? (fromText?.address || null) ?? addressInLabels(chip);
  const name = attr(hints.nameAttributes) || fromText?.name;
  if (address) return recipient(name, address);
  return name ? recipient(name, '') : null;
}

/** An address mentioned in the title or aria-label of the chip or its descendants. */
function addressInLabels(chip: Element): string | null {
  for (const el of [chip, ...Array.from(chip.querySelectorAll('[title], [aria-label]'))]) {
    for (const name of ['title', 'aria-label']) {
      const found = findAddress(el.getAttribute(name) ?? '');
      if (found) return found;
    }
  }
  return null;
}

/** Drops repeats (same address, or same name when neither has an address), keeping the first and any name it lacked. */
export function dedupeRecipients(list: readonly Recipient[]): Recipient[] {
  const out: Recipient[] = [];
  for (const r of list) {
    const key = r.address.toLowerCase();
    const twin = out.find((o) => (key ? o.address.toLowerCase() === key : !o.address && o.name === r.name));
    if (!twin) out.push({ ...r });
    else if (!twin.name && r.name) twin.name = r.name;
  }
  return out;
}
