/**
 * @file The stages `extract` runs after loading a document (sections, meta, map, checks, score),
 * gathered so `extract.ts` loads them only when it runs them in this process: a process that hands
 * its documents to a helper (a PDF from `xxgk extract`, the library's default) never needs them
 * (about a third of the CLI's own start-up CPU time on a PDF).
 */
export { runChecks } from '../checks/index.js';
export { mapToReport } from '../map/index.js';
export { extractMeta } from '../meta/index.js';
export { keysToData } from '../report-data.js';
export { capEvery, MISCODED_TEXT_CAP, scoreConfidence } from '../score/index.js';
export { scoreMeta, yearAgainstTemplate } from '../score/meta.js';
export { withLayerMeta } from '../score/layer-meta.js';
export { findSections } from '../sections/index.js';
export { oneReport } from '../sections/multiple-reports.js';
export { templateVersionField } from '../template/detect.js';
export { allIdentitiesHold, capDisagreeing, confirmedCount, identitiesOutweigh, outweighs } from '../score/readings.js';
