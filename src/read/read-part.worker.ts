// A thread of a parallel read (see parallel-read.ts): reads its part and hands it back, its codes transferred rather than copied.
import { parentPort, workerData } from 'node:worker_threads';
import { readPart, type PartTask } from './read-part.js';
import { poolNothing } from '../schemas/text-pool.js';

poolNothing();

const result = await readPart(workerData as PartTask);
const transfer = 'part' in result ? [...result.part.columns, result.part.lineOffsets].map((column) => column.codes.buffer as ArrayBuffer) : [];
parentPort!.postMessage(result, transfer);
