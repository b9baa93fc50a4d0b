import { describe, expect, it } from 'vitest';
import { MAX_JSON_TEXT_BYTES, formatPath, lineColumn, parseJsonText } from '@/lib/core/notes/json-text';

/** The error message parseJsonText gives for a text it refuses. */
function errorOf(text: string): string {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 40)}`);
  return result.error;
}

describe('parseJsonText', () => {
  it('returns the value of valid JSON, with or without a byte order mark', () => {
    expect(parseJsonText('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
    expect(parseJsonText('\ufeff[true]')).toEqual({ ok: true, value: [true] });
  });

  it('calls an empty or blank file empty', () => {
    for (const text of ['', '   \n', '\ufeff']) expect(errorOf(text)).toBe('The file is empty.');
  });

  it('names where a truncated text stops and what was expected there', () => {
    expect(errorOf('{"a": [1, 2')).toBe('Not valid JSON: the text ends where "," or "]" was expected at line 1, column 12.');
    expect(errorOf('{\n  "a": "unfinished')).toBe('Not valid JSON: the text ends inside a string at line 2, column 19.');
  });

  it('points at the closing bracket after a trailing comma', () => {
    expect(errorOf('{"a": 1,}')).toBe('Not valid JSON: unexpected "}" where a property name in double quotes was expected at line 1, column 9.');
    expect(errorOf('[1, 2,]')).toBe('Not valid JSON: unexpected "]" where a value was expected at line 1, column 7.');
  });

  it('refuses comments, at the slash that starts them', () => {
    expect(errorOf('{\n  // note\n  "a": 1\n}')).toBe('Not valid JSON: unexpected "/" where a property name in double quotes was expected at line 2, column 3.');
    expect(errorOf('{"a": 1 /* c */}')).toBe('Not valid JSON: unexpected "/" where "," or "}" was expected at line 1, column 9.');
  });

  it('names a stray character, and text after the end of the data', () => {
    expect(errorOf('{"a": 1} x')).toBe('Not valid JSON: unexpected "x" after the end of the data at line 1, column 10.');
    expect(errorOf('{"a" 1}')).toBe('Not valid JSON: unexpected "1" where ":" was expected at line 1, column 6.');
  });

  it('names what is wrong inside strings and numbers', () => {
    expect(errorOf('{"a": "x\ny"}')).toBe('Not valid JSON: a line break inside a string at line 1, column 9.');
    expect(errorOf('{"a": "\\q"}')).toBe('Not valid JSON: a bad escape "\\q" in a string at line 1, column 8.');
    expect(errorOf('{"a": 01}')).toBe('Not valid JSON: a malformed number at line 1, column 8.');
  });

  it('locates an error in a file that starts with a byte order mark', () => {
    expect(errorOf('\ufeff{"a":\n tru}')).toBe('Not valid JSON: unexpected "t" where a value was expected at line 2, column 2.');
  });

  it('locates an error near the end of a 1 MB text', () => {
    const items = Array.from({ length: 15000 }, (_, i) => ({ id: `item-${i}`, text: 'lorem ipsum dolor' }));
    const good = JSON.stringify({ items }, null, 2);
    expect(good.length).toBeGreaterThan(1024 * 1024);
    // A comma after the last item: `...}\n  ]\n}` becomes `...},\n  ]\n}`.
    const bad = `${good.slice(0, -6)},${good.slice(-6)}`;
    const lines = bad.split('\n').length;
    expect(errorOf(bad)).toBe(`Not valid JSON: unexpected "]" where a value was expected at line ${lines - 1}, column 3.`);
  });

  it('survives hostile nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000);
    expect(errorOf(deep)).toBe('Not valid JSON: the text ends where a value was expected at line 1, column 200001.');
  });

  it('refuses a text over the size limit before parsing it', () => {
    expect(errorOf(' '.repeat(MAX_JSON_TEXT_BYTES + 1))).toBe('The file is too large (20.0 MB); the limit is 20 MB.');
  });
});

describe('lineColumn', () => {
  it('starts at line 1, column 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and quotes keys that are not identifiers', () => {
    expect(formatPath(['data', 'companies', 2, 'a b', '__proto__', '1x'])).toBe('data.companies[2]["a b"].__proto__["1x"]');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});
