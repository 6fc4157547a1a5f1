/** The government-site frame (政府网站发展指引): 主办单位, 网站标识码, ICP and public-security filings, the mark, the bureau's home. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

const roster = xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: 8 }, (_, i) => rosterRow(`A${i}`))] });
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const FRAME = `publication:
  host: { zh: 白水县教育体育局, en: Baishui County Education and Sports Bureau }
  organiser: 白水县教育信息中心
  site_code: "3607230001"
  icp: 赣ICP备12345678号-1
  police: 赣公网安备 36072302000123号
  mark: { image: dzjg.png, link: "https://bszs.conac.cn/sitename?method=show&id=1" }
  home: https://jyj.baishui.gov.cn/
`;

describe('the government-site frame', () => {
  it('is in every footer in both languages, its filings linked to their public pages', async () => {
    const dir = await dataFolder({ 'site.yaml': FRAME, 'dzjg.png': PNG, '2024/名册.xlsx': roster });
    const out = join(await tempDir(), 'dist');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    for (const [page, words] of [['index.html', ['主办单位', '白水县教育体育局', '承办单位', '白水县教育信息中心', '网站标识码', '返回教育局首页']], ['en/index.html', ['Host', 'Baishui County Education and Sports Bureau', 'Website code', 'Bureau home page']], ['indicators/staff_total/index.html', ['主办单位']]] as const) {
      const html = await readFile(join(out, page), 'utf8');
      for (const w of words) assert.ok(html.includes(w), `${page}: ${w}`);
      assert.match(html, /<a href="https:\/\/beian\.miit\.gov\.cn\/">赣ICP备12345678号-1<\/a>/);
      assert.match(html, /<a href="https:\/\/www\.beian\.gov\.cn\/portal\/registerSystemInfo\?recordcode=36072302000123">赣公网安备 36072302000123号<\/a>/);
      assert.match(html, /<a class="gov-mark" href="https:\/\/bszs\.conac\.cn\/sitename\?method=show&amp;id=1"><img src="\/gov-mark\.png"/);
      assert.match(html, /<a href="https:\/\/jyj\.baishui\.gov\.cn\/">/);
    }
    assert.deepEqual(await readFile(join(out, 'gov-mark.png')), PNG);
  });

  it('a malformed filing number or a missing mark image is a clear settings error', async () => {
    for (const [yaml, said] of [
      ['publication:\n  icp: ICP备12345678\n', /publication\.icp: ICP 备案号应如“赣ICP备12345678号”/],
      ['publication:\n  police: 赣公网安备 3607230200号\n', /publication\.police: 公安机关备案号应如/],
      ['publication:\n  mark: { image: dzjg.png, link: "https://bszs.conac.cn/" }\n', /publication\.mark\.image: 数据文件夹中没有图片“dzjg\.png”/],
    ] as const) {
      const dir = await dataFolder({ 'site.yaml': yaml, '2024/名册.xlsx': roster });
      const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, said);
    }
  });
});
