/** @file The ZIP and .docx writer for hostile .docx tests (one copy, shared with the fuzzer). */
export { docx, zip, type ZipEntry } from '../../scripts/zip-writer.mjs';
