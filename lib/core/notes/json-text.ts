/**
 * JSON text as a user hands it over (a backup, a templates file, a notes file): bounded in
 * size, parsed without evaluating anything, and, when it is malformed, the line and column
 * of the first error with what is wrong there. Also the JSON path notation the messages use.
 */

/** Larger inputs are refused before parsing. */
export const MAX_JSON_TEXT_BYTES = 20 * 1024 * 1024;

const IDENT_RE = /^[A-Za-z_$][\w$]*$/;

/** `data.companies[2].interviews[0].at`; odd keys are quoted: `data["a b"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENT_RE.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Parses JSON text, bounding its size. When `JSON.parse` refuses the text, a small
 * scanner finds where the first error is so that the message can name a line and a column
 * (engines word and place their own errors differently).
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  // A UTF-16 code unit is at least one byte of UTF-8, so this bound is never too strict.
  if (text.length > MAX_JSON_TEXT_BYTES) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return { ok: false, error: `The file is too large (${mb} MB); the limit is ${MAX_JSON_TEXT_BYTES / (1024 * 1024)} MB.` };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const fault = findJsonError(body);
    const offset = text.length - body.length;
    const { line, column } = lineColumn(text, fault.at + offset);
    return { ok: false, error: `Not valid JSON: ${fault.reason} at line ${line}, column ${column}.` };
  }
}

/** 1-based line and column (in characters) of an offset; `\r\n`, `\r` and `\n` end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count code points so that an emoji is one column.
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < end) i++;
    column++;
  }
  return { line, column };
}

/**
 * Finds the first syntax error of a JSON text in one pass, with an explicit stack (no
 * recursion, so hostile nesting cannot overflow). Only called once `JSON.parse` failed.
 */
export function findJsonError(text: string): { at: number; reason: string } {
  let i = 0;
  const n = text.length;
  // What each open container expects next.
  const stack: ('array' | 'object')[] = [];
  type State = 'value' | 'afterValue' | 'key' | 'colon' | 'firstValueOrEnd' | 'firstKeyOrEnd' | 'done';
  let state = 'value' as State;

  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  // Only called for an offset inside the text: each caller says "the text ends" itself otherwise.
  const describe = (at: number): string => `unexpected ${JSON.stringify(text[at])}`;
  const fail = (reason: string): { at: number; reason: string } => ({ at: Math.min(i, n), reason });

  // Scans a string starting at the opening quote; returns null on success.
  const scanString = (): { at: number; reason: string } | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          return fail('the text ends inside a string');
        }
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a bad \\u escape in a string');
          i += 6;
        } else return fail(`a bad escape "\\${e}" in a string`);
        continue;
      }
      if (c < 0x20) return fail(c === 0x0a ? 'a line break inside a string' : 'a control character inside a string');
      i++;
    }
    return fail('the text ends inside a string');
  };

  const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  // Scans one scalar or opens a container.
  const scanValue = (): { at: number; reason: string } | null => {
    const ch = text[i];
    if (ch === '{') {
      stack.push('object');
      i++;
      state = 'firstKeyOrEnd';
      return null;
    }
    if (ch === '[') {
      stack.push('array');
      i++;
      state = 'firstValueOrEnd';
      return null;
    }
    if (ch === '"') {
      const err = scanString();
      if (err) return err;
    } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (!m) return fail('a malformed number');
      i += m[0].length;
      const next = text[i];
      if (next !== undefined && /[0-9.eE+-]/.test(next)) return fail('a malformed number');
    } else {
      let matched = false;
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, i)) {
          i += word.length;
          matched = true;
          break;
        }
      }
      if (!matched) return fail(i >= n ? 'the text ends where a value was expected' : `${describe(i)} where a value was expected`);
    }
    state = stack.length === 0 ? 'done' : 'afterValue';
    return null;
  };

  // A closing bracket ends the innermost array or object: a value of its parent, or the whole text.
  const closeContainer = () => {
    i++;
    stack.pop();
    state = stack.length === 0 ? 'done' : 'afterValue';
  };

  for (;;) {
    skipWs();
    switch (state) {
      case 'done':
        if (i < n) return fail(`${describe(i)} after the end of the data`);
        // JSON.parse failed but the scanner did not: point at the end.
        return { at: n, reason: 'an unknown error' };
      case 'value': {
        const err = scanValue();
        if (err) return err;
        break;
      }
      case 'firstValueOrEnd':
        if (text[i] === ']') {
          closeContainer();
        } else {
          const err = scanValue();
          if (err) return err;
        }
        break;
      case 'firstKeyOrEnd':
        if (text[i] === '}') {
          closeContainer();
        } else {
          state = 'key';
        }
        break;
      case 'key':
        if (text[i] !== '"') {
          return fail(i >= n ? 'the text ends where a property name was expected' : `${describe(i)} where a property name in double quotes was expected`);
        }
        {
          const err = scanString();
          if (err) return err;
        }
        state = 'colon';
        break;
      case 'colon':
        if (text[i] !== ':') return fail(i >= n ? 'the text ends where ":" was expected' : `${describe(i)} where ":" was expected`);
        i++;
        state = 'value';
        break;
      case 'afterValue': {
        const top = stack[stack.length - 1];
        const close = top === 'object' ? '}' : ']';
        if (text[i] === ',') {
          i++;
          state = top === 'object' ? 'key' : 'value';
        } else if (text[i] === close) {
          closeContainer();
        } else {
          return fail(i >= n ? `the text ends where "," or "${close}" was expected` : `${describe(i)} where "," or "${close}" was expected`);
        }
        break;
      }
    }
  }
}
