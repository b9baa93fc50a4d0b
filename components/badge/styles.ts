/** The badge's styles, adopted into its shadow root (constructable stylesheet where the browser allows). */
export const BADGE_CSS = `
:host { all: initial; display: block; font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.afterview-badge { display: flex; flex-direction: column; align-items: flex-end; padding: 4px 8px; }
.pill { position: relative; display: inline-flex; gap: 6px; align-items: center; border: 1px solid #c4c7c5; border-radius: 999px;
  padding: 3px 10px; background: #fff; color: #1f1f1f; cursor: pointer; font: inherit; }
.pill:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.brand { font-weight: 600; color: #444746; }
.score { font-weight: 700; min-width: 2ch; text-align: center; }
.good .score { color: #146c2e; }
.fair .score { color: #8a5300; }
.poor .score { color: #b3261e; }
.neutral .score { color: #444746; font-weight: 500; }
.hint { margin: 4px 0 0; max-width: 260px; color: #444746; background: #f8fafd; border-radius: 6px; padding: 4px 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.headline { max-width: 22ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.poor .headline { color: #b3261e; } .fair .headline { color: #8a5300; }
/* The page's theme, read from its colours (data-theme on the host), not the system's. */
:host([data-theme="dark"]) .pill { background: #1f1f1f; color: #e3e3e3; border-color: #5f6368; }
:host([data-theme="dark"]) .brand, :host([data-theme="dark"]) .neutral .score, :host([data-theme="dark"]) .hint { color: #c4c7c5; }
:host([data-theme="dark"]) .hint { background: #2d2f31; }
:host([data-theme="dark"]) .good .score { color: #6dd58c; }
:host([data-theme="dark"]) .fair .score, :host([data-theme="dark"]) .fair .headline { color: #ffb951; }
:host([data-theme="dark"]) .poor .score, :host([data-theme="dark"]) .poor .headline { color: #ffb4ab; }
/* A must-fix also shows as a thicker border, so colour is never the only sign. */
.poor.pill { border-width: 2px; }
`;
