// Behaviour of the Outlook-style demo page: a compose docked in the reading pane, opened by
// "New mail", closed by Send or Discard; addresses typed into To or Cc become chips.
// Plain DOM code with no framework, and it sends nothing anywhere.
(() => {
  'use strict';

  const pane = document.getElementById('ReadingPaneContainerId');
  const message = document.getElementById('reading-message');
  const draftItem = document.getElementById('draft-item');
  const toastBox = document.querySelector('.demo-toast');
  const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
  let composeCount = 1;
  let chipCount = 100;

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

  function blankCompose(compose) {
    const copy = compose.cloneNode(true);
    delete copy.dataset.demoSample;
    for (const well of wellsOf(copy)) well.replaceChildren();
    const subject = copy.querySelector('input[type="text"]');
    subject.value = '';
    subject.setAttribute('value', '');
    const body = bodyOf(copy);
    const signature = body.querySelector('#Signature');
    body.replaceChildren(el('div', { class: 'elementToProof' }, el('br')), el('div', { class: 'elementToProof' }, el('br')));
    if (signature) body.append(signature);
    return copy;
  }

  const composeOf = (node) => node.closest('[id^="docking_InitVisiblePart_"]');
  const openCompose = () => pane.querySelector('[id^="docking_InitVisiblePart_"]');
  const bodyOf = (compose) => compose.querySelector('div[role="textbox"][contenteditable="true"][aria-multiline="true"]');
  const wellsOf = (compose) => Array.from(compose.querySelectorAll('.wellEditable'));

  const sampleCompose = document.getElementById('docking_InitVisiblePart_0');
  sampleCompose.dataset.demoSample = 'true';
  // Kept before anyone edits the sample draft: "New mail" starts from this blank copy.
  const blankPattern = blankCompose(sampleCompose);

  function newMail() {
    const current = openCompose();
    if (current) {
      closeCompose(current);
      toast('The open draft was closed: the demo keeps no drafts.');
    }
    const compose = blankPattern.cloneNode(true);
    compose.id = `docking_InitVisiblePart_${composeCount}`;
    composeCount += 1;
    compose.querySelector('.editorParent').id = `editorParent_${composeCount}`;
    message.hidden = true;
    pane.append(compose);
    wellsOf(compose)[0].focus();
    return compose;
  }

  function closeCompose(compose) {
    if (compose.dataset.demoSample) draftItem.remove();
    compose.remove();
    if (!openCompose()) message.hidden = false;
  }

  function send(compose) {
    for (const well of wellsOf(compose)) commitWell(well);
    if (!wellsOf(compose)[0].querySelector('[data-lpc-hover-target-id]')) {
      toast('This message must have at least one recipient.', 'error');
      wellsOf(compose)[0].focus();
      return;
    }
    closeCompose(compose);
    toast('Sent');
  }

  // Recipients -----------------------------------------------------------------------------

  function makeChip(name, address) {
    chipCount += 1;
    const label = name || address;
    return el(
      'span',
      { class: 'chip', draggable: 'true', contenteditable: 'false', 'data-lpc-hover-target-id': `lpc-react-target-${chipCount}`, 'aria-label': label },
      el('span', {}, el('span', {}, el('span', {}, el('span', {}, name ? `${name} <${address}>` : address)))),
      el('button', { type: 'button', class: 'ms-Button ms-Button--icon ol-chip-remove', 'aria-label': `Remove ${label}`, tabindex: '-1' }, '×'),
    );
  }

  function parseEntry(text) {
    const value = text.trim();
    const angled = /^"?([^"<]*)"?\s*<([^>]+)>$/.exec(value);
    if (angled && ADDRESS.test(angled[2].trim())) return { name: angled[1].trim(), address: angled[2].trim() };
    return ADDRESS.test(value) ? { name: '', address: value } : null;
  }

  /** Turns the text typed into a well into chips; text that is not an address stays. */
  function commitWell(well) {
    const typed = Array.from(well.childNodes).filter((n) => !(n instanceof Element && n.matches('[data-lpc-hover-target-id]')));
    const text = typed.map((n) => n.textContent).join('');
    if (!text.trim()) return;
    const left = [];
    const chips = [];
    for (const part of text.split(/[,;]/)) {
      if (!part.trim()) continue;
      const entry = parseEntry(part);
      if (entry) chips.push(makeChip(entry.name, entry.address));
      else left.push(part.trim());
    }
    for (const node of typed) node.remove();
    well.append(...chips);
    if (left.length) well.append(document.createTextNode(left.join('; ')));
  }

  function placeCaretAtEnd(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    range.collapse(false);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Events ---------------------------------------------------------------------------------

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('#new-mail')) return void newMail();
    if (target.closest('#draft-item')) {
      const sample = pane.querySelector('[data-demo-sample]');
      if (sample) bodyOf(sample).focus();
      return;
    }
    const compose = composeOf(target);
    if (!compose) return;
    if (target.closest('[data-testid="ComposeSendButton"]')) return void send(compose);
    if (target.closest('.ol-discard')) {
      closeCompose(compose);
      return void toast('Draft discarded');
    }
    const remove = target.closest('.ol-chip-remove');
    if (remove) {
      const well = remove.closest('.wellEditable');
      remove.closest('[data-lpc-hover-target-id]').remove();
      well.focus();
      placeCaretAtEnd(well);
      return;
    }
    const label = target.closest('.ol-field-label');
    if (label) {
      const well = label.parentElement.querySelector('.wellEditable');
      well.focus();
      placeCaretAtEnd(well);
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const compose = composeOf(target);
    if (!compose) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send(compose);
      return;
    }
    const well = target.closest('.wellEditable');
    if (!well) return;
    if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
      event.preventDefault();
      commitWell(well);
      placeCaretAtEnd(well);
    } else if (event.key === 'Backspace' && !Array.from(well.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) {
      const chips = well.querySelectorAll('[data-lpc-hover-target-id]');
      if (chips.length) {
        event.preventDefault();
        chips[chips.length - 1].remove();
      }
    }
  });

  document.addEventListener('focusout', (event) => {
    if (event.target instanceof Element && event.target.matches('.wellEditable')) commitWell(event.target);
  });
})();
