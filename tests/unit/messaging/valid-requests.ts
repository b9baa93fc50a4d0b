/** One valid payload per message name, for the messaging tests; a new message without one fails them. */
import type { MessageName } from '@/lib/platform/messaging';

const draft = { subject: 'Thank you', to: [{ name: 'Dana Reyes', address: 'dana@northwind.example' }], cc: [], bodyText: 'Dear Dana,\nThank you.' };

export const VALID_REQUESTS: Record<MessageName, Record<string, unknown>> = {
  'draft:check': { composeId: 'c1', site: 'gmail', draft, focused: true },
  'draft:closed': { composeId: 'c1' },
  'draft:sent': { composeId: 'c1', site: 'outlook', draft },
  'sidebar:open': { composeId: 'c1' },
  'focused:get': {},
  'draft:set-kind': { tabId: 3, composeId: 'c1', kind: 'follow-up' },
  'focused:changed': {},
  'compose:insert': { text: 'Hello', html: '<b>Hello</b>', subject: 'Thank you', mode: 'caret' },
  'compose:select': { composeId: 'c1', field: 'body', text: 'Thank you', occurrence: 0 },
  'compose:fix': { composeId: 'c1', field: 'body', text: 'the the', occurrence: 0, replacement: 'the' },
  'compose:refresh': { composeId: 'c1' },
  'rule:mute': { rule: 'casual-language' },
  'dictionary:add': { word: 'Brightwave' },
  'fix:note-value': { composeId: 'c1', slot: 'company' },
};
