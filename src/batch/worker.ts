/**
 * @file Worker thread of the batch pool: extracts the documents it is sent, one at a time, and
 * posts each result back. A document that hangs or exhausts memory kills only this worker; the
 * pool records it and starts another.
 */
import { parentPort } from 'node:worker_threads';
import { extractOne, type Task } from './extract-one.js';

parentPort?.on('message', (task: Task) => {
  void extractOne(task).then((result) => parentPort?.postMessage(result));
});
