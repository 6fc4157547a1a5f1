/**
 * Writes a simulated year as the files a personnel section really receives, with the
 * messiness of real exports in a few of them: title rows above headers, note rows below,
 * alias headers, statistical codes, pre-reform titles, full-width digits, dates as text,
 * one legacy .xls and one GBK-encoded .csv.
 */
import iconv from 'iconv-lite';
import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';

// Node's zlib compresses the sample about three times smaller than SheetJS's own deflate.
// SheetJS's use_zlib probes `new InflateRaw()` for `bytesRead`, which is 0 on current Node, and
// refuses; this script only writes, so it hands over deflate alone.
let level = 9;
(XLSX.CFB as unknown as { utils: { use_zlib(z: object): void } }).utils.use_zlib({
  InflateRaw: function InflateRaw() { return { bytesRead: 1, _processChunk: () => new Uint8Array(0) }; },
  deflateRawSync: (data: Uint8Array) => zlib.deflateRawSync(data, { level }),
});
/**
 * The bundled sample is packed as tightly as zlib can (it lives in git); the scaled bench
 * inputs with zlib's default, as Excel and WPS do, since level 9 takes two thirds of their time.
 */
export function setCompression(to: number): void {
  level = to;
}
import type { Person, Row, YearTables } from './simulate.ts';
import { subjectOf } from './subjects.ts';

export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (iso: string) => (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - SERIAL_EPOCH) / 86_400_000;
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const LOCALITY_CODES = { 城区: '111', 镇区: '121', 乡村: '220' } as const;
const OLD_TITLES: Record<string, Record<string, string>> = {
  primary: { 正高级: '正高级教师', 高级: '中学高级教师', 一级: '小学高级教师', 二级: '小学一级教师', 三级: '小学二级教师', 未定级: '未定级' },
  secondary: { 正高级: '正高级教师', 高级: '中学高级教师', 一级: '中学一级教师', 二级: '中学二级教师', 三级: '中学三级教师', 未定级: '未定级' },
};
const OLD_EDUCATION: Record<string, string> = { 研究生: '硕士研究生', 本科: '大学本科', 专科: '大专', 高中阶段: '中师', 高中阶段以下: '初中' };

type Cell = string | number;

/** A sheet with a title row, the header, the data, then a note row, as county exports look. */
function sheet(title: string | null, header: readonly string[], rows: readonly Cell[][], dateCols: readonly string[]): XLSX.WorkSheet {
  const top = title ? [[title], []] : [];
  const aoa: Cell[][] = [...top, [...header], ...rows];
  if (title) aoa.push([], ['填表人：人事股', '', '', '审核人：分管负责人']);
  const ws = XLSX.utils.aoa_to_sheet(aoa, { dense: true } as XLSX.AOA2SheetOpts);
  const data = ws['!data'] as XLSX.CellObject[][];
  const first = top.length + 1;
  header.forEach((h, c) => {
    if (!dateCols.includes(h)) return;
    for (let r = first; r < first + rows.length; r++) {
      const cell = data[r]?.[c];
      if (cell && typeof cell.v === 'number') cell.z = 'yyyy-mm-dd';
    }
  });
  if (title) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  return ws;
}

function book(name: string, ws: XLSX.WorkSheet): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

const xlsx = (wb: XLSX.WorkBook) => new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true, bookSST: true }));

function table(rows: readonly Row[], header: readonly string[], dateCols: readonly string[], textDates = false): Cell[][] {
  return rows.map((r) => header.map((h) => {
    const v = r[h] ?? '';
    if (dateCols.includes(h) && typeof v === 'string' && v !== '') return textDates ? v : serial(v);
    return v;
  }));
}

function rosterSheet(t: YearTables): XLSX.WorkSheet {
  const y = t.year;
  const idHeader = y === 2016 ? '工号' : '教师编号';
  const localityHeader = y === 2022 ? '城乡分类代码' : '城乡';
  const header = ['序号', idHeader, '姓名', '身份证件号', '性别', '民族', '出生年月', '学校名称', '学校代码', '学段', localityHeader, '岗位类别', '是否在编', '最高学历', '最高学位', '专业技术职务', '骨干类别', '骨干级别', '参加工作年月', '进本校年月'];
  // 任教学科 from 2016 (the first year's export lacks it, so the 优质均衡 PE-and-arts measure is x there);
  // 2022 heads it 主要任教学科, as the national system does.
  const subjects = y > FIRST_OLD_STYLE;
  if (subjects) header.push(y === 2022 ? '主要任教学科' : '任教学科');
  const rows = t.roster.map((p: Person, i): Cell[] => {
    const old = y === FIRST_OLD_STYLE;
    const title = old ? OLD_TITLES[p.stage === '小学' || p.stage === '学前' ? 'primary' : 'secondary']![p.title]! : p.title;
    const birth = y === 2023 ? `${p.birth.slice(0, 4)}.${p.birth.slice(5, 7)}` : serial(p.birth);
    return [
      i + 1, p.id, p.name, p.idcard, p.sex, '汉族', birth, p.school.name, p.school.code, p.stage,
      y === 2022 ? LOCALITY_CODES[p.school.locality] : p.school.locality, p.post, p.established ? '是' : '否',
      old ? OLD_EDUCATION[p.education]! : p.education, p.degree, title, p.backboneCategory, p.backboneLevel,
      serial(p.workStart), serial(p.schoolStart), ...(subjects ? [subjectOf(p, y)] : []),
    ];
  });
  return sheet(`${y}年示例县教职工花名册（样例数据，非真实人员）`, header, rows, ['出生年月', '参加工作年月', '进本校年月']);
}
const FIRST_OLD_STYLE = 2015;

export function yearFiles(t: YearTables): OutputFile[] {
  const y = t.year;
  const dir = String(y);
  const files: OutputFile[] = [];
  const put = (name: string, bytes: Uint8Array) => files.push({ path: `${dir}/${name}`, bytes });

  put(`${y}年教职工花名册.xlsx`, xlsx(book('花名册', rosterSheet(t))));

  const schoolHeader = ['学校名称', '学校代码', '学段', '城乡', '政策乡村学校', '乡镇', '在校生数', '核定编制数'];
  put(`${y}年学校基本情况.xlsx`, xlsx(book('学校', sheet(`${y}年示例县学校基本情况`, schoolHeader, table(t.schools, schoolHeader, []), []))));

  const exHeader = ['教师编号', '姓名', '原单位', '交流单位', '交流方式', '是否调动人事关系', '人员类别', '是否骨干教师', '开始日期', '结束日期'];
  put(`${y}年交流轮岗名单.xlsx`, xlsx(book('交流轮岗', sheet(`${y}年义务教育教师交流轮岗人员名单`, exHeader, table(t.exchange, exHeader, ['开始日期', '结束日期']), ['开始日期', '结束日期']))));

  const trHeader = ['教师编号', '姓名', '培训项目', '培训级别', '培训形式', '学时', '开始日期', '结束日期'];
  let trRows = table(t.training, trHeader, ['开始日期', '结束日期']);
  if (y === 2018) trRows = trRows.map((r) => r.map((v, c) => (c === 0 || c === 5 ? fullWidth(String(v)) : v)));
  put(`${y}年教师培训记录.xlsx`, xlsx(book('培训', sheet(null, trHeader, trRows, ['开始日期', '结束日期']))));

  const hiHeader = ['教师编号', '姓名', '招聘渠道', '学段', '分配学校', '城乡', '最高学历', '毕业院校类别', '入职日期'];
  let hiRows = table(t.recruitment, hiHeader, ['入职日期'], y === 2019);
  if (y === 2019) hiRows = hiRows.map((r, i) => r.map((v, c) => (c === 8 ? textDate(String(v), i) : v)));
  put(`${y}年新进教师名单.xlsx`, xlsx(book('新进人员', sheet(`${y}年新进教师名单`, hiHeader, hiRows, ['入职日期']))));

  const prHeader = ['教师编号', '姓名', '原职称', '新职称', '学段', '取得日期'];
  put(`${y}年职称评聘.xlsx`, xlsx(book('职称', sheet(`${y}年度中小学教师职称评聘结果`, prHeader, table(t.promotions, prHeader, ['取得日期']), ['取得日期']))));

  const hoHeader = ['教师编号', '姓名', '荣誉名称', '级别', '类别', '授予日期'];
  const honours = book('表彰', sheet(`${y}年度表彰奖励名单`, hoHeader, table(t.honours, hoHeader, ['授予日期']), ['授予日期']));
  if (y === 2017) put(`${y}年表彰奖励.xls`, new Uint8Array(XLSX.write(honours, { bookType: 'biff8', type: 'buffer' })));
  else put(`${y}年表彰奖励.xlsx`, xlsx(honours));

  const exitHeader = ['教师编号', '姓名', '类型', '日期'];
  if (y === 2020) {
    const csv = XLSX.utils.sheet_to_csv(sheet(null, exitHeader, t.exits.map((r) => exitHeader.map((h) => r[h] ?? '')), []));
    put(`${y}年减员名单.csv`, new Uint8Array(iconv.encode(csv + '\r\n', 'gbk')));
  } else {
    put(`${y}年减员名单.xlsx`, xlsx(book('减员', sheet(`${y}年教职工减员名单`, exitHeader, table(t.exits, exitHeader, ['日期']), ['日期']))));
  }

  const fuHeader = ['项目', '人数', '金额(元)'];
  put(`${y}年经费与补助.xlsx`, xlsx(book('经费', sheet(`${y}年教师队伍建设经费`, fuHeader, t.funds.map((r) => [r['项目']!, r['人数']!, r['金额']!]), []))));
  return files;
}

/** The forms clerks type dates in: 2019年8月26日, 2019.8.26, 2019/8/26. */
function textDate(iso: string, i: number): string {
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return [`${y}年${m}月${d}日`, `${y}.${m}.${d}`, `${y}/${m}/${d}`][i % 3]!;
}
