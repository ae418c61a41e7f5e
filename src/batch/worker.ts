/**
 * @file Child process of the batch pool: extracts the documents it is sent, one at a time, and
 * sends each result back. A document that hangs or exhausts memory kills only this process; the
 * pool records it and starts another.
 */
import { serveParent } from '../_internal/child.js';
import { setIsolated } from '../isolate.js';
import { extractOne, type Task } from './extract-one.js';

// The pool kills this whole process when a document overruns: no helper process of its own, no in-process timer.
setIsolated(true);
serveParent((task) => extractOne(task as Task));
