// Edges of reading JSON text: the size bound, what a bad value is called, and paths with odd keys.
import { describe, expect, it } from 'vitest';
import { formatPath, MAX_JSON_TEXT_BYTES, parseJsonText } from '@/lib/core/notes/json-text';

describe('the size bound', () => {
  it('a text of exactly the limit is read; one character more is refused', () => {
    const inner = 'a'.repeat(MAX_JSON_TEXT_BYTES - 2);
    const atLimit = parseJsonText(`"${inner}"`);
    expect(atLimit.ok).toBe(true);
    const over = parseJsonText(`"${inner}a"`);
    expect(over.ok).toBe(false);
  });
});

describe('a value that is not one', () => {
  it('a leading dot or plus is an unexpected character, not a malformed number', () => {
    expect(parseJsonText('[.5]')).toEqual({ ok: false, error: 'Not valid JSON: unexpected "." where a value was expected at line 1, column 2.' });
    expect(parseJsonText('{"a": +1}')).toEqual({ ok: false, error: 'Not valid JSON: unexpected "+" where a value was expected at line 1, column 7.' });
  });
});

describe('paths', () => {
  it('a key that is neither a string nor a number is quoted, even when it reads like a name', () => {
    expect(formatPath(['data', null, true, 'x'])).toBe('data["null"]["true"].x');
  });
});
