import { describe, expect, it } from 'vitest';
import { dedupeRecipients, findAddress, parseRecipient, parseRecipientList, recipientFromChip } from '@/lib/dom/webmail/recipients';

describe('parseRecipient', () => {
  it('reads the usual chip texts', () => {
    expect(parseRecipient('Dana Reyes <dana@northwind.example>')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('"Reyes, Dana" <dana@northwind.example>')).toEqual({ name: 'Reyes, Dana', address: 'dana@northwind.example' });
    expect(parseRecipient('  dana@northwind.example ')).toEqual({ address: 'dana@northwind.example' });
    expect(parseRecipient('Dana Reyes (dana@northwind.example)')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('山田 花子 <hanako@rei.example>')).toEqual({ name: '山田 花子', address: 'hanako@rei.example' });
    expect(parseRecipient('Tomás García')).toEqual({ name: 'Tomás García', address: '' });
    expect(parseRecipient('dana@northwind.example <dana@northwind.example>')).toEqual({ address: 'dana@northwind.example' });
    expect(parseRecipient('   ')).toBeNull();
  });

  it('finds an address inside longer text, without trailing punctuation', () => {
    expect(findAddress('Remove dana@northwind.example.')).toBe('dana@northwind.example');
    expect(findAddress('no address here')).toBeNull();
    expect(findAddress("write to 'dana@northwind.example'")).toBe('dana@northwind.example');
  });

  it('reads no address from a quoted local part, a second @ or a cut-off word: none may pass for a saved one', () => {
    expect(findAddress('"dana@northwind.example"@attacker.test')).toBeNull();
    expect(findAddress('dana@northwind.example@attacker.test')).toBeNull();
    expect(findAddress("o'brien@northwind.example")).toBeNull();
    expect(parseRecipient('Dana Reyes <"dana@northwind.example"@attacker.test>')).toBeNull();
    expect(parseRecipient('x@y.test@dana@northwind.example')?.address ?? '').toBe('');
  });
});

describe('parseRecipientList', () => {
  it('splits at commas and semicolons outside quotes and brackets, keeping only addresses', () => {
    expect(parseRecipientList('"Reyes, Dana" <dana@n.example>; priya@n.example, not an address,')).toEqual([
      { name: 'Reyes, Dana', address: 'dana@n.example' },
      { address: 'priya@n.example' },
    ]);
    expect(parseRecipientList('')).toEqual([]);
  });
});

describe('recipientFromChip', () => {
  const chip = (html: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.firstElementChild!;
  };

  it('prefers attributes over text', () => {
    const el = chip('<div data-name="Dana Reyes" data-hovercard-id="dana@n.example"><div>Dana R…</div></div>');
    expect(recipientFromChip(el, { addressAttributes: ['data-hovercard-id'], nameAttributes: ['data-name'] })).toEqual({ name: 'Dana Reyes', address: 'dana@n.example' });
  });

  it('drops a name that is only the address', () => {
    const el = chip('<div data-name="dana@n.example" data-hovercard-id="dana@n.example"></div>');
    expect(recipientFromChip(el, { addressAttributes: ['data-hovercard-id'], nameAttributes: ['data-name'] })).toEqual({ address: 'dana@n.example' });
  });

  it('reads the text holder, then an address in a title or aria-label', () => {
    expect(recipientFromChip(chip('<span><span><b>x</b><i>Dana &lt;dana@n.example&gt;</i></span></span>'), { textSelector: 'i' })).toEqual({
      name: 'Dana',
      address: 'dana@n.example',
    });
    expect(recipientFromChip(chip('<span title="dana@n.example">Dana</span>'))).toEqual({ name: 'Dana', address: 'dana@n.example' });
    expect(recipientFromChip(chip('<span><button aria-label="Remove dana@n.example"></button>Dana</span>'))).toEqual({ name: 'Dana', address: 'dana@n.example' });
    expect(recipientFromChip(chip('<span></span>'))).toBeNull();
  });

  it('survives a selector the browser rejects', () => {
    expect(recipientFromChip(chip('<span>dana@n.example</span>'), { textSelector: '[[' })).toEqual({ address: 'dana@n.example' });
  });
});

describe('dedupeRecipients', () => {
  it('keeps the first of each address, case-insensitively, adding a missing name', () => {
    expect(dedupeRecipients([{ address: 'Dana@n.example' }, { name: 'Dana', address: 'dana@n.example' }, { name: 'Tomás', address: '' }, { name: 'Tomás', address: '' }])).toEqual([
      { name: 'Dana', address: 'Dana@n.example' },
      { name: 'Tomás', address: '' },
    ]);
  });
});
