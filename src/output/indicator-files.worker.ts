// The thread of the indicators' files (see indicator-thread.ts): exceljs loaded at once, then one build, handed back.
import { parentPort, workerData } from 'node:worker_threads';
import { indicatorFiles } from './indicator-files.js';
import type { IndicatorTask, IndicatorReply } from './indicator-thread.js';

// Loaded while the main thread reads the data: exceljs's modules alone take half a second.
const loading = (workerData as { xlsx: boolean }).xlsx ? import('exceljs').then(() => undefined) : Promise.resolve();

parentPort!.once('message', (task: IndicatorTask) => {
  void loading
    .then(() => indicatorFiles(task.computed, task.year, task.formats))
    .then(
      (files) => parentPort!.postMessage({ files } satisfies IndicatorReply),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies IndicatorReply),
    );
});
