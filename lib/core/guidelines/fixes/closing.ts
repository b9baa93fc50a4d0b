/** Fixes for the `sign-off` check: a casual closing ("Cheers,", "Thx!") replaced by a professional one. */
import { isCasualClosing } from '../rules/sign-off';
import { replaceWith, type RangeFixer } from './types';

const PROFESSIONAL = ['Best regards,', 'Kind regards,'] as const;

export const closingFixes: RangeFixer = (text, range) =>
  // A missing closing is flagged on the last line of the text: adding one is the user's choice of words.
  isCasualClosing(text) ? PROFESSIONAL.map((replacement) => ({ label: replaceWith(replacement), range, replacement })) : [];
