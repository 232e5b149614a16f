/**
 * The quick exit, <rt-quick-exit> (GOV.UK Design System "Exit this page"): activating the link
 * blanks the page at once and leaves it without a history entry. Its keyboard shortcut: pressing
 * Shift three times, with no other key between and no more than five seconds between presses,
 * leaves the page too. The shortcut is plain logic with the clock passed in, so it is tested
 * without a browser or timers.
 */
import { enhancement, part } from './element.ts';

/** Presses of Shift that leave the page. */
const EXIT_PRESSES = 3;
/** Longest pause between two presses, in milliseconds; GOV.UK Frontend uses 5 seconds. */
const PRESS_WINDOW_MS = 5000;

/** What a key release meant for the shortcut. */
export type ShiftOutcome =
  /** Not part of the shortcut, and no sequence was under way. */
  | { kind: 'ignored' }
  /** A counted press; `remaining` more presses leave the page. */
  | { kind: 'counted'; remaining: number }
  /** Another key ended a sequence under way. */
  | { kind: 'interrupted' }
  /** The last press: leave the page now. */
  | { kind: 'exit' };

/** The parts of a `keyup` event the shortcut reads. */
export interface KeyRelease {
  key: string;
  /** True when Shift was held while this key was released (Shift used as a modifier). */
  shiftKey: boolean;
}

/** Counts Shift presses; give it every `keyup` with the time it happened (ms). */
export class ShiftPressCounter {
  private count = 0;
  private lastPressAt = -Infinity;
  /** Shift+A releases A with shiftKey set, then Shift: that Shift was a modifier, not a press. */
  private previousWasModified = false;

  constructor(
    private readonly presses = EXIT_PRESSES,
    private readonly windowMs = PRESS_WINDOW_MS,
  ) {}

  /** Presses counted so far in the current sequence (for the on-screen indicator). */
  get pressed(): number {
    return this.count;
  }

  /** When the current sequence lapses if no press follows (ms), or undefined when none is under way. */
  get expiresAt(): number | undefined {
    return this.count > 0 ? this.lastPressAt + this.windowMs : undefined;
  }

  release(event: KeyRelease, now: number): ShiftOutcome {
    const wasModified = this.previousWasModified;
    this.previousWasModified = event.shiftKey;
    if (this.count > 0 && now - this.lastPressAt >= this.windowMs) this.count = 0;

    if (event.key !== 'Shift' || wasModified) {
      if (this.count === 0) return { kind: 'ignored' };
      this.count = 0;
      return { kind: 'interrupted' };
    }
    this.count += 1;
    this.lastPressAt = now;
    if (this.count >= this.presses) {
      this.count = 0;
      return { kind: 'exit' };
    }
    return { kind: 'counted', remaining: this.presses - this.count };
  }

  /** Ends any sequence (when it times out, or the page is shown again from the back/forward cache). */
  reset(): void {
    this.count = 0;
    this.previousWasModified = false;
  }
}

/** The announcements in the page's language: one press left, several left ({n}), and lapsed. */
export interface QuickExitMessages {
  one: string;
  many: string;
  expired: string;
}

/** What a screen reader hears after a counted press, e.g. "Shift, press 2 more times to exit." */
export function remainingPressesMessage(remaining: number, messages: QuickExitMessages): string {
  return remaining === 1 ? messages.one : messages.many.replace('{n}', String(remaining));
}

/** Enhances the quick-exit link: blank the page, then leave without a history entry. */
export const quickExit = enhancement({
  name: 'rt-quick-exit',
  parts: {
    link: part<HTMLAnchorElement>('a[data-quick-exit-link]'),
    /** The live region that counts the presses down. */
    status: part('[data-quick-exit-status]'),
    /** Three lights on the button, lit one per press. */
    indicator: part('[data-quick-exit-indicator]'),
  },
  /** The announcements and the overlay's text, in the page's language. */
  data: ['one', 'many', 'expired', 'loading'],
  connect(_host, { link, status, indicator }, { one, many, expired, loading }) {
    const messages: QuickExitMessages = { one, many, expired };
    const counter = new ShiftPressCounter();
    const lights = [...indicator.children];
    const pageTitle = document.title;
    let overlay: HTMLElement | null = null;
    let expiryTimer: ReturnType<typeof setTimeout> | undefined;
    let clearTimer: ReturnType<typeof setTimeout> | undefined;

    const showPresses = () => {
      const pressed = counter.pressed;
      indicator.toggleAttribute('data-pressed', pressed > 0);
      lights.forEach((light, index) => light.classList.toggle('is-on', index < pressed));
    };

    const expire = () => {
      counter.reset();
      status.textContent = messages.expired;
      showPresses();
      clearTimer = setTimeout(() => (status.textContent = ''), 5000);
    };

    const exit = () => {
      status.textContent = '';
      overlay = document.createElement('div');
      overlay.className = 'quick-exit-overlay';
      overlay.setAttribute('role', 'alert');
      document.body.append(overlay);
      document.body.classList.add('quick-exit-active');
      // Text added after the element is in place is announced more reliably (GOV.UK Frontend).
      overlay.textContent = loading;
      document.title = loading.replace(/\.$/, '');
      // replace(): the page leaves the history, so Back does not return to it.
      location.replace(link.href);
    };

    const onClick = (event: MouseEvent) => {
      event.preventDefault();
      exit();
    };

    const onKeyup = (event: KeyboardEvent) => {
      const outcome = counter.release(event, performance.now());
      clearTimeout(expiryTimer);
      if (outcome.kind === 'exit') {
        exit();
      } else if (outcome.kind === 'counted') {
        clearTimeout(clearTimer);
        status.textContent = remainingPressesMessage(outcome.remaining, messages);
        expiryTimer = setTimeout(expire, (counter.expiresAt ?? 0) - performance.now());
      } else if (outcome.kind === 'interrupted') {
        expire();
      }
      showPresses();
    };

    /** Coming back through the back/forward cache must show the page whole, never half-hidden. */
    const onPageshow = () => {
      clearTimeout(expiryTimer);
      clearTimeout(clearTimer);
      counter.reset();
      overlay?.remove();
      overlay = null;
      document.body.classList.remove('quick-exit-active');
      document.title = pageTitle;
      status.textContent = '';
      showPresses();
    };

    link.addEventListener('click', onClick);
    document.addEventListener('keyup', onKeyup, true);
    window.addEventListener('pageshow', onPageshow);
    return () => {
      link.removeEventListener('click', onClick);
      document.removeEventListener('keyup', onKeyup, true);
      window.removeEventListener('pageshow', onPageshow);
    };
  },
});
