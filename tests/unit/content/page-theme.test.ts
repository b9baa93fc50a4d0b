import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTheme } from '@/lib/app/content/page-theme';

afterEach(() => document.body.replaceChildren());

describe('the page theme the badge follows', () => {
  it('is read from the first painted background at or above the compose', () => {
    document.body.innerHTML = '<div id="app" style="background-color: rgb(32, 33, 36)"><div id="compose"><div id="inner" style="background-color: rgba(0, 0, 0, 0)"></div></div></div>';
    expect(pageTheme(document.getElementById('inner')!)).toBe('dark');
    (document.getElementById('compose') as HTMLElement).style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme(document.getElementById('inner')!)).toBe('light');
  });

  it('is light where nothing is painted', () => {
    document.body.innerHTML = '<div id="x"></div>';
    expect(pageTheme(document.getElementById('x')!)).toBe('light');
  });

  it('measures luminance as WCAG does', () => {
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(luminance({ r: 32, g: 33, b: 36 })).toBeLessThan(0.2);
  });
});
