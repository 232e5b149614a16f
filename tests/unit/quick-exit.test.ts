import { describe, expect, it } from 'vitest';
import { ShiftPressCounter, remainingPressesMessage } from '#src/lib/client/quick-exit.ts';
import { en } from '#src/i18n/ui/en.ts';
import { de } from '#src/i18n/ui/de.ts';

const shift = { key: 'Shift', shiftKey: false };
const letter = (key: string, shiftKey = false) => ({ key, shiftKey });

describe('the Shift shortcut of the quick exit', () => {
  it('leaves on the third press of Shift, counting down before that', () => {
    const counter = new ShiftPressCounter();
    expect(counter.release(shift, 0)).toEqual({ kind: 'counted', remaining: 2 });
    expect(counter.release(shift, 400)).toEqual({ kind: 'counted', remaining: 1 });
    expect(counter.release(shift, 800)).toEqual({ kind: 'exit' });
  });

  it('allows up to the window between each press, not for the whole sequence', () => {
    const counter = new ShiftPressCounter();
    counter.release(shift, 0);
    counter.release(shift, 4999);
    expect(counter.release(shift, 9998)).toEqual({ kind: 'exit' });
  });

  it('starts again when a press comes after the window has passed', () => {
    const counter = new ShiftPressCounter();
    counter.release(shift, 0);
    counter.release(shift, 1000);
    expect(counter.expiresAt).toBe(6000);
    expect(counter.release(shift, 6000)).toEqual({ kind: 'counted', remaining: 2 });
    expect(counter.release(shift, 6500)).toEqual({ kind: 'counted', remaining: 1 });
  });

  it('is interrupted by any other key between presses', () => {
    const counter = new ShiftPressCounter();
    counter.release(shift, 0);
    counter.release(shift, 100);
    expect(counter.release(letter('a'), 200)).toEqual({ kind: 'interrupted' });
    expect(counter.pressed).toBe(0);
    expect(counter.release(shift, 300)).toEqual({ kind: 'counted', remaining: 2 });
  });

  it('ignores other keys when no sequence is under way', () => {
    const counter = new ShiftPressCounter();
    expect(counter.release(letter('Tab'), 0)).toEqual({ kind: 'ignored' });
    expect(counter.pressed).toBe(0);
  });

  it('does not count Shift used as a modifier, as in typing a capital letter', () => {
    const counter = new ShiftPressCounter();
    // Shift+A: A is released with Shift held, then Shift itself.
    counter.release(letter('A', true), 0);
    expect(counter.release(shift, 50)).toEqual({ kind: 'ignored' });
    counter.release(letter('B', true), 100);
    counter.release(shift, 150);
    counter.release(letter('C', true), 200);
    expect(counter.release(shift, 250)).toEqual({ kind: 'ignored' });
    expect(counter.pressed).toBe(0);
  });

  it('forgets a sequence when reset, e.g. when the page is shown again from the cache', () => {
    const counter = new ShiftPressCounter();
    counter.release(shift, 0);
    counter.release(shift, 100);
    counter.reset();
    expect(counter.expiresAt).toBeUndefined();
    expect(counter.release(shift, 200)).toEqual({ kind: 'counted', remaining: 2 });
  });
});

describe('the announcement of presses remaining', () => {
  it('says how many presses remain, in the words GOV.UK uses', () => {
    const messages = { one: en['exit.remainingOne'], many: en['exit.remainingMany'], expired: en['exit.expired'] };
    expect(remainingPressesMessage(2, messages)).toBe('Shift, press 2 more times to exit.');
    expect(remainingPressesMessage(1, messages)).toBe('Shift, press 1 more time to exit.');
  });

  it("speaks the page's language", () => {
    expect(
      remainingPressesMessage(3, { one: de['exit.remainingOne'], many: de['exit.remainingMany'], expired: de['exit.expired'] }),
    ).toContain('3');
    expect(
      remainingPressesMessage(3, { one: de['exit.remainingOne'], many: de['exit.remainingMany'], expired: de['exit.expired'] }),
    ).not.toBe(remainingPressesMessage(3, { one: en['exit.remainingOne'], many: en['exit.remainingMany'], expired: en['exit.expired'] }));
  });
});
