/**
 * Code the content benchmark runs inside the webmail page (the main world, through
 * page.evaluate). Each function is passed to the page as source, so it must not use
 * anything from this module's scope.
 */

/** Replaces a Gmail compose body with the draft, one `<div>` per line as Gmail writes it. */
export function fillBody({ selector, text }) {
  const body = document.querySelector(selector);
  const wrapper = document.createElement('div');
  wrapper.dir = 'ltr';
  for (const line of text.trimEnd().split('\n')) {
    const div = document.createElement('div');
    if (line) div.textContent = line;
    else div.append(document.createElement('br'));
    wrapper.append(div);
  }
  body.replaceChildren(wrapper);
  body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/**
 * Watches the badge of the compose holding `selector`: a capture-phase keydown listener on
 * the document keeps the key's event time, and a MutationObserver on the badge's (open)
 * shadow root notes when the shown score or status differs from the last one. `arm()`
 * forgets the previous key; `result()` waits for the next change.
 */
export function installKeyProbe(selector) {
  const body = document.querySelector(selector);
  const host = body.closest('[data-afterview-compose]').querySelector('afterview-score[data-afterview-ui]');
  const shown = () => {
    const button = host.shadowRoot.querySelector('button');
    return `${button.getAttribute('data-status')}:${button.querySelector('.score')?.textContent ?? ''}`;
  };
  const probe = { key: null, changed: null, last: shown(), waiters: [] };
  document.addEventListener(
    'keydown',
    (event) => {
      probe.key = { stamp: event.timeStamp, listener: performance.now() };
    },
    true,
  );
  new MutationObserver(() => {
    const now = performance.now();
    const value = shown();
    if (value === probe.last) return;
    probe.last = value;
    if (probe.key && !probe.changed) probe.changed = { at: now, value };
    for (const resolve of probe.waiters.splice(0)) resolve();
  }).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__afterviewKeyProbe = {
    arm() {
      probe.key = null;
      probe.changed = null;
      return probe.last;
    },
    async result(timeoutMs) {
      if (!probe.changed) {
        await new Promise((resolve) => {
          probe.waiters.push(resolve);
          setTimeout(resolve, timeoutMs);
        });
      }
      if (!probe.key || !probe.changed) return null;
      return {
        fromEvent: probe.changed.at - probe.key.stamp,
        fromListener: probe.changed.at - probe.key.listener,
        value: probe.changed.value,
      };
    },
  };
  return probe.last;
}

/** Starts collecting long tasks (over 50 ms) in the page; `takeLongTasks` returns and resets them. */
export function startLongTasks() {
  const state = (window.__afterviewLongTasks ??= { entries: [], observer: null });
  state.entries = [];
  state.observer?.disconnect();
  state.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.entries.push({ start: entry.startTime, duration: entry.duration });
  });
  state.observer.observe({ type: 'longtask' });
}

export function takeLongTasks() {
  const state = window.__afterviewLongTasks;
  if (!state) return [];
  const pending = state.observer?.takeRecords() ?? [];
  const entries = [...state.entries, ...pending.map((e) => ({ start: e.startTime, duration: e.duration }))];
  state.entries = [];
  return entries;
}

/** Fills the inbox list (outside any compose) with `count` rows shaped like Gmail's. */
export function seedInbox(count) {
  const tbody = document.querySelector('table.F.cf.zt > tbody');
  let serial = 0;
  const makeRow = () => {
    serial += 1;
    const row = document.createElement('tr');
    row.className = serial % 3 ? 'zA yO' : 'zA zE';
    row.setAttribute('role', 'row');
    const cells = ['checkbox', 'star', 'sender', 'subject', 'attachment', 'date'].map((kind) => {
      const td = document.createElement('td');
      td.className = `xY bench-${kind}`;
      const span = document.createElement('span');
      span.className = kind === 'subject' ? 'bog' : 'yP';
      span.textContent = kind === 'sender' ? `Sender ${serial}` : kind === 'subject' ? `Update on your application (${serial})` : kind === 'date' ? '10:4' + (serial % 10) : '';
      if (kind === 'sender') span.setAttribute('email', `sender${serial}@example.com`);
      td.append(span);
      return td;
    });
    const snippet = document.createElement('span');
    snippet.className = 'y2';
    snippet.textContent = ' - Thanks for your time on Thursday, we will be in touch.';
    cells[3].append(snippet);
    row.append(...cells);
    return row;
  };
  for (let i = 0; i < count; i++) tbody.append(makeRow());
  window.__afterviewInbox = { tbody, makeRow };
}

/**
 * `batches` bursts, `interval` ms apart, of `perBatch` DOM mutations each in the inbox list:
 * a third new rows at the top, a third rows removed at the bottom, the rest text and
 * class changes on existing rows (read/unread, snippet). A page-side observer counts the
 * mutation records, to show how many happened.
 */
export async function churn({ batches, perBatch, interval }) {
  const { tbody, makeRow } = window.__afterviewInbox;
  let records = 0;
  const counter = new MutationObserver((list) => (records += list.length));
  counter.observe(tbody, { subtree: true, childList: true, attributes: true, characterData: true });
  const adds = Math.floor(perBatch / 3);
  const removes = adds;
  const changes = perBatch - adds - removes;
  const started = performance.now();
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < adds; i++) tbody.prepend(makeRow());
    for (let i = 0; i < removes; i++) tbody.lastElementChild.remove();
    const rows = tbody.children;
    for (let i = 0; i < changes; i++) {
      const row = rows[(b * 7 + i * 3) % rows.length];
      const snippet = row.querySelector('.y2');
      if (i % 2 || !snippet) row.classList.toggle('zE');
      else snippet.textContent = ` - Snippet ${b}.${i}: a newer message in this thread.`;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  counter.disconnect();
  return { records, elapsed: performance.now() - started };
}

/**
 * The least an observer can do for the same job, for comparison: collect added elements
 * with index loops, and once per frame test them against the Gmail adapter's root hint.
 * Run in an isolated world of its own, on a page where the content script does not run,
 * so it pays what ours pays there (first contact with the page's new nodes).
 */
export function referenceObserver(hint) {
  let nodes = [];
  let pending = false;
  const state = {};
  const referenceFlush = () => {
    pending = false;
    const list = nodes;
    nodes = [];
    state.hinted = list.some((n) => n.isConnected && (n.matches(hint) || n.querySelector(hint) !== null));
  };
  new MutationObserver(function referenceCollect(records) {
    for (let i = 0; i < records.length; i++) {
      const added = records[i].addedNodes;
      for (let j = 0; j < added.length; j++) if (added[j].nodeType === 1) nodes.push(added[j]);
    }
    if (nodes.length && !pending) {
      pending = true;
      requestAnimationFrame(referenceFlush);
    }
  }).observe(document.body, { childList: true, subtree: true });
}
