import { describe, expect, it } from 'vitest';
import { rebase } from '@/lib/core/notes/rebase';
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
