/**
 * Every problem the ingest can report, by its stable code: what it means and what the clerk
 * does about it. Issues carry one of these codes; the data guide lists them all, so a code
 * printed by the build can be looked up on the site.
 */
import type { Severity } from './issues.ts';

export interface CodeDoc {
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
}

const error = (zh: string, en: string): CodeDoc => ({ severity: 'error', zh, en });
const warning = (zh: string, en: string): CodeDoc => ({ severity: 'warning', zh, en });
/** What was read and how: printed by the check, never counted as a warning or published. */
const info = (zh: string, en: string): CodeDoc => ({ severity: 'info', zh, en });

export const ISSUE_CODES = {
  // the data folder
  'no-years': error('没有任何年度的数据。按年份建文件夹（如 2024/），把当年的表格放进去。', 'No year has data. Make a folder per year (such as 2024/) and put that year\'s spreadsheets in it.'),
  'duplicate-year-folder': error('两个文件夹表示同一年（如 2024 和 2024年）。合并为一个，或把旧的改名为 2024-旧。', 'Two folders stand for one year (such as 2024 and 2024年). Merge them, or rename the old one 2024-old.'),
  'future-year': error('年度文件夹晚于今年（如 2026 年出现 2031/），尚未到来的年度不能发布，未读取。改正文件夹名或移出数据文件夹；确需发布，在 site.yaml 设置 allow_future_years: true。', 'A year folder is after the current year (2031/ in 2026); a year that has not come cannot be published and was not read. Rename the folder or move it out, or set allow_future_years: true in site.yaml.'),
  'before-first-year': error('年度文件夹早于 site.yaml 的 first_year，未读取。改正文件夹名或移出数据文件夹；确需发布，把 first_year 改为该年。', 'A year folder is before first_year in site.yaml and was not read. Rename the folder or move it out, or set first_year to that year.'),
  'year-folder-name': warning('文件夹名按年份读取（如“2024年度”读作 2024）。无需处理；也可改名为 2024。', 'A folder name was read as a year (2024年度 as 2024). Nothing to do; or rename it 2024.'),
  'not-read': warning('文件或文件夹未读取（不是表格、不在年度文件夹里、子文件夹或快捷方式）。如需计入，移到年度文件夹中。', 'A file or folder was not read (not a spreadsheet, not in a year folder, a subfolder or a link). Move it into a year folder if it should count.'),
  'duplicate-file': error('两份文件内容完全相同，会重复计算。删除多余的一份。', 'Two files are identical and would count twice. Delete the extra copy.'),
  'copy-name': warning('文件名像另一文件的副本（“(1)”“副本”）。确认没有重复记录。', 'A file is named like a copy of another ("(1)", "副本"). Check that no rows are in both.'),
  'duplicate-rows': error('两个工作表中有完全相同的行，会重复计算。删除重复的行或文件。', 'Rows are identical in two sheets and would count twice. Delete the repeated rows or file.'),
  // reading a file
  'empty-file': error('文件为 0 字节。重新导出或复制。', 'The file is 0 bytes. Export or copy it again.'),
  'not-a-spreadsheet': error('文件不是表格（改了扩展名的其他文件）。换成真正的 .xlsx/.xls/.ods/.csv。', 'The file is not a spreadsheet (another file renamed). Replace it with a real .xlsx/.xls/.ods/.csv.'),
  'encrypted': error('文件有打开密码。在 Excel/WPS 中取消密码后另存。', 'The file has an opening password. Remove it in Excel or WPS and save again.'),
  'damaged': error('文件已损坏。用 Excel/WPS 打开后另存，或重新导出。', 'The file is damaged. Open and save it again in Excel or WPS, or export it again.'),
  'too-large': error('文件解压后超过上限。拆分工作表、另存为 CSV，或调高 site.yaml 的 ingest.max_inflated_mb。', 'The file inflates past the limit. Split the sheet, save as CSV, or raise ingest.max_inflated_mb in site.yaml.'),
  'read-memory': error('读取时内存超过上限。拆分工作表、另存为 CSV，或调高 ingest.max_memory_mb。', 'Reading needed more memory than allowed. Split the sheet, save as CSV, or raise ingest.max_memory_mb.'),
  'read-timeout': error('读取超时。拆分文件、另存为 CSV，或调高 ingest.max_seconds。', 'Reading took too long. Split the file, save as CSV, or raise ingest.max_seconds.'),
  'no-cells': error('文件读不出任何单元格。检查文件后重新导出。', 'No cell could be read. Check the file and export it again.'),
  'unreadable': error('文件无法读取。用 Excel/WPS 打开后另存为 .xlsx。', 'The file cannot be read. Open it in Excel or WPS and save it as .xlsx.'),
  'unsalted': warning('身份证件号未加盐散列。设置 YUANDING_SALT 或 site.yaml 的 salt_file。', 'ID numbers were hashed without a salt. Set YUANDING_SALT or salt_file in site.yaml.'),
  'ignored-columns': warning('敏感列（民族、工资等）按规定不读取。无需处理。', 'Sensitive columns (民族, 工资 …) are never read. Nothing to do.'),
  // recognising sheets
  'unknown-sheet': warning('工作表没有可识别的表头，未读取。若是数据表，把表头放在前 15 行并使用数据说明中的列名。', 'A sheet has no recognisable header and was not read. If it holds data, put the header in the first 15 rows with the column names of this guide.'),
  'hidden-sheet': warning('隐藏的工作表：已读取或已忽略（见说明）。不应计入的数据请删除。', 'A hidden sheet was read or ignored (see the message). Delete data that should not count.'),
  'summary-sheet': warning('按学校汇总的统计表不是逐条记录，未读取。无需处理。', 'A summary of counts per school is not a table of records and was not read. Nothing to do.'),
  'not-in-post': warning('人员状态为离退休、调出等的行不计入当年名册。无需处理；如有误，核对人员状态。', 'Rows whose 人员状态 is retired, moved away and so on are not counted on the year\'s roster. Nothing to do unless the status is wrong.'),
  'subset-not-used': warning('全国教师管理信息系统导出中本站不使用的子集（工作经历、岗位聘任等），未读取。无需处理。', 'A sub-set of the national teacher system\'s export the site does not use (工作经历, 岗位聘任 …) was not read. Nothing to do.'),
  'header-too-low': error('表头不在前 15 行内。删除表头上方多余的行。', 'The header is below row 15. Delete the extra rows above it.'),
  'missing-column': error('识别出表格类型，但缺少必填列。补上该列（列名见本页）。', 'The table kind was recognised but required columns are missing. Add them (names on this page).'),
  'unreadable-sheet': error('工作表像是某类表格（表名或部分列名可识别），但缺少必需的列，未能读取；其指标将显示为 x。补上缺少的列（列名见本页），或在 site.yaml 的 ignore: 中列出该表（如 2024/减员.xlsx › Sheet1）。', 'A sheet looks like a table kind (by its name or some column names) but lacks columns it needs and was not read; its indicators would show x. Add the missing columns (names on this page), or list the sheet under ignore: in site.yaml (such as 2024/减员.xlsx › Sheet1).'),
  'ignored-by-config': warning('文件或工作表按 site.yaml 的 ignore: 未读取。无需处理；如应计入，从 ignore: 中删去。', 'A file or sheet was not read because site.yaml lists it under ignore:. Nothing to do; remove it from ignore: if it should count.'),
  'ignore-unmatched': warning('site.yaml 的 ignore: 中某项没有对应的文件或工作表（多为拼写不符）。按“年份文件夹/文件名 › 工作表名”改正，或删去该项。', 'An entry under ignore: in site.yaml matches no file or sheet (usually a typo). Correct it as year-folder/file › sheet, or remove it.'),
  'partial-column': warning('同一年同类表格的列不一致，缺列的行按“不详”统计。统一各表的列。', 'Sheets of one kind and year have different columns; rows lacking one count as unknown. Use the same columns.'),
  'empty-sheet': warning('只有表头没有数据，视为未报送。若确实为零，仍需报送一行说明；否则无需处理。', 'A header without rows counts as not supplied. Nothing to do unless the table should have data.'),
  'merged-cells': warning('数据区的合并单元格已按其左上角的值填入每一行。核对是否正确；最好取消合并。', 'Merged cells in the data took their top-left value in every row. Check, and preferably unmerge.'),
  'unread-column': info('工作表中有列名不属于该类表格，这些列未读取（逐表列出已读取和未读取的列）。如某列应计入，按数据说明把列名改为对应的名称；否则无需处理。', 'Some columns of a sheet have names its table kind does not use and were not read (each sheet lists the columns read and not read). If one should count, rename it as the data guide says; otherwise nothing to do.'),
  'total-row': warning('合计行已跳过，不计入数据。无需处理。', 'A total row was skipped, not counted. Nothing to do.'),
  // cells
  'missing-value': error('必填项为空。填写该单元格。', 'A required cell is empty. Fill it in.'),
  'unknown-value': error('取值不在允许范围内。改为本页列出的取值之一。', 'A value is not allowed. Use one of the values listed on this page.'),
  'bad-date': error('不是有效日期。写成 2024-09-01、2024年9月 等形式。', 'Not a valid date. Write it as 2024-09-01, 2024年9月 and so on.'),
  'year-only': error('日期只有年份。补上月份，如 2012.09。', 'A date has only a year. Add the month, such as 2012.09.'),
  'ambiguous-month': error('数字 2012.1 分不清 1 月还是 10 月。把该列设为文本，写成 2012.01 或 2012.10。', 'The number 2012.1 cannot tell January from October. Format the column as text: 2012.01 or 2012.10.'),
  'too-early': error('日期早于 1920 年，多为年份被存成数字。写成 2012-09-01 或 2012年9月。', 'A date before 1920, usually a year stored as a number. Write 2012-09-01 or 2012年9月.'),
  'bad-number': error('不是数字。填写阿拉伯数字。', 'Not a number. Write digits.'),
  'out-of-range': error('数字超出合理范围。核对该值。', 'A number is out of range. Check it.'),
  'formula-error': error('单元格是公式错误（#REF! 等）。修正公式或粘贴为数值。', 'A cell holds a formula error (#REF! …). Fix the formula or paste values.'),
  'id-as-number': error('编号被存成数字并丢失末位。把该列设为文本后重新导出。', 'An identifier was stored as a number and lost digits. Format the column as text and export again.'),
  'post-class': error('“岗位类别”填的是事业单位岗位类别（专业技术岗位、管理岗位、工勤技能岗位），不是教职工类别，二者不能换算。加上“教职工类别”列（专任教师、行政人员、教辅人员、工勤人员、其他）。', 'A 岗位类别 column holds the public-institution post class (professional, managerial, skilled-service), not the staff category; one cannot be converted into the other. Add the 教职工类别 column (专任教师, 行政人员, 教辅人员, 工勤人员, 其他).'),
  'id-disagrees': warning('性别或出生年月与身份证件号所示不一致，按表中所填统计。核对二者。', 'Sex or birth date disagrees with the ID number; the column as filled counts. Check both.'),
  'year-only-event': warning('培训等记录只有年度、没有日期，按年度计入。无需处理；有日期时最好填上。', 'Records (training, say) give a year but no date and are placed by the year. Nothing to do; give dates where known.'),
  'bad-idcard': error('身份证件号不是 18 位。核对该号码。', 'An ID number is not 18 characters. Check it.'),
  // across rows, tables and years
  'duplicate-id': error('同一年名册中同一编号出现两次。删除重复的人或更正编号。', 'A staff number appears twice in one year\'s roster. Remove the repeat or correct the number.'),
  'school-conflict': error('同一学校在不同行的城乡或学段不一致。统一为一个。', 'One school has different urban/rural classes or stages in different rows. Make them agree.'),
  'school-twice': error('学校表中同一学校列了两次。每校每年只列一行。', 'A school is listed twice in the schools table. List each school once a year.'),
  'implausible-age': error('按出生年月算出的年龄不在 16–75 岁。核对出生年月。', 'The birth date gives an age outside 16–75. Check it.'),
  'future-date': error('日期晚于今天。核对该日期。', 'A date is in the future. Check it.'),
  'outside-year': warning('事件日期不在文件夹所示年度内，仍按文件夹年度统计。核对日期或文件夹。', 'An event date is outside the folder\'s year; it still counts in the folder\'s year. Check the date or the folder.'),
  'same-school': error('交流单位与原单位相同。更正其中之一。', 'The exchange destination equals the origin. Correct one of them.'),
  'school-renamed': warning('同一学校代码在不同年份的学校名称不同（学校更名）。按同一所学校连续统计，显示最新名称；如不是同一所学校，核对代码。', 'One school code has different names in different years (a renamed school). It counts as one school, shown under its latest name; if these are two schools, check the code.'),
  'school-similar-name': warning('没有学校代码的学校名称只在一年出现，且与其他年份的某校名称只差一两个字。如是笔误请改正或补上学校代码；如是新学校，无需处理。', 'A school name without a code appears in one year only and differs by a character or two from a school of other years. Correct a typo or give the code; nothing to do for a new school.'),
  'school-not-listed': warning('名册中的学校不在当年的学校表中，依赖学校表的数字不含该校。在学校表中补上，或使两表的名称和代码一致。', 'A roster school is missing from that year\'s schools table; figures that use the table leave it out. Add it, or make the names and codes agree.'),
  'school-facts-missing': warning('名册没有学段或城乡列，要从学校表读取，但某校不在学校表中，或有多个学段（九年一贯制等）：该校人员的学段或城乡按“不详”统计。在学校表中补上该校，或在名册中加上学段列。', 'The roster has no stage or urban/rural column and takes them from the schools table, but a school is not listed there, or teaches several stages: its staff count as unknown there. List the school, or add a stage column to the roster.'),
  'school-facts-differ': warning('名册所填学段或城乡与学校表不一致，按名册统计。核对二者。', 'The roster\'s stage or urban/rural class differs from the schools table; the roster counts. Check both.'),
  'subset-person-missing': warning('名册中有人在学习经历或专业技术职务聘任表中没有记录，其学历或职称按“不详”统计。核对该表是否完整导出。', 'Roster people have no row in the education-history or title-appointment sheet; their education or title counts as unknown. Check the export is complete.'),
  'unknown-person': warning('人员不在当年或上一年名册中（如外单位参训人员）。核对编号。', 'A person is on neither this year\'s nor last year\'s roster (a visiting trainee, say). Check the number.'),
  'unmatched-people': error('超过 5% 的记录找不到对应的名册人员，编号写法多半不一致。统一两表的编号。', 'Over 5% of records match no roster person; the numbers are probably written differently. Make them agree.'),
  'no-roster': warning('该年有事件表（培训、交流等）但没有教职工名册：需要名册的指标该年为 x。放入当年的名册。', 'A year has event tables (training, exchange …) but no staff roster: the indicators that need it are x that year. Add that year\'s roster.'),
  'exit-but-present': warning('减员人员仍在下一年名册中（退休返聘、调回，或名册未更新）。核实后从名册删除或更正减员记录。', 'A person who left is still on the next year\'s roster (re-employed, transferred back, or a stale roster). Check, then remove them from the roster or correct the exit.'),
} as const satisfies Record<string, CodeDoc>;

export type IssueCode = keyof typeof ISSUE_CODES;
