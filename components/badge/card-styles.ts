/** The finding card's styles, adopted into its own shadow root; light, and dark on a dark page. */
export const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card { box-sizing: border-box; width: 300px; max-width: calc(100vw - 16px); background: #fff; color: #1f1f1f;
  border: 1px solid #c4c7c5; border-left: 4px solid #747775; border-radius: 8px; padding: 8px 12px 10px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); }
.card.error { border-left-color: #b3261e; } .card.warning { border-left-color: #8a5300; } .card.tip { border-left-color: #146c2e; }
.severity { margin: 0; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #444746; }
h2 { margin: 2px 0 4px; font-size: 14px; }
.message { margin: 0 0 4px; }
.why { margin: 0 0 8px; color: #444746; font-size: 12px; }
.fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
button.fix { background: #0b57d0; border-color: #0b57d0; color: #fff; font-weight: 500; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.notice { margin: 0 0 8px; padding: 4px 8px; border-radius: 6px; background: #f0f4f9; }
button { font: inherit; color: inherit; background: #f8fafd; border: 1px solid #c4c7c5; border-radius: 6px; padding: 3px 8px; cursor: pointer; }
button.close { margin-left: auto; border: none; background: none; font-size: 16px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
:host([data-theme="dark"]) .card { background: #1f1f1f; color: #e3e3e3; border-color: #5f6368; }
:host([data-theme="dark"]) .card.error { border-left-color: #ffb4ab; } :host([data-theme="dark"]) .card.warning { border-left-color: #ffb951; }
:host([data-theme="dark"]) .card.tip { border-left-color: #6dd58c; }
:host([data-theme="dark"]) .severity, :host([data-theme="dark"]) .why { color: #c4c7c5; }
:host([data-theme="dark"]) .notice { background: #2d2f31; }
:host([data-theme="dark"]) button { background: #2d2f31; border-color: #5f6368; }
:host([data-theme="dark"]) button.fix { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
:host([data-theme="dark"]) button:focus-visible { outline-color: #a8c7fa; }
`;
