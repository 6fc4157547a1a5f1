/**
 * The search page: Pagefind's own UI, self-hosted (pagefind-ui.js, loaded before this module,
 * defines PagefindUI). Pagefind finds its index and the pages' addresses from where its script
 * was loaded, so search works under any folder the site is published in. ?q= pre-fills the
 * query so a search can be linked.
 */
declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch: (query: string) => void };

const root = document.getElementById('search');
if (root) {
  // No page has an image to show: Pagefind would keep a third of a phone's width empty beside every result for one.
  const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's input has a placeholder but no label: name it for screen readers.
  const name = () => root.querySelector('input')?.setAttribute('aria-label', root.dataset['label'] ?? '');
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
