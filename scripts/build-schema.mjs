#!/usr/bin/env node
/**
 * @file Build step: writes `dist/schema.json`, the JSON Schema (draft 2020-12) of one report,
 * generated from the zod `ReportSchema` (the source of truth) by `z.toJSONSchema`. Shipped as
 * `xxgk-report/schema.json` for consumers in other languages or validators.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ReportSchema, SCHEMA_VERSION } from '../dist/schema/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = {
  ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }),
  title: `xxgk-report (schemaVersion ${SCHEMA_VERSION})`,
  description: 'One extraction of a 政府信息公开工作年度报告: generated from ReportSchema (src/schema/report.ts).',
};
writeFileSync(join(root, 'dist', 'schema.json'), `${JSON.stringify(schema, null, 1)}\n`);
