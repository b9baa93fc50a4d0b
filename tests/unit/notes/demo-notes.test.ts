// The sample notes `npm start` seeds are notes the extension accepts, about the demo's people.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CompanyRecordSchema, ProfileSchema } from '@/lib/core/notes/record-schemas';
import { findCompanyForRecipients } from '@/lib/core/notes/records';
import { nextStep } from '@/lib/core/notes/next-step';
import type { CompanyRecord } from '@/lib/core/notes/types';
// @ts-expect-error: a plain script module without types
import { demoNoteItems } from '../../../scripts/lib/demo-notes.mjs';

describe('the demo notes', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  const items = demoNoteItems(now) as Record<string, { rev: number; record: CompanyRecord }> & { profile: unknown };
  const record = items['company:c-demo-bramblewood']!.record;

  it('are a valid company record and profile, found by the demo emails’ recipients', () => {
    expect(v.safeParse(CompanyRecordSchema, record).success).toBe(true);
    expect(v.safeParse(ProfileSchema, items.profile).success).toBe(true);
    expect(findCompanyForRecipients([record], [{ address: 'dana.whitfield@bramblewood.example' }])?.id).toBe('c-demo-bramblewood');
  });

  it('hold yesterday’s interview, so a thank-you to each person met is the next step', () => {
    expect(nextStep(record, now)).toMatchObject({ kind: 'thank-you', owedTo: ['Dana Whitfield', 'Marcus Oyelaran', 'Jordan Ellery'] });
  });
});
