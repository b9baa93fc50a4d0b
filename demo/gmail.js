// Behaviour of the Gmail-style demo page: composes open, close, minimise and "send";
// recipients turn into chips; "Reply" opens an inline reply under Dana's message.
// Plain DOM code with no framework, and it sends nothing anywhere.
(() => {
  'use strict';

  const stack = document.getElementById('compose-stack');
  const toastBox = document.querySelector('.demo-toast');
  const inboxView = document.getElementById('inbox-view');
  const threadView = document.getElementById('thread-view');
  const replyTemplate = document.getElementById('reply-template');
  const replyButton = document.getElementById('reply-button');
  const MAX_OPEN = 4;
  const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

  // Kept before anyone edits the sample draft: every new compose starts from this blank copy.
  const blankPattern = blankCompose(stack.querySelector('.gm-compose'));

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  let toastTimer = 0;
  function toast(text, kind = 'info') {
    toastBox.textContent = text;
    toastBox.classList.toggle('is-error', kind === 'error');
    toastBox.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => {
      toastBox.hidden = true;
    }, 4000);
  }

  /** A draft id in Gmail's format (`#msg-a:r-` and 19 digits). */
  function newDraftId() {
    const digits = Array.from(crypto.getRandomValues(new Uint8Array(19)), (b) => String(b % 10)).join('');
    return `#msg-a:r-${digits.replace(/^0/, '1')}`;
  }

  function setInputValue(input, value) {
    input.value = value;
    input.setAttribute('value', value);
  }

  function blankCompose(dialog) {
    const copy = dialog.cloneNode(true);
    for (const chip of copy.querySelectorAll('[role="option"][data-hovercard-id]')) chip.remove();
    for (const input of copy.querySelectorAll('input[role="combobox"], input[name="subjectbox"], input[name="draft"]')) setInputValue(input, '');
    copy.querySelector('.aYF').textContent = 'New Message';
    copy.setAttribute('aria-label', 'New Message');
    copy.querySelector('.gm-cc-row').hidden = true;
    copy.querySelector('.gm-cc-toggle [role="link"]').hidden = false;
    const body = copy.querySelector('[g_editable="true"]');
    const signature = [body.querySelector('.gmail_signature_prefix'), body.querySelector('.gmail_signature')];
    body.replaceChildren(el('div', { dir: 'ltr' }, el('br')), el('div', {}, el('br')));
    if (signature[0] && signature[1]) body.append(signature[0], el('br'), signature[1]);
    return copy;
  }

  // Composes -------------------------------------------------------------------------------

  const composeOf = (node) => node.closest('.gm-compose, .gm-inline-reply');
  const bodyOf = (compose) => compose.querySelector('[g_editable="true"][contenteditable="true"]');

  function openCompose() {
    if (stack.querySelectorAll('.gm-compose').length >= MAX_OPEN) {
      toast(`The demo keeps at most ${MAX_OPEN} composes open. Close one first.`, 'error');
      return null;
    }
    const compose = blankPattern.cloneNode(true);
    setInputValue(compose.querySelector('input[name="draft"]'), newDraftId());
    stack.append(compose);
    compose.querySelector('.anm[name="to"] input[role="combobox"]').focus();
    return compose;
  }

  function removeCompose(compose) {
    if (compose.classList.contains('gm-inline-reply')) replyButton.hidden = false;
    compose.remove();
  }

  function setMinimised(compose, minimised) {
    const content = compose.querySelector('.gm-compose-content');
    content.style.display = minimised ? 'none' : '';
    compose.classList.toggle('is-minimised', minimised);
    const button = compose.querySelector('.Hl');
    button.setAttribute('aria-label', minimised ? 'Maximize' : 'Minimize');
    button.title = minimised ? 'Maximize' : 'Minimize';
  }

  function send(compose) {
    for (const input of compose.querySelectorAll('.anm input[role="combobox"]')) commitEntry(input);
    if (!compose.querySelector('.anm[name="to"] [role="option"][data-hovercard-id]')) {
      toast('Please specify at least one recipient.', 'error');
      compose.querySelector('.anm[name="to"] input[role="combobox"]')?.focus();
      return;
    }
    removeCompose(compose);
    toast('Message sent');
  }

  // Recipients -----------------------------------------------------------------------------

  function makeChip(name, address) {
    const label = name || address;
    return el(
      'div',
      { class: 'afV', role: 'option', tabindex: '-1', 'aria-selected': 'false', 'data-name': label, 'data-hovercard-id': address, title: name ? `${name} <${address}>` : address },
      el('div', { class: 'akl' }, label),
      el('div', { class: 'afX', role: 'button', tabindex: '-1', 'aria-label': `Remove ${label}` }, '×'),
    );
  }

  /** One entry typed into a recipients box: "Name <address>" or a bare address. */
  function parseEntry(text) {
    const value = text.trim();
    const angled = /^"?([^"<]*)"?\s*<([^>]+)>$/.exec(value);
    if (angled && ADDRESS.test(angled[2].trim())) return { name: angled[1].trim(), address: angled[2].trim() };
    return ADDRESS.test(value) ? { name: '', address: value } : null;
  }

  /** Turns what was typed into chips; text that is not an address stays in the box. */
  function commitEntry(input) {
    const list = input.closest('.anm').querySelector('[role="listbox"]');
    const left = [];
    for (const part of input.value.split(/[,;]/)) {
      if (!part.trim()) continue;
      const entry = parseEntry(part);
      if (entry) list.append(makeChip(entry.name, entry.address));
      else left.push(part.trim());
    }
    input.value = left.join(', ');
  }

  // Events ---------------------------------------------------------------------------------

  // Pressing Enter in a field must not submit the compose form and reload the page.
  document.addEventListener('submit', (event) => event.preventDefault());

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('#compose-button')) return void openCompose();
    if (target.closest('#reply-button')) return void openReply();
    if (target.closest('#back-to-inbox')) return void showInbox();
    const row = target.closest('tr[data-open-thread]');
    if (row) return void showThread();
    const compose = composeOf(target);
    if (!compose) return;
    if (target.closest('.Ha')) return void removeCompose(compose);
    if (target.closest('.Hl') || (target.closest('.gm-titlebar') && !target.closest('button'))) {
      return void setMinimised(compose, !compose.classList.contains('is-minimised'));
    }
    if (target.closest('.IZ .Up [role="button"]')) return void send(compose);
    if (target.closest('.gm-discard')) {
      removeCompose(compose);
      return void toast('Draft discarded');
    }
    const remove = target.closest('.afX');
    if (remove) {
      const field = remove.closest('.anm');
      remove.closest('[role="option"]').remove();
      return void field.querySelector('input[role="combobox"]').focus();
    }
    const ccLink = target.closest('.gm-cc-toggle [role="link"]');
    if (ccLink) {
      ccLink.hidden = true;
      const row = compose.querySelector('.gm-cc-row');
      row.hidden = false;
      row.querySelector('input[role="combobox"]').focus();
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const activate = event.key === 'Enter' || event.key === ' ';
    if (activate && target.matches('#compose-button, tr[data-open-thread], .IZ [role="button"], .gm-cc-toggle [role="link"]')) {
      event.preventDefault();
      target.click();
      return;
    }
    const compose = composeOf(target);
    if (!compose) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send(compose);
      return;
    }
    if (target.matches('.anm input[role="combobox"]')) {
      if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
        event.preventDefault();
        commitEntry(target);
      } else if (event.key === 'Backspace' && target.value === '') {
        target.closest('.anm').querySelector('[role="option"]:last-of-type')?.remove();
      }
    }
  });

  document.addEventListener('focusout', (event) => {
    if (event.target instanceof Element && event.target.matches('.anm input[role="combobox"]')) commitEntry(event.target);
  });

  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.matches('input[name="subjectbox"]')) return;
    const compose = target.closest('.gm-compose');
    if (!compose) return;
    const title = target.value.trim() || 'New Message';
    compose.querySelector('.aYF').textContent = title;
    compose.setAttribute('aria-label', title);
  });

  // The thread and its inline reply ---------------------------------------------------------

  function showThread() {
    inboxView.hidden = true;
    threadView.hidden = false;
    replyButton.focus();
  }

  function showInbox() {
    threadView.hidden = true;
    inboxView.hidden = false;
  }

  function openReply() {
    let reply = threadView.querySelector('.gm-inline-reply');
    if (!reply) {
      reply = replyTemplate.content.firstElementChild.cloneNode(true);
      setInputValue(reply.querySelector('input[name="draft"]'), newDraftId());
      replyButton.closest('.gm-message').after(reply);
      replyButton.hidden = true;
    }
    // The caret goes above the quoted history, where Gmail puts it.
    const body = bodyOf(reply);
    body.focus();
    const range = document.createRange();
    range.setStart(body.firstElementChild ?? body, 0);
    range.collapse(true);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
})();
