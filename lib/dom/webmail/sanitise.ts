/**
 * The one place DOMPurify is configured: each use of it names a profile below, and each
 * profile says why it is as strict as it is. Only DOM code imports this module (DOMPurify
 * needs a document), so the background worker never bundles it.
 *
 * DOMPurify returns its input untouched where it cannot work, and some DOM emulations
 * break it silently, so every profile is tried once on a known sample (`purifierWorks`);
 * callers that get `false` must not use the HTML as markup.
 */
import DOMPurify, { type Config } from 'dompurify';

/** What the templates' simple editor may produce; the template rebuild keeps only these too. */
export const TEMPLATE_TAGS: readonly string[] = ['p', 'div', 'br', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'a', 'span'];
/** Link targets a template may keep. */
export const TEMPLATE_URL_RE = /^(?:https?:|mailto:)/i;

const PROFILES = {
  /**
   * HTML the content script puts into the site's editor (a filled template, a suggestion).
   * DOMPurify's defaults: no scripts, handlers or unsafe URLs, but the formatting, tables
   * and images of mail kept, because the site's editor shows and sends them as they are.
   */
  insertion: {},
  /**
   * A user template's rich text, whenever it is saved, imported or turned into nodes: only
   * the simple editor's formatting and http/https/mailto links. Templates come from files
   * anyone may hand the user, so nothing else (styles, images, other attributes) survives.
   */
  userTemplate: { ALLOWED_TAGS: [...TEMPLATE_TAGS], ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: TEMPLATE_URL_RE, ALLOW_DATA_ATTR: false, KEEP_CONTENT: true },
} satisfies Record<string, Config>;

export type SanitiseProfile = keyof typeof PROFILES;

const checked = new Map<SanitiseProfile, boolean>();

/** Whether DOMPurify really sanitises here with this profile: tried once on a sample, then remembered. */
export function purifierWorks(profile: SanitiseProfile): boolean {
  let works = checked.get(profile);
  if (works === undefined) {
    try {
      // No event handler in the sample: Chromium reports a handler it parses to the page's CSP
      // endpoint even in DOMPurify's inert document, and a harmless first check must not.
      works = DOMPurify.isSupported && DOMPurify.sanitize('<b>ok</b><a href="javascript:void 0">x</a><script>void 0</script>', PROFILES[profile]) === '<b>ok</b><a>x</a>';
    } catch {
      works = false;
    }
    checked.set(profile, works);
  }
  return works;
}

/** `html` sanitised with a profile, as markup. Check `purifierWorks` first. */
export function sanitiseToMarkup(html: string, profile: SanitiseProfile): string {
  return DOMPurify.sanitize(html, PROFILES[profile]);
}

/** `html` sanitised with a profile, as nodes of the current document. Check `purifierWorks` first. */
export function sanitiseToFragment(html: string, profile: SanitiseProfile): DocumentFragment {
  return DOMPurify.sanitize(html, { ...PROFILES[profile], RETURN_DOM_FRAGMENT: true });
}
