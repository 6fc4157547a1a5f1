/**
 * The one time a build writes into files whose format holds a date (the template's properties
 * and zip entries, report PDFs, the site archive): SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the site's publication date, else a fixed date. Never the clock, so two builds
 * of the same data and program write the same bytes.
 */
export function sourceDate(published?: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  if (env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch)) return new Date(epoch * 1000);
  return new Date(`${published ?? '2000-01-01'}T00:00:00Z`);
}
