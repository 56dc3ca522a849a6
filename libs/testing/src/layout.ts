// jsdom has no layout: `offsetParent` is always null and every box is 0 × 0. Tabster, Fluent's
// focus manager, reads both to decide what is visible, so in jsdom it finds nothing focusable: a
// dialog cannot move focus to its first button, its modal never becomes the active one and
// tabster hides the dialog itself with `aria-hidden` (github.com/microsoft/fluentui/pull/27322).
// These two answers are the browser's for a rendered page; nothing else about layout is faked.

/** The CSSOM rule: null when the element or an ancestor is not rendered, else the nearest positioned ancestor. */
function offsetParentOf(element: HTMLElement): Element | null {
  const { body, defaultView: view } = element.ownerDocument;
  if (!view || !element.isConnected || element === body) return null;
  if (view.getComputedStyle(element).position === 'fixed') return null;
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return null;
  }
  for (let e = element.parentElement; e && e !== body; e = e.parentElement) {
    if (view.getComputedStyle(e).position !== 'static' || /^(TD|TH|TABLE)$/.test(e.tagName)) {
      return e;
    }
  }
  return body;
}

/** The page fills the window, as a rendered page's body does. */
function bodyRect(this: HTMLBodyElement): DOMRect {
  const view = this.ownerDocument.defaultView!;
  return new view.DOMRect(0, 0, view.innerWidth, view.innerHeight);
}

// A test file may run in Node (`@vitest-environment node`): no DOM, nothing to answer for.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return offsetParentOf(this);
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = bodyRect;
}
