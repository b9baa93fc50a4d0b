import { describe, expect, it } from 'vitest';
import { dedupeRecipients, findAddress, parseRecipient, parseRecipientList, recipientFromChip } from '@/lib/dom/webmail/recipients';

describe('parseRecipient: which address counts', () => {
  it('takes the address in angle brackets over one written in the display name', () => {
    // Outlook and Gmail show an old alias as the name; the bracketed address is where mail goes.
    expect(parseRecipient('dana@old.example <dana@new.example>')).toEqual({ address: 'dana@new.example' });
  });

  it('reads an address whose closing bracket is not typed yet', () => {
    expect(parseRecipient('Dana Reyes <dana@northwind.example')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
  });

  it('keeps the name after an address when a lone ">" stands between them', () => {
    expect(parseRecipient('dana@northwind.example> Dana')).toEqual({ name: 'Dana', address: 'dana@northwind.example' });
  });

  it('treats angle brackets without an address as part of the name', () => {
    expect(parseRecipient('Dana <Recruiting> dana@northwind.example')).toEqual({ name: 'Dana Recruiting', address: 'dana@northwind.example' });
  });

  it('drops every trailing punctuation mark from an address, not only the last', () => {
    expect(findAddress('write to dana@northwind.example?!')).toBe('dana@northwind.example');
    expect(findAddress('dana@northwind.example...')).toBe('dana@northwind.example');
  });
});

describe('parseRecipient: the display name', () => {
  it('collapses runs of spaces left where the address was taken out', () => {
    expect(parseRecipient('Dana dana@northwind.example Reyes')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
  });

  it('strips all surrounding quotes, and only surrounding ones', () => {
    expect(parseRecipient('""Dana Reyes"" <dana@northwind.example>')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('\u201c\u201cDana\u201d\u201d <dana@northwind.example>')).toEqual({ name: 'Dana', address: 'dana@northwind.example' });
    expect(parseRecipient('Dana "DJ" Reyes <dana@northwind.example>')).toEqual({ name: 'Dana "DJ" Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('Dana O\u2019Brien <dana@northwind.example>')).toEqual({ name: 'Dana O\u2019Brien', address: 'dana@northwind.example' });
  });

  it('strips trailing commas and semicolons and the space before them', () => {
    expect(parseRecipient('Dana Reyes ,; <dana@northwind.example>')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('Dana Reyes,, <dana@northwind.example>')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
    expect(parseRecipient('" Dana Reyes" <dana@northwind.example>')).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
  });
});

describe('parseRecipientList: where a field splits', () => {
  it('splits plain comma-separated addresses', () => {
    expect(parseRecipientList('a@northwind.example, b@northwind.example;c@northwind.example')).toEqual([
      { address: 'a@northwind.example' },
      { address: 'b@northwind.example' },
      { address: 'c@northwind.example' },
    ]);
  });

  it('does not split at a comma inside angle brackets', () => {
    expect(parseRecipientList('dana@northwind.example <Reyes, Dana>, priya@northwind.example')).toEqual([
      { name: 'Reyes, Dana', address: 'dana@northwind.example' },
      { address: 'priya@northwind.example' },
    ]);
  });
});

describe('recipientFromChip: attributes', () => {
  const chip = (html: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.firstElementChild!;
  };
  const gmailHints = { addressAttributes: ['data-hovercard-id', 'email'], nameAttributes: ['data-name'] };

  it('takes the address from a later attribute when the first one is absent', () => {
    expect(recipientFromChip(chip('<span email="dana@northwind.example">Dana</span>'), gmailHints)).toEqual({ name: 'Dana', address: 'dana@northwind.example' });
  });

  it('ignores a blank name attribute and reads the name from the text', () => {
    const el = chip('<div data-name="  " data-hovercard-id="dana@northwind.example">Dana Reyes</div>');
    expect(recipientFromChip(el, gmailHints)).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
  });

  it('reads the name from the text when no name attribute is configured', () => {
    expect(recipientFromChip(chip('<span data-hovercard-id="dana@northwind.example">Dana Reyes</span>'), { addressAttributes: ['data-hovercard-id'] })).toEqual({
      name: 'Dana Reyes',
      address: 'dana@northwind.example',
    });
  });

  it('collapses the spacing of a name attribute', () => {
    const el = chip('<div data-name="Dana\n   Reyes" data-hovercard-id="dana@northwind.example"></div>');
    expect(recipientFromChip(el, gmailHints)).toEqual({ name: 'Dana Reyes', address: 'dana@northwind.example' });
  });
});

describe('dedupeRecipients: name-only recipients', () => {
  it('keeps different people known only by name', () => {
    expect(
      dedupeRecipients([
        { name: 'Tomás García', address: '' },
        { name: 'Lena Schmidt', address: '' },
      ]),
    ).toEqual([
      { name: 'Tomás García', address: '' },
      { name: 'Lena Schmidt', address: '' },
    ]);
  });

  it('keeps a name-only recipient beside someone of the same name with an address', () => {
    expect(
      dedupeRecipients([
        { name: 'Dana', address: 'dana@northwind.example' },
        { name: 'Dana', address: '' },
      ]),
    ).toEqual([
      { name: 'Dana', address: 'dana@northwind.example' },
      { name: 'Dana', address: '' },
    ]);
  });

  it('keeps the first name of a repeated address', () => {
    expect(
      dedupeRecipients([
        { name: 'Dana', address: 'dana@northwind.example' },
        { name: 'D. Reyes', address: 'DANA@northwind.example' },
      ]),
    ).toEqual([{ name: 'Dana', address: 'dana@northwind.example' }]);
  });
});
