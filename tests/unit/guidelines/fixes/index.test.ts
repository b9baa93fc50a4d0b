import { describe, expect, it } from 'vitest';
import { fixesFor } from '@/lib/core/guidelines/fixes';
import type { Finding } from '@/lib/core/guidelines';

const draft = { subject: '', bodyText: 'Thank you for the the chat.' };
const doubled: Finding = { rule: 'spelling', status: 'fail', severity: 'error', message: '', ranges: [{ field: 'body', start: 14, end: 21 }] };

describe('fixesFor', () => {
  it('offers each range’s fixes for a failing finding of a rule that has them', () => {
    expect(fixesFor(doubled, draft)).toEqual([{ label: 'Remove the repeated word', range: doubled.ranges[0], replacement: 'the' }]);
  });

  it('offers nothing for a passing finding, or a rule without mechanical fixes', () => {
    expect(fixesFor({ ...doubled, status: 'pass' }, draft)).toEqual([]);
    expect(fixesFor({ ...doubled, rule: 'gratitude' }, draft)).toEqual([]);
  });

  it('reads a subject range in the subject', () => {
    const casual: Finding = { rule: 'casual-language', status: 'fail', severity: 'warning', message: '', ranges: [{ field: 'subject', start: 0, end: 3 }] };
    expect(fixesFor(casual, { subject: 'Thx for Monday', bodyText: 'Dear Ms Raman,' }).map((f) => f.replacement)).toEqual(['Thanks', 'Thank you']);
  });
});
