/**
 * Tooltips for the build-time charts: the value of a point, bar or dot on hover, on touch, and
 * from the keyboard (focus a chart, then ← → to step through its marks, Esc to close). It reads
 * the <title> each mark already has, so a page without scripts shows the same figures in its
 * tables and native titles; this only makes them quicker to reach. Marks drawn at one place
 * (two schools with the same figure) are one stop, listed together; a mark smaller than a
 * finger gets a transparent 24 px target on top of the chart (WCAG 2.5.8).
 */
const MIN_TARGET = 24;
const SVG_NS = 'http://www.w3.org/2000/svg';
const tip = document.createElement('div');
tip.className = 'tooltip';
tip.setAttribute('role', 'status');
tip.hidden = true;
document.body.append(tip);

interface Stop { marks: SVGGraphicsElement[]; texts: string[] }
/** A chart's stops in drawing order, and which stop each mark or target belongs to. */
const stopOf = new WeakMap<Element, Stop>();

function stops(svg: SVGSVGElement): Stop[] {
  // Read once, before any <title> is moved aside, in document order: every mark is a stop.
  const marks = [...svg.querySelectorAll('title')].map((t) => t.parentNode as Element | null).filter((el): el is SVGGraphicsElement => el instanceof SVGGraphicsElement && el !== svg);
  const found: Stop[] = [];
  const at = new Map<string, Stop>();
  for (const mark of marks) {
    const title = mark.querySelector(':scope > title')!;
    const text = title.textContent ?? '';
    // Keep the text, but stop the browser's own delayed title box from showing too.
    mark.dataset['tip'] = text;
    title.remove();
    const box = mark.getBBox();
    const key = `${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)},${Math.round(box.width)}`;
    const stop = at.get(key) ?? { marks: [], texts: [] };
    if (!at.has(key)) { at.set(key, stop); found.push(stop); }
    stop.marks.push(mark);
    if (!stop.texts.includes(text)) stop.texts.push(text);
    stopOf.set(mark, stop);
  }
  return found;
}

/** A transparent circle at least 24 px across over each stop whose mark is smaller than that. */
function targets(svg: SVGSVGElement, list: Stop[]): void {
  const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width || 1);
  const layer = document.createElementNS(SVG_NS, 'g');
  layer.setAttribute('class', 'tip-targets');
  for (const stop of list) {
    const box = stop.marks[0]!.getBBox();
    if (box.width * scale >= MIN_TARGET && box.height * scale >= MIN_TARGET) continue;
    const c = document.createElementNS(SVG_NS, 'circle');
    c.setAttribute('cx', String(box.x + box.width / 2));
    c.setAttribute('cy', String(box.y + box.height / 2));
    c.setAttribute('r', String(MIN_TARGET / 2 / (scale || 1)));
    c.setAttribute('fill', 'transparent');
    stopOf.set(c, stop);
    layer.append(c);
  }
  svg.append(layer);
}

function show(stop: Stop): void {
  tip.textContent = '';
  for (const text of stop.texts) tip.append(Object.assign(document.createElement('div'), { textContent: text }));
  tip.hidden = false;
  const box = stop.marks[0]!.getBoundingClientRect();
  const x = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2));
  const y = box.top - tip.offsetHeight - 8 < 0 ? box.bottom + 8 : box.top - tip.offsetHeight - 8;
  tip.style.transform = `translate(${Math.round(x + window.scrollX)}px, ${Math.round(y + window.scrollY)}px)`;
  document.querySelectorAll('.tip-active').forEach((el) => el.classList.remove('tip-active'));
  for (const m of stop.marks) m.classList.add('tip-active');
}

function hide(): void {
  tip.hidden = true;
  document.querySelectorAll('.tip-active').forEach((el) => el.classList.remove('tip-active'));
}

const stopAt = (target: EventTarget | null): Stop | null => {
  for (let node = target instanceof Element ? target : null; node && !(node instanceof SVGSVGElement); node = node.parentElement) {
    const stop = stopOf.get(node);
    if (stop) return stop;
  }
  return null;
};

document.addEventListener('pointerover', (e) => { const s = stopAt(e.target); if (s) show(s); });
document.addEventListener('pointerout', (e) => { if (stopAt(e.target) && e.pointerType === 'mouse') hide(); });
document.addEventListener('pointerdown', (e) => { const s = stopAt(e.target); if (s) show(s); else hide(); });

for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')) {
  let list: Stop[] | null = null;
  // A hidden drawing (the phone one on a wide screen) has no size to measure: it is read when it shows.
  const ready = () => {
    if (list || !svg.getBoundingClientRect().width) return;
    list = stops(svg);
    targets(svg, list);
  };
  ready();
  if (!list) new ResizeObserver(ready).observe(svg);
  svg.setAttribute('tabindex', '0');
  let at = -1;
  svg.addEventListener('keydown', (e) => {
    ready();
    if (!list?.length) return;
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
