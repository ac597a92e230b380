import { Worker } from 'node:worker_threads';
import type { IndicatorsJson, PreviousValues } from '../measure/indicator.js';

export interface IndicatorTask {
  computed: { indicators: IndicatorsJson; previous: PreviousValues };
  year: number;
  formats: readonly string[];
}

export type IndicatorReply = { files: Record<string, string | Uint8Array> } | { error: string };

/**
 * The indicators' files built in a thread of their own, started with the build: exceljs loads there
 * while the data is read, and the workbook is made while this thread lays the page out and Chromium
 * prints it, on the core they leave free (on the main thread it held up the print by a second).
 * Compiled, the thread is a module beside this one; run from the TypeScript sources, it needs tsx's
 * loader. One build per thread; `stop` ends it, built or not.
 */
export class IndicatorThread {
  private readonly worker: Worker;
  private readonly ended: Promise<never>;

  constructor(formats: readonly string[]) {
    const self = import.meta.url;
    const options = { workerData: { xlsx: formats.includes('xlsx') } };
    this.worker = self.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./indicator-files.worker.ts', self).href)}); });`,
          { ...options, eval: true },
        )
      : new Worker(new URL('./indicator-files.worker.js', self), options);
    this.ended = new Promise<never>((_, fail) => {
      this.worker.once('error', fail);
      this.worker.once('exit', (code) => fail(new Error(`fichiers des indicateurs : le fil de calcul s’est arrêté (${code})`)));
    });
    this.ended.catch(() => undefined);
  }

  /** The files, as `indicatorFiles` makes them. */
  files(task: IndicatorTask): Promise<Record<string, string | Uint8Array>> {
    const reply = new Promise<IndicatorReply>((resolve) => this.worker.once('message', resolve));
    this.worker.postMessage(task);
    return Promise.race([reply, this.ended]).then((answer) => {
      if ('error' in answer) throw new Error(answer.error);
      return answer.files;
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}
