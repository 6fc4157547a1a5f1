/**
 * A small pool of worker threads that parse workbooks, each worker under a heap limit and each
 * file under a time limit. A worker that runs out of memory or time is replaced and its file
 * reported as an error naming the limit; the build goes on to report the other files.
 *
 * Two large workbooks are not read side by side: a file starts beside others only while their
 * opened sizes together stay within SIDE_BY_SIDE. A province's roster and training records
 * (234 MB of XML each) read together took 3.5 GB; one after the other, with the small files
 * beside them, they stay under 2 GB.
 */
import { NO_WORDS, type BureauWords } from './words.ts';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PackedFile } from './arrow.ts';
import type { ParseLimits } from './file.ts';
import type { ParseRequest } from './worker.ts';
import { openedSize } from './container.ts';

export interface PoolLimits extends ParseLimits {
  readonly maxMemoryMb: number;
  readonly maxSeconds: number;
}

interface Job {
  readonly request: ParseRequest;
  readonly resolve: (packed: PackedFile) => void;
  /** the workbook's opened size (container.ts: openedSize) */
  readonly weight: number;
}

/** The most opened bytes read at once, unless a single file is larger (it is then read alone). */
const SIDE_BY_SIDE = 256 * 1024 * 1024;

const WORKER = new URL('./worker.ts', import.meta.url);

export class ParsePool {
  readonly #limits: PoolLimits;
  /** how many workers at most: files to keep in flight */
  readonly size: number;
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  #workers = 0;
  #nextId = 0;
  /** opened bytes of the files being read */
  #weight = 0;

  constructor(limits: PoolLimits, size = Math.min(2, availableParallelism())) {
    this.#limits = limits;
    this.size = Math.max(1, size);
    // One worker starts at once: loading SheetJS takes it a quarter of a second, in which the
    // files are looked up in the parse cache; a clerk's check after one workbook changed waited for both in turn.
    this.#idle.push(this.#spawn());
  }

  /** The workbook parsed, its long lists as Arrow IPC bytes (arrow.ts: unpackFile reads them). */
  parse(file: string, bytes: Uint8Array, salt: string, words: BureauWords = NO_WORDS): Promise<PackedFile> {
    const { maxInflatedBytes } = this.#limits;
    return new Promise((resolve) => {
      this.#queue.push({ request: { id: this.#nextId++, file, bytes, salt, words, limits: { maxInflatedBytes } }, resolve, weight: openedSize(bytes) });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#idle.splice(0).map((w) => w.terminate()));
  }

  #pump(): void {
    while (this.#idle.length || this.#workers < this.size) {
      const next = this.#queue.findIndex((job) => this.#weight === 0 || this.#weight + job.weight <= SIDE_BY_SIDE);
      if (next < 0) return;
      const [job] = this.#queue.splice(next, 1);
      this.#weight += job!.weight;
      this.#run(this.#idle.pop() ?? this.#spawn(), job!);
    }
  }

  #spawn(): Worker {
    this.#workers++;
    const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: this.#limits.maxMemoryMb } });
    worker.on('error', () => {}); // reported by the job's own listener; an idle worker's error must not crash the build
    return worker;
  }

  #run(worker: Worker, job: Job): void {
    const { file } = job.request;
    let done = false;
    const finish = (packed: PackedFile, healthy: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      this.#weight -= job.weight;
      // A worker that read a large workbook holds its garbage until it next runs, which may be
      // beside another large one: it is ended, and a fresh one started when needed.
      if (healthy && job.weight <= SIDE_BY_SIDE / 4) this.#idle.push(worker);
      else {
        this.#workers--;
        void worker.terminate();
      }
      job.resolve(packed);
      this.#pump();
    };
    const failed = (code: 'read-memory' | 'read-timeout' | 'unreadable', zh: string, en: string) =>
      finish({ file, sheets: [], issues: [{ file, severity: 'error', code, zh, en }] }, false);
    const timer = setTimeout(() => failed('read-timeout',
      `读取超过 ${this.#limits.maxSeconds} 秒仍未完成，已停止；文件可能过大或已损坏。请拆分或另存为 CSV，或在 site.yaml 的 ingest.max_seconds 调高上限。`,
      `Reading took over ${this.#limits.maxSeconds} s and was stopped; the file may be too large or damaged. Split it or save it as CSV, or raise ingest.max_seconds in site.yaml.`), this.#limits.maxSeconds * 1000);
    const onMessage = (m: { id: number; packed: PackedFile }) => {
      if (m.id === job.request.id) finish(m.packed, true);
    };
    const onError = (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        failed('read-memory', `读取时内存超过 ${this.#limits.maxMemoryMb} MB 上限，已停止；文件过大或解压后过大。请拆分工作表或另存为 CSV，或在 site.yaml 的 ingest.max_memory_mb 调高上限。`,
          `Reading needed more than the ${this.#limits.maxMemoryMb} MB memory limit and was stopped; the file is too large, or inflates too large. Split the sheet or save it as CSV, or raise ingest.max_memory_mb in site.yaml.`);
      } else {
        failed('unreadable', '无法读取文件（读取时出错）；请用 Excel/WPS 打开后另存为 .xlsx 再试。', `The file could not be read (${e.message}); open it in Excel or WPS, save it as .xlsx and try again.`);
      }
    };
    const onExit = () => failed('unreadable', '无法读取文件（读取进程意外退出）。', 'The file could not be read (the reader stopped unexpectedly).');
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job.request);
  }
}
