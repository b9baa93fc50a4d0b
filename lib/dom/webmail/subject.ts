/**
 * Subjects a template may write over without asking: an empty one, or one made only of
 * reply and forward prefixes ("Re:", "RE: ", "AW:", "Fwd:"), in the languages Gmail and
 * Outlook write them. A subject with any word of its own is the user's and is never
 * replaced without their say.
 */
const PREFIX = String.raw`(?:re|aw|sv|vs|fw|fwd|wg|tr|rv|antw|odp|ynt|r)\s*(?:\[\d+\])?\s*[:：]`;
const BARE_RE = new RegExp(String.raw`^\s*(?:${PREFIX}\s*)*$`, 'iu');

export function isBareSubject(subject: string): boolean {
  return BARE_RE.test(subject);
}
