import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_TEXT_BYTES, findJsonError, formatPath, lineColumn, parseJsonText } from '@/lib/core/notes/json-text';

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

describe('the error scanner', () => {
  it('names the fault inside strings, numbers and words', () => {
    expect(errorOf('{"a": "\\u12G4"}')).toBe('Not valid JSON: a bad \\u escape in a string at line 1, column 8.');
    expect(errorOf('{"a": "x\u0001"}')).toBe('Not valid JSON: a control character inside a string at line 1, column 9.');
    expect(errorOf('{"a": "ab\\')).toBe('Not valid JSON: the text ends inside a string at line 1, column 11.');
    expect(errorOf('[-]')).toBe('Not valid JSON: a malformed number at line 1, column 2.');
    expect(errorOf('[1.5e]')).toBe('Not valid JSON: a malformed number at line 1, column 5.');
    expect(errorOf('{"a": nul}')).toBe('Not valid JSON: unexpected "n" where a value was expected at line 1, column 7.');
  });

  it('reads past valid strings, escapes, words and numbers to the fault after them', () => {
    const text = '["\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t", true, false, null, 1.55, 1e+10, 2E-3, 1e55, -0, 9, 90.5e2,]';
    expect(errorOf(text)).toBe(`Not valid JSON: unexpected "]" where a value was expected at line 1, column ${text.length}.`);
    expect(errorOf('[x]')).toBe('Not valid JSON: unexpected "x" where a value was expected at line 1, column 2.');
    expect(errorOf('{"a":\t1,\r\n}')).toBe('Not valid JSON: unexpected "}" where a property name in double quotes was expected at line 2, column 1.');
  });

  it('follows nested containers to the bracket that does not match', () => {
    expect(errorOf('[[1], {"k": [2, {"z": null}]} }')).toBe('Not valid JSON: unexpected "}" where "," or "]" was expected at line 1, column 31.');
    expect(errorOf('[{"a": 1]')).toBe('Not valid JSON: unexpected "]" where "," or "}" was expected at line 1, column 9.');
    expect(errorOf('{"a": {}, "b": [] x}')).toBe('Not valid JSON: unexpected "x" where "," or "}" was expected at line 1, column 19.');
    expect(errorOf('["a" "b"]')).toBe('Not valid JSON: unexpected "\\"" where "," or "]" was expected at line 1, column 6.');
    expect(errorOf('{"a": 1, "b"}')).toBe('Not valid JSON: unexpected "}" where ":" was expected at line 1, column 13.');
    expect(errorOf('[1]]')).toBe('Not valid JSON: unexpected "]" after the end of the data at line 1, column 4.');
  });

  it('names what was expected when the text stops early', () => {
    expect(errorOf('{')).toBe('Not valid JSON: the text ends where a property name was expected at line 1, column 2.');
    expect(errorOf('{"a"')).toBe('Not valid JSON: the text ends where ":" was expected at line 1, column 5.');
    expect(errorOf('{"a":')).toBe('Not valid JSON: the text ends where a value was expected at line 1, column 6.');
  });

  // Texts one edit away from valid JSON: the scanner must agree with the engine on which are
  // valid, and it must not place an error after the engine's own position, when the engine names one.
  const oneEditFromJson = fc
    .tuple(fc.json({ depthSize: 'small' }), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[],:"\\0123456789-.eE+tfnu \n\r\tx/'))
    .map(([json, k, edit, ch]) => {
      const at = json.length ? k % json.length : 0;
      if (edit === 'delete') return json.slice(0, at) + json.slice(at + 1);
      return json.slice(0, at) + ch + json.slice(edit === 'insert' ? at : at + 1);
    });

  it('finds an error in every text JSON.parse refuses, and none in a text it accepts', () => {
    fc.assert(
      fc.property(oneEditFromJson, (text) => {
        let engineError: string | null = null;
        try {
          JSON.parse(text);
        } catch (error) {
          engineError = (error as Error).message;
        }
        const fault = findJsonError(text);
        if (engineError === null) {
          expect(fault).toEqual({ at: text.length, reason: 'an unknown error' });
          return;
        }
        expect(fault.reason).not.toBe('an unknown error');
        expect(fault.at).toBeLessThanOrEqual(text.length);
        const enginePosition = /at position (\d+)/.exec(engineError);
        if (enginePosition) expect(fault.at).toBeLessThanOrEqual(Number(enginePosition[1]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineColumn', () => {
  it('starts at line 1, column 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('ends a line at \\r\\n, \\r or \\n, counts an emoji as one column, and stops at the end of the text', () => {
    expect(lineColumn('a\r\nb', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('a\rb', 3)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('\r\n\r\n', 4)).toEqual({ line: 3, column: 1 });
    expect(lineColumn('😀😀x', 4)).toEqual({ line: 1, column: 3 });
    // The first and last high surrogates, and characters past them in the BMP, which are one unit each.
    expect(lineColumn('\ud800\udc00x', 3)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('\udbff\udfffx', 3)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('ＡＢx', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('ab', 10)).toEqual({ line: 1, column: 3 });
  });

  it('places an error after a CRLF line in the file', () => {
    expect(errorOf('\r\n[1,\r\n 2,]')).toBe('Not valid JSON: unexpected "]" where a value was expected at line 3, column 4.');
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and quotes keys that are not identifiers', () => {
    expect(formatPath(['data', 'companies', 2, 'a b', '__proto__', '1x'])).toBe('data.companies[2]["a b"].__proto__["1x"]');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});
