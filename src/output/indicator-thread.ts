import { Worker } from 'node:worker_threads';
import type { IndicatorsJson, PreviousValues } from '../measure/indicator.js';

export interface IndicatorTask {
  computed: { indicators: IndicatorsJson; previous: PreviousValues };
  year: number;
  formats: readonly string[];
}

export type IndicatorReply = { files: Record<string, string | Uint8Array> } | { error: string };

/**
 * The indicators' files built in a thread of their own, started once the figures are computed:
 * exceljs loads and the workbook is made there (a second of processor) while the main thread lays
 * the page out and Chromium loads and prints it, on the core they leave free; on the main thread
 * it held up the print. Compiled, the thread is a module beside this one; run from the TypeScript
 * sources, it needs tsx's loader. `stop` ends it, done or not.
 */
export class IndicatorThread {
  private readonly worker: Worker;
  /** The files, as `indicatorFiles` makes them. */
  readonly files: Promise<Record<string, string | Uint8Array>>;

  constructor({ indicators, previous }: IndicatorTask['computed'], year: number, formats: readonly string[]) {
    const self = import.meta.url;
    const options = { workerData: { computed: { indicators, previous }, year, formats } satisfies IndicatorTask };
    this.worker = self.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./indicator-files.worker.ts', self).href)}); });`,
          { ...options, eval: true },
        )
      : new Worker(new URL('./indicator-files.worker.js', self), options);
    this.files = new Promise<IndicatorReply>((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`fichiers des indicateurs : le fil de calcul s’est arrêté (${code})`)));
    }).then((answer) => {
      if ('error' in answer) throw new Error(answer.error);
      return answer.files;
    });
    this.files.catch(() => undefined);
  }

  stop(): void {
    void this.worker.terminate();
  }
}
