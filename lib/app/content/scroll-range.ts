/**
 * Brings a range's words into view without selecting them (a selection would paint over their
 * underline and move the user's caret): each scrolling box around them, then the page, scrolls
 * just enough to centre the words where they are out of sight, and not at all where they show.
 */
export function scrollRangeIntoView(range: Range): void {
  const doc = range.startContainer.ownerDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return;
  const start = range.startContainer;
  for (let box = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement; box; box = box.parentElement) {
    if (box === doc.documentElement || box === doc.body) break;
    if (box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth) continue;
    const style = win.getComputedStyle(box);
    if (!/auto|scroll|overlay/.test(`${style.overflowY} ${style.overflowX}`)) continue;
    const outer = box.getBoundingClientRect();
    const words = range.getBoundingClientRect();
    if (words.top < outer.top || words.bottom > outer.bottom) box.scrollTop += (words.top + words.bottom) / 2 - (outer.top + outer.bottom) / 2;
    if (words.left < outer.left || words.right > outer.right) box.scrollLeft += (words.left + words.right) / 2 - (outer.left + outer.right) / 2;
  }
  const words = range.getBoundingClientRect();
  const dy = words.top < 0 || words.bottom > win.innerHeight ? (words.top + words.bottom) / 2 - win.innerHeight / 2 : 0;
  const dx = words.left < 0 || words.right > win.innerWidth ? (words.left + words.right) / 2 - win.innerWidth / 2 : 0;
  if (dx || dy) win.scrollBy(dx, dy);
}
