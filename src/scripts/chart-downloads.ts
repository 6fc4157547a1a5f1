/**
 * Per-chart downloads, made in the browser from what the page already holds: the drawing as
 * SVG or PNG, and the chart's data table as CSV (UTF-8 with BOM for Excel, text that a
 * spreadsheet would run neutralised as in the site's own downloads). Without scripts the links
 * stay hidden and the indicator's full CSV is linked below the page as before.
 */
import { escapeHtml } from '../lib/site/escape.ts';

const save = (name: string, blob: Blob): void => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
};

/** The drawing on screen (the phone one on a phone), with its namespace for a standalone file. */
function drawing(figure: HTMLElement): SVGSVGElement | null {
  const shown = [...figure.querySelectorAll<HTMLElement>('.drawing')].find((d) => d.offsetParent !== null) ?? figure.querySelector<HTMLElement>('.drawing');
  return shown?.querySelector<SVGSVGElement>('svg[role="img"]') ?? null;
}

/** The years a chart shows: its own year, or the span of the years in its table's first column. */
function yearsOf(figure: HTMLElement): string {
  if (figure.dataset['year']) return figure.dataset['year'];
  const years = [...figure.querySelectorAll('tbody tr > :first-child')].map((c) => (c.textContent ?? '').trim()).filter((y) => /^\d{4}$/.test(y)).sort();
  return years.length ? (years[0] === years.at(-1) ? years[0]! : `${years[0]}–${years.at(-1)}`) : '';
}

/** The unit: given, or the one every value column's head names in brackets (人数（人） → 人). */
function unitOf(figure: HTMLElement): string {
  if (figure.dataset['unit']) return figure.dataset['unit'];
  const units = [...figure.querySelectorAll('thead th')].map((th) => /[（(]([^（()）]+)[)）]$/.exec(th.textContent ?? '')?.[1]).filter(Boolean);
  return units[0] ?? '';
}

/**
 * A standalone image that says what it is when it travels alone: the chart with a header (its
 * title; the place, the year, the unit) and a footer naming the source, on white.
 */
function svgText(figure: HTMLElement, svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelector(':scope > .tip-targets')?.remove();
  copy.querySelectorAll('.tip-active').forEach((el) => el.classList.remove('tip-active'));
  const box = svg.viewBox.baseVal;
  const [w, h] = [box?.width || svg.clientWidth, box?.height || svg.clientHeight];
  const font = getComputedStyle(svg).fontFamily;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '56');
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.removeAttribute('style');
  const title = figure.dataset['title'] || svg.getAttribute('aria-label') || '';
  const about = [figure.dataset['place'], yearsOf(figure), unitOf(figure)].filter(Boolean).join(' · ');
  const total = h + 56 + 28;
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" font-family="${escapeHtml(font)}">`
    + `<rect width="100%" height="100%" fill="white"/>`
    + `<text class="title" x="8" y="22" font-size="16" font-weight="bold" fill="#000">${escapeHtml(title)}</text>`
    + `<text class="about" x="8" y="44" font-size="12" fill="#333">${escapeHtml(about)}</text>`
    + new XMLSerializer().serializeToString(copy)
    + `<text class="source" x="8" y="${total - 10}" font-size="12" fill="#333">${escapeHtml(figure.dataset['source'] ?? '')}</text></svg>`;
  return { text, width: w, height: total };
}

const cell = (text: string): string => {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?[\d.,]+%?$/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The chart's table as CSV, with a year column first when the table is of one year's categories. */
function csvOf(figure: HTMLElement, table: HTMLTableElement): string {
  const year = figure.dataset['year'];
  const rows = [...table.querySelectorAll('tr')].map((tr, i) => {
    const cells = [...tr.querySelectorAll('th, td')].map((c) => cell((c.textContent ?? '').trim()));
    return (year ? [i === 0 ? (document.documentElement.lang === 'en' ? 'Year' : '年度') : year, ...cells] : cells).join(',');
  });
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

for (const links of document.querySelectorAll<HTMLElement>('figure.chart .chart-downloads')) {
  const figure = links.closest<HTMLElement>('figure.chart')!;
  const name = figure.dataset['file'] ?? figure.id;
  links.hidden = false;
  links.querySelector('[data-format="svg"]')?.addEventListener('click', () => {
    const svg = drawing(figure);
    if (svg) save(`${name}.svg`, new Blob([svgText(figure, svg).text], { type: 'image/svg+xml' }));
  });
  links.querySelector('[data-format="png"]')?.addEventListener('click', () => {
    const svg = drawing(figure);
    if (!svg) return;
    const { text, width, height } = svgText(figure, svg);
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [width * 2, height * 2];
      const g = canvas.getContext('2d')!;
      g.fillStyle = 'white';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && save(`${name}.png`, blob), 'image/png');
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
  links.querySelector('[data-format="csv"]')?.addEventListener('click', () => {
    const table = figure.querySelector('table');
    if (table) save(`${name}.csv`, new Blob([csvOf(figure, table)], { type: 'text/csv;charset=utf-8' }));
  });
}

/** A copy button beside each citation; without scripts the citation is plain text to select. */
for (const cite of document.querySelectorAll<HTMLElement>('p.cite')) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'cite-copy', textContent: document.documentElement.lang === 'en' ? 'Copy' : '复制' });
  button.addEventListener('click', async () => {
    const text = (cite.querySelector('.cite-text') ?? cite).textContent?.trim() ?? '';
    await navigator.clipboard?.writeText(text).catch(() => {});
    button.textContent = document.documentElement.lang === 'en' ? 'Copied' : '已复制';
  });
  cite.append(' ', button);
}
