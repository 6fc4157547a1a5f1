/**
 * Sorting and filtering for the schools table. The page is a complete table without scripts;
 * this adds a sort button to each column head and shows the filter form.
 */
const numberOf = (text: string): number | null => {
  const n = Number(text.replace(/[,%\s]|:1$|^1:/g, ''));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
};

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0]!;
  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => row.cells[col]?.dataset['sort'] ?? row.cells[col]?.textContent?.trim() ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const [m, n] = [numberOf(x), numberOf(y)];
        // Numbers by value; symbols (c, x, z) and text after them, text by the locale's order.
        const order = m !== null && n !== null ? m - n : m !== null ? -1 : n !== null ? 1 : x.localeCompare(y, document.documentElement.lang);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filters]')) {
  const table = form.parentElement!.querySelector<HTMLTableElement>('table[data-sortable]')!;
  const count = form.querySelector<HTMLOutputElement>('[data-count]')!;
  form.hidden = false;
  const apply = () => {
    const wanted = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((s) => [s.dataset['filter']!, s.value] as const);
    let shown = 0;
    for (const row of table.tBodies[0]!.rows) {
      const match = wanted.every(([key, value]) => !value || (row.dataset[key] ?? '').split(' ').includes(value));
      row.hidden = !match;
      if (match) shown++;
    }
    count.textContent = `${shown} / ${table.tBodies[0]!.rows.length}`;
  };
  form.addEventListener('change', apply);
  apply();
}
