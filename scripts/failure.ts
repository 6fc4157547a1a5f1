/**
 * What the clerk sees when the program itself fails (a fault, not bad input): one message in
 * Chinese and English with a code and the step that failed, where to report it, and the
 * error's own text with every name and identifier from the input masked (privacy.ts
 * maskPersonal). Never a stack trace, unless YUANDING_DEBUG=1 asks for one (masked too). The
 * process exits 1; the build publishes only at its last step, so the published site is as it was.
 */
import { maskPersonal } from '../src/lib/privacy.ts';

export type Command = 'build' | 'check';
export type Step = 'read' | 'indicators' | 'pages' | 'downloads' | 'pdf' | 'search' | 'privacy' | 'publish';

const STEPS: Readonly<Record<Step, readonly [string, string]>> = {
  read: ['读取数据', 'reading the data'],
  indicators: ['计算指标', 'indicators'],
  pages: ['生成页面', 'pages'],
  downloads: ['下载文件', 'downloads'],
  pdf: ['年度报告 PDF', 'report PDFs'],
  search: ['搜索索引', 'search index'],
  privacy: ['隐私检查', 'privacy check'],
  publish: ['发布', 'publishing'],
};

let step: Step = 'read';
let scan: { secrets: ReadonlySet<string>; salt: string } = { secrets: new Set(), salt: '' };

/** The step now running: named if the program fails during it. */
export const atStep = (s: Step): void => { step = s; };

/** The dataset's secrets, once read: from then on a failure's text is masked by them too. */
export const knowSecrets = (secrets: ReadonlySet<string>, salt: string): void => { scan = { secrets, salt }; };

const debugging = () => /^(1|true|yes)$/i.test(process.env['YUANDING_DEBUG'] ?? '');

/** The message for an unexpected error, masked; the stack trace only when debugging. */
export function failureMessage(error: unknown, command: Command): string {
  const mask = (text: string) => maskPersonal(text, scan.secrets, scan.salt);
  const text = mask(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s*\n\s*/g, ' ');
  const [zhStep, enStep] = STEPS[step];
  const [zhWhat, enWhat] = command === 'build'
    ? [`构建在“${zhStep}”步骤失败，未发布，原有网站保持不变。`, `The build failed at the ${enStep} step; nothing was published and the existing site is untouched.`]
    : [`数据检查在“${zhStep}”步骤失败。`, `The data check failed at the ${enStep} step.`];
  const lines = [
    `错误 Error [internal]  ${zhWhat}`,
    `    这不是数据表中的错误，而是程序运行中的意外错误。请把这段信息（不要附数据文件）发给网站的维护人员，或在园丁的问题跟踪中报告；设置环境变量 YUANDING_DEBUG=1 后重新运行，可得到出错的程序位置。`,
    `    ${enWhat}`,
    `    This is a fault in the program, not one the data explains. Send this message (not the data files) to whoever maintains the site, or report it on Yuanding's issue tracker; run again with YUANDING_DEBUG=1 to see where in the program it failed.`,
    `    错误信息 Message: ${text}`,
  ];
  if (debugging() && error instanceof Error && error.stack) lines.push(mask(error.stack));
  return lines.join('\n');
}

let reported = false;
/** Prints the failure and exits 1 (the build's exit handlers remove its temporary folders). */
export function reportFailure(error: unknown, command: Command): never {
  if (!reported) {
    reported = true;
    try {
      console.error(`\n${failureMessage(error, command)}`);
    } catch {
      console.error(`错误 Error [internal]  程序内部错误。 Internal error.`);
    }
  }
  process.exit(1);
}

/** Any error nothing else caught, in this process (a worker's, a stray promise's), is reported the same way. */
export function catchFailures(command: Command): void {
  process.on('uncaughtException', (e) => reportFailure(e, command));
  process.on('unhandledRejection', (e) => reportFailure(e, command));
}
