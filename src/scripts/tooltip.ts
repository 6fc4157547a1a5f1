/**
 * Tooltips for the build-time charts: the value of a point, bar or dot on hover, on touch, and
 * from the keyboard (focus a chart, then ← → to step through its marks, Esc to close). It reads
 * the <title> each mark already has, so a page without scripts shows the same figures in its
 * tables and native titles; this only makes them quicker to reach.
 */
const tip = document.createElement('div');
tip.className = 'tooltip';
tip.setAttribute('role', 'status');
tip.hidden = true;
document.body.append(tip);

/** The marks of a chart that carry a value: elements with a <title> of their own, not the chart's. */
const marks = (svg: SVGSVGElement): SVGElement[] =>
  [...svg.querySelectorAll('title')].map((t) => t.parentElement as unknown as SVGElement).filter((el) => el && el !== (svg as unknown as SVGElement));

function show(mark: SVGElement): void {
  const title = mark.querySelector(':scope > title');
  const text = title?.textContent ?? mark.dataset['tip'];
  if (!text) return;
  // Keep the text, but stop the browser's own delayed title box from showing too.
  if (title) {
    mark.dataset['tip'] = text;
    title.remove();
  }
  tip.textContent = text;
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const x = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2));
  const y = box.top - tip.offsetHeight - 8 < 0 ? box.bottom + 8 : box.top - tip.offsetHeight - 8;
  tip.style.transform = `translate(${Math.round(x + window.scrollX)}px, ${Math.round(y + window.scrollY)}px)`;
  document.querySelectorAll('.tip-active').forEach((el) => el.classList.remove('tip-active'));
  mark.classList.add('tip-active');
}

function hide(): void {
  tip.hidden = true;
  document.querySelectorAll('.tip-active').forEach((el) => el.classList.remove('tip-active'));
}

const markOf = (target: EventTarget | null): SVGElement | null => {
  const el = target instanceof Element ? target : null;
  const svg = el?.closest('figure.chart svg');
  if (!el || !svg) return null;
  for (let node: Element | null = el; node && node !== svg; node = node.parentElement) {
    if (node.querySelector(':scope > title') || (node as HTMLElement).dataset?.['tip']) return node as unknown as SVGElement;
  }
  return null;
};

document.addEventListener('pointerover', (e) => { const m = markOf(e.target); if (m) show(m); });
document.addEventListener('pointerout', (e) => { if (markOf(e.target) && e.pointerType === 'mouse') hide(); });
document.addEventListener('pointerdown', (e) => { const m = markOf(e.target); if (m) show(m); else hide(); });

for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
  svg.setAttribute('tabindex', '0');
  let at = -1;
  svg.addEventListener('keydown', (e) => {
    const list = marks(svg).concat([...svg.querySelectorAll<SVGElement>('[data-tip]')]).filter((el, i, all) => all.indexOf(el) === i);
    if (!list.length) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') at = (at + 1) % list.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') at = (at - 1 + list.length) % list.length;
    else if (e.key === 'Escape') return hide();
    else return;
    e.preventDefault();
    show(list[at]!);
  });
  svg.addEventListener('blur', hide);
}
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
