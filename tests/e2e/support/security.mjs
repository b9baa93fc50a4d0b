// Helpers for the security suites: the XSS corpus, webmail pages served with the security
// headers the real sites send (a strict CSP and Trusted Types), a probe that records every
// __xss() call and CSP/Trusted Types violation in the page, and scans of a page's DOM,
// open shadow roots included.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The XSS corpus (tests/fixtures/xss/payloads.json): `{ id, category, html }`, each calling `__xss(id)` if it ever runs. */
export const CORPUS = JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/xss/payloads.json'), 'utf8'));
export const PAYLOADS = CORPUS.payloads;

/**
 * The policies Gmail sends, enforced (two policies in one header, comma-separated): scripts
 * only by nonce (plus what they load, via 'strict-dynamic'), no plugins, no <base>; and
 * Trusted Types required for every DOM XSS sink, as Gmail has enforced since 2024
 * (`require-trusted-types-for 'script'`, no `trusted-types` allow-list). 'report-sample'
 * is kept because Gmail's policy has it: a violation would send the start of the offending
 * code to the site.
 */
export function strictCsp(nonce) {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic' 'report-sample'; object-src 'none'; base-uri 'none'`, "require-trusted-types-for 'script'"].join(', ');
}

/**
 * The page's own probe, first in <head>, allowed by its nonce: defines `__xss`, records
 * CSP and Trusted Types violations, and checks that the policy really is enforced (an
 * inline script without the nonce must not run; an HTML string sink must throw).
 */
function probeScript(nonce) {
  return `<script nonce="${nonce}" id="afterview-security-probe">
(() => {
  const hits = [];
  const violations = [];
  Object.defineProperty(window, '__xss', { value: (n) => { hits.push(String(n)); }, writable: false, configurable: false });
  Object.defineProperty(window, '__security', { value: { hits, violations, ttEnforced: null }, writable: false, configurable: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push({ directive: e.violatedDirective || e.effectiveDirective, blocked: String(e.blockedURI || ''), source: String(e.sourceFile || ''), sample: String(e.sample || ''), disposition: e.disposition });
  }, true);
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
    window.__security.ttEnforced = false;
  } catch (error) {
    window.__security.ttEnforced = error instanceof TypeError;
  }
})();
</script>
<script id="afterview-security-canary">window.__canaryRan = true;</script>`;
}

/** Puts the probe at the start of the page's <head> (or of the document). */
export function withProbe(html, nonce) {
  const probe = probeScript(nonce);
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (m) => `${m}${probe}`);
  return html.replace(/<html[^>]*>/i, (m) => `${m}<head>${probe}</head>`);
}

/**
 * A page description for the servers below: the fixture with the probe, served with the
 * strict policy (`strict: true`) or with no policy at all (then any handler that survived
 * sanitising would really run, so a miss cannot hide behind the CSP).
 */
export function securePage(html, { strict }) {
  const nonce = crypto.randomBytes(16).toString('base64');
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  if (strict) headers['content-security-policy'] = strictCsp(nonce);
  return { body: withProbe(html, nonce), headers, strict };
}

/** Serves `pages` (url without hash -> securePage) in a playwright-core context ahead of any earlier route. */
export async function routeSecurePages(ctx, pages) {
  const byUrl = new Map(Object.entries(pages).map(([url, page]) => [url.split('#')[0], page]));
  await ctx.route('**/*', (route) => {
    const page = byUrl.get(route.request().url().split('#')[0]);
    if (!page) return route.fallback();
    return route.fulfill({ status: 200, headers: page.headers, body: page.body });
  });
}

/** Serves `pages` in a puppeteer-core (Firefox) page, with their headers; every other http(s) request is aborted. */
export async function serveSecureInFirefox(page, pages) {
  const byUrl = new Map(Object.entries(pages).map(([url, p]) => [url.split('#')[0], p]));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return request.continue();
    const hit = byUrl.get(url.split('#')[0]);
    if (hit) return request.respond({ status: 200, headers: hit.headers, contentType: hit.headers['content-type'], body: hit.body });
    return request.abort();
  });
}

/** What the probe saw: `{ hits, violations, ttEnforced, canaryRan }`. */
export function readProbe(page) {
  return page.evaluate(() => ({
    hits: [...(window.__security?.hits ?? ['probe missing'])],
    violations: (window.__security?.violations ?? []).map((v) => ({ ...v })),
    ttEnforced: window.__security?.ttEnforced ?? null,
    canaryRan: window.__canaryRan === true,
  }));
}

/** Elements that run or load active content, and URL-bearing attributes, checked in inserted markup. */
export const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'meta', 'base', 'link', 'noscript'];
export const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
  'background',
  'cite',
  'ping',
  'codebase',
  'dynsrc',
  'lowsrc',
  'values',
  'to',
  'from',
  'by',
  'usemap',
  'longdesc',
  'manifest',
  'profile',
  'classid',
  'archive',
  'icon',
];

/**
 * Scans the subtree under `selector` (in the page) for active content: forbidden elements
 * (except those listed in `allowIds`, such as the probe), event-handler attributes, and
 * URL attributes whose value is a script or HTML URL after the browser's own URL clean-up
 * (control characters and whitespace removed, entities already decoded by the parser).
 * Open shadow roots are scanned too. Style attributes are not judged: DOMPurify keeps CSS
 * as it is, and no supported browser runs script from CSS (`expression()`, `behavior`,
 * `-moz-binding` and `url(javascript:)` are dead in Chromium and Firefox). Returns a list of findings (empty when clean).
 */
export function scanForActiveContent(page, selector, allowIds = []) {
  return page.evaluate(
    ({ selector, forbidden, urlAttributes, allowIds }) => {
      const findings = [];
      const dangerousUrl = (value) => {
        // eslint-disable-next-line no-control-regex
        const cleaned = value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g, '').toLowerCase();
        return (
          /^(javascript|vbscript|livescript|mocha):/.test(cleaned) ||
          /^data:(text\/html|application\/(xhtml|x-javascript|javascript|ecmascript)|text\/(javascript|ecmascript|xml)|image\/svg)/.test(cleaned)
        );
      };
      const visit = (root, where) => {
        const elements = root.querySelectorAll('*');
        for (const el of elements) {
          const name = el.localName.toLowerCase();
          if (forbidden.includes(name) && !allowIds.includes(el.id)) findings.push(`${where}: <${name}> element`);
          for (const attr of el.attributes) {
            const attrName = attr.name.toLowerCase();
            if (attrName.startsWith('on')) findings.push(`${where}: <${name} ${attr.name}="${attr.value.slice(0, 60)}">`);
            if (urlAttributes.includes(attrName) && dangerousUrl(attr.value)) findings.push(`${where}: <${name} ${attr.name}="${attr.value.slice(0, 60)}">`);
          }
          if (el.shadowRoot) visit(el.shadowRoot, `${where} > ${name}::shadow`);
          if (name === 'template' && el.content) visit(el.content, `${where} > template`);
        }
      };
      const root = document.querySelector(selector);
      if (!root) return [`nothing matches ${selector}`];
      visit(root, selector);
      return findings;
    },
    { selector, forbidden: FORBIDDEN_ELEMENTS, urlAttributes: URL_ATTRIBUTES, allowIds },
  );
}

/** All text and attribute values of the page, open shadow roots included, for marker scans. */
export function pageTextWithShadows(page) {
  return page.evaluate(() => {
    const parts = [];
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      let node = walker.currentNode;
      while (node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          for (const attr of node.attributes) parts.push(attr.value);
          if (node.shadowRoot) visit(node.shadowRoot);
          if ('value' in node && typeof node.value === 'string') parts.push(node.value);
        } else {
          parts.push(node.nodeValue ?? '');
        }
        node = walker.nextNode();
      }
    };
    visit(document.documentElement);
    parts.push(document.title);
    return { text: parts.join('\n'), shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length };
  });
}
