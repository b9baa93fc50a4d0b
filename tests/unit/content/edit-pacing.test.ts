// The sentence being typed is judged at a pause; a finished sentence, a deletion or a paste at once.
import { describe, expect, it, vi } from 'vitest';
import { createEditPacer, waitsForPause } from '@/lib/app/content/edit-pacing';

const typed = (data: string, inputType = 'insertText') => new InputEvent('input', { data, inputType });

describe('which edits wait for a pause', () => {
  it('a letter, a digit, a space or a comma inside a sentence, and an IME composition', () => {
    for (const e of [typed('q'), typed('é'), typed('7'), typed('’'), typed(' '), typed(','), typed('😀'), typed('か', 'insertCompositionText')]) expect(waitsForPause(e), e.data!).toBe(true);
  });

  it('not the end of a sentence, a new line, a deletion, a paste, a fix or a chip', () => {
    for (const e of [typed('.'), typed('?'), typed('!'), typed(':'), typed('thanks'), typed('', 'insertParagraph'), typed('', 'deleteContentBackward'), typed('x y', 'insertFromPaste')]) {
      expect(waitsForPause(e), `${e.inputType} ${e.data}`).toBe(false);
    }
    expect(waitsForPause(null)).toBe(false);
    expect(waitsForPause(new Event('input'))).toBe(false);
  });
});

describe('the pacer', () => {
  it('checks a finished sentence at once, and one in progress once typing stops', () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn();
      const pacer = createEditPacer(check, new AbortController().signal, 600);
      pacer.edited(typed('p'));
      vi.advanceTimersByTime(400);
      pacer.edited(typed('i'));
      vi.advanceTimersByTime(400);
      expect(check).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(check).toHaveBeenCalledTimes(1);
      // A full stop ends the sentence: checked at once, and no late check follows.
      pacer.edited(typed('e'));
      pacer.edited(typed('.'));
      expect(check).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(1000);
      expect(check).toHaveBeenCalledTimes(2);
      pacer.edited(null);
      expect(check).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks nothing after its compose has gone', () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn();
      const life = new AbortController();
      const pacer = createEditPacer(check, life.signal, 600);
      pacer.edited(typed('p'));
      life.abort();
      vi.advanceTimersByTime(1000);
      pacer.edited(typed('.'));
      expect(check).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
