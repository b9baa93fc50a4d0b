import { describe, expect, it } from 'vitest';
import { rebase, rebaseValue, sameJson } from '@/lib/core/notes/rebase';
import type { CompanyRecord } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

describe('rebase: unsaved edits on top of the latest saved version', () => {
  const base = sampleCompany();
  const iv = base.interviews[0]!;

  it('keeps a field changed elsewhere and the field the user changed', () => {
    const mine = { ...base, role: 'Staff Engineer' };
    const theirs = { ...base, notes: 'from the popup' };
    expect(rebase(base, mine, theirs)).toMatchObject({ role: 'Staff Engineer', notes: 'from the popup' });
  });

  it('merges interviews by id: a note added elsewhere to one interview, the user editing another field of it', () => {
    const mine = { ...base, interviews: [{ ...iv, topics: ['typed on the page'] }] };
    const theirs = { ...base, interviews: [{ ...iv, ideas: [...iv.ideas, 'from the popup'] }] };
    const out = rebase(base, mine, theirs);
    expect(out.interviews).toHaveLength(1);
    expect(out.interviews[0]).toMatchObject({ topics: ['typed on the page'], ideas: [...iv.ideas, 'from the popup'] });
  });

  it('keeps items added on either side, drops the one the user deleted', () => {
    const added = { ...iv, id: 'i-new', topics: [] };
    const elsewhere = { ...iv, id: 'i-else', topics: [] };
    expect(rebase(base, { ...base, interviews: [...base.interviews, added] }, { ...base, interviews: [...base.interviews, elsewhere] }).interviews.map((x) => x.id)).toEqual([
      iv.id,
      'i-else',
      'i-new',
    ]);
    expect(rebase(base, { ...base, interviews: [] }, { ...base, role: 'x' })).toMatchObject({ interviews: [], role: 'x' });
  });

  it('an item deleted elsewhere stays deleted unless the user edited it', () => {
    const theirs = { ...base, interviews: [] };
    expect(rebase(base, { ...base, role: 'r' }, theirs).interviews).toEqual([]);
    expect(rebase(base, { ...base, interviews: [{ ...iv, topics: ['kept'] }] }, theirs).interviews.map((x) => x.topics)).toEqual([['kept']]);
  });

  it('a field the user cleared is removed, a list of strings is replaced whole', () => {
    const withRole: CompanyRecord = { ...base, role: 'Engineer', domains: ['a.com', 'b.com'] };
    const { role: _cleared, ...withoutRole } = withRole;
    const out = rebase(withRole, { ...withoutRole, domains: ['a.com'] }, { ...withRole, notes: 'n' });
    expect(out).not.toHaveProperty('role');
    expect(out).toMatchObject({ domains: ['a.com'], notes: 'n' });
  });
});

describe('sameJson: whether an edit changed anything', () => {
  it('equal values in separate copies are the same; an absent field equals one set to undefined', () => {
    expect(sameJson({ a: 1, list: [1, 'x'] }, { a: 1, list: [1, 'x'] })).toBe(true);
    expect(sameJson([1], [1])).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });

  it('a changed, added or removed value, or a different shape, is a change', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 3])).toBe(false);
    expect(sameJson([1], [1, 2])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, 0)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({}, null)).toBe(false);
  });
});

describe('rebaseValue: values of other shapes', () => {
  it('a field set from empty to an object keeps the edit', () => {
    expect(rebaseValue({ x: null }, { x: { a: 1 } }, { x: null, y: 2 })).toEqual({ x: { a: 1 }, y: 2 });
  });

  it('an edited value wins even when the saved one changed shape or went away', () => {
    expect(rebaseValue('a', 'b', { x: 1 })).toBe('b');
    expect(rebaseValue('a', 'b', 'c')).toBe('b');
    expect(rebaseValue({ a: 1 }, { a: 2 }, undefined)).toEqual({ a: 2 });
    expect(rebaseValue('x', 'y', [{ id: 'a' }])).toBe('y');
    expect(rebaseValue([{ id: 'a' }], [{ id: 'a', v: 1 }], undefined)).toEqual([{ id: 'a', v: 1 }]);
  });

  it('a field both sides filled from nothing keeps the user\u2019s value whole', () => {
    // Nothing saved before: there is no common ancestor to merge against, so the edit stands.
    expect(rebaseValue(undefined, { a: 1 }, { b: 2 })).toEqual({ a: 1 });
    expect(rebaseValue(undefined, [{ id: 'mine' }], [{ id: 'theirs' }])).toEqual([{ id: 'mine' }]);
  });

  it('a text is never the same as a list of its characters, either way round', () => {
    expect(sameJson('ab', ['a', 'b'])).toBe(false);
    expect(sameJson(['a', 'b'], 'ab')).toBe(false);
  });

  it('a list whose items are not all objects with ids is one value: the edited one', () => {
    expect(rebaseValue([{ a: 1 }], [{ a: 2 }], [{ a: 1 }, { a: 3 }])).toEqual([{ a: 2 }]);
    expect(rebaseValue([{ id: 'x' }, { n: 1 }], [{ id: 'x' }, { n: 2 }], [{ id: 'x', v: 1 }, { n: 1 }])).toEqual([{ id: 'x' }, { n: 2 }]);
  });

  it('an item deleted elsewhere stays deleted when the user left it alone, and comes back when the user edited it', () => {
    const base = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ];
    expect(rebaseValue(base, [...base, { id: 'c', v: 1 }], [{ id: 'a', v: 1 }])).toEqual([
      { id: 'a', v: 1 },
      { id: 'c', v: 1 },
    ]);
    expect(
      rebaseValue(
        base,
        [
          { id: 'a', v: 1 },
          { id: 'b', v: 2 },
          { id: 'c', v: 1 },
        ],
        [{ id: 'a', v: 1 }],
      ),
    ).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
    ]);
  });
});
