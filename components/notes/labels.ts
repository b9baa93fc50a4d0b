/** The words the notes page shows for stored values (never the ids themselves). */
import type { Kind } from '@/lib/core/guidelines/types';
import type { ContactPreference, InterviewFormat, Stage } from '@/lib/core/notes/types';

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
};

export const FORMAT_LABELS: Record<InterviewFormat, string> = { phone: 'Phone', video: 'Video', onsite: 'On site' };

export const CONTACT_LABELS: Record<ContactPreference, string> = { email: 'Email', phone: 'Phone', linkedin: 'LinkedIn', other: 'Other' };

export const KIND_LABELS: Record<Kind, string> = {
  'thank-you': 'Thank-you email',
  note: 'Thank-you note (card or letter)',
  'follow-up': 'Follow-up',
  'second-follow-up': 'Second follow-up',
  update: 'Update',
  withdrawal: 'Withdrawal',
};
