/** Types of scripts/pdfjs-worker-patch.mjs (the tests import it). */
export declare const WORKER_FILE: string;
export declare const SKIP_FLAG: string;
export declare function patchWorker(source: string): string | null;
