/**
 * 大字 (large text), carried from page to page. The switch itself needs no script: it is a
 * checkbox in the header whose state CSS reads (`:root:has(#large-text:checked)`, site.css).
 * What CSS cannot do is remember it on the next page, so where scripts run this keeps the choice
 * in localStorage and sets it again on every page; it also sets a class on <html> for browsers
 * without `:has`. An external module, never an inline script, so the pages work under a
 * Content-Security-Policy of `script-src 'self'`.
 */
const KEY = 'yuanding:large-text';
const box = document.getElementById('large-text');

/** localStorage throws where storage is blocked (private modes, some embedded browsers). */
function saved(): boolean | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === null ? null : v === '1';
  } catch {
    return null;
  }
}

function apply(input: HTMLInputElement): void {
  document.documentElement.classList.toggle('large-text', input.checked);
}

if (box instanceof HTMLInputElement) {
  const restore = (): void => {
    const on = saved();
    if (on !== null) box.checked = on;
    apply(box);
  };
  restore();
  box.addEventListener('change', () => {
    apply(box);
    try {
      localStorage.setItem(KEY, box.checked ? '1' : '0');
    } catch {
      // Not remembered: the switch still works on this page.
    }
  });
  // Back to a page kept in memory (bfcache), or switched in another tab: follow the latest choice.
  window.addEventListener('pageshow', (e) => e.persisted && restore());
  window.addEventListener('storage', (e) => e.key === KEY && restore());
}
