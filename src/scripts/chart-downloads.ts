/**
 * Per-chart downloads, made in the browser from what the page already holds: the drawing as
 * SVG or PNG, and the chart's data table as CSV (UTF-8 with BOM for Excel, text that a
 * spreadsheet would run neutralised as in the site's own downloads). Without scripts the links
 * stay hidden and the indicator's full CSV is linked below the page as before.
 */
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

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.style.background = 'white';
  copy.style.fontFamily = getComputedStyle(svg).fontFamily;
  return new XMLSerializer().serializeToString(copy);
}

const cell = (text: string): string => {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?[\d.,]+%?$/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

function csvOf(table: HTMLTableElement): string {
  const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => cell((c.textContent ?? '').trim())).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

for (const links of document.querySelectorAll<HTMLElement>('figure.chart .chart-downloads')) {
  const figure = links.closest<HTMLElement>('figure.chart')!;
  const name = figure.dataset['file'] ?? figure.id;
  links.hidden = false;
  links.querySelector('[data-format="svg"]')?.addEventListener('click', () => {
    const svg = drawing(figure);
    if (svg) save(`${name}.svg`, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  });
  links.querySelector('[data-format="png"]')?.addEventListener('click', () => {
    const svg = drawing(figure);
    if (!svg) return;
    const { width, height } = svg.viewBox.baseVal;
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
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  });
  links.querySelector('[data-format="csv"]')?.addEventListener('click', () => {
    const table = figure.querySelector('table');
    if (table) save(`${name}.csv`, new Blob([csvOf(table)], { type: 'text/csv;charset=utf-8' }));
  });
}
