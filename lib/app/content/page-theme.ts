/**
 * Whether the webmail page around a compose is dark or light, read from the colours it paints
 * (Gmail and Outlook have their own dark themes, whatever the system's setting): the badge
 * follows the page it sits on.
 */

/** `rgb(…)`/`rgba(…)` as numbers, or null for a colour the page did not paint (transparent). */
function parseColour(value: string): { r: number; g: number; b: number } | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** 'dark' when the first painted background at or above `el` is dark, else 'light'. */
export function pageTheme(el: Element): 'dark' | 'light' {
  const win = el.ownerDocument.defaultView;
  if (!win) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = parseColour(win.getComputedStyle(node).backgroundColor);
    if (colour) return luminance(colour) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
