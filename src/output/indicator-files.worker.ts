// The thread of the indicators' files (see indicator-thread.ts): one build, handed back.
import { parentPort, workerData } from 'node:worker_threads';
import { indicatorFiles } from './indicator-files.js';
import type { IndicatorTask, IndicatorReply } from './indicator-thread.js';

const task = workerData as IndicatorTask;
const reply: IndicatorReply = await indicatorFiles(task.computed, task.year, task.formats).then(
  (files) => ({ files }),
  (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);
parentPort!.postMessage(reply);
