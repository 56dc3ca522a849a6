import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Gives focus back to what had it when a dialog opened (the button that opened it) once the
 * dialog closes. Fluent returns focus only to a `DialogTrigger`, or to a `useRestoreFocusTarget`
 * opener and then only when the browser reports the closing dialog losing focus (Chromium does,
 * jsdom does not); these dialogs are opened from elsewhere on the page. Without it focus falls to
 * <body> and tabster keeps the whole page `aria-hidden` for 250 ms after the dialog is gone; the
 * ancestors of a focused element it un-hides at once. Returns the ref for the `DialogSurface`.
 */
export function useReturnFocus(open: boolean) {
  const surface = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  // Layout effects, not their cleanups: a cleanup runs before React puts back the focus it saw
  // before the commit (inside the closing dialog), which would undo this one. Opening, it runs
  // before Fluent's effect moves focus into the dialog.
  useLayoutEffect(() => {
    if (open) {
      // Not what is inside the dialog: React's strict mode runs this again after Fluent's effect.
      const focused = document.activeElement;
      if (!surface.current?.contains(focused)) opener.current = focused;
      return;
    }
    const target = opener.current;
    opener.current = null;
    const focused = document.activeElement;
    // Not when focus has moved on by itself, for example into a dialog opened from this one.
    const lost = !focused || focused === document.body || !!surface.current?.contains(focused);
    if (lost && target instanceof HTMLElement && target.isConnected) target.focus();
  }, [open]);
  return surface;
}

/**
 * Whether a dialog has been open at least once. Until then it is not mounted at all: a mounted
 * Fluent Dialog, even closed, sets up tabster's focus trap, which puts focusable `aria-hidden`
 * helper elements around the page (axe-core's `aria-hidden-focus` on every page with a dialog).
 * Once opened it stays mounted, so Fluent can undo its modal `aria-hidden` on the page as it closes.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
