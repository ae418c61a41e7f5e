#!/usr/bin/env node
/**
 * @file Build step: writes `dist/schema.json`, the JSON Schema (draft 2020-12) of one report,
 * generated from the zod `ReportSchema` (the source of truth) by `z.toJSONSchema`. Shipped as
 * `xxgk-report/schema.json` for consumers in other languages or validators. Also
 * `dist/options.schema.json`: the JSON Schema of the options and their defaults, from
 * `ExtractOptionsSchema` (options-defaults.ts resolves plain options with it, without zod).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExtractOptionsSchema, ReportSchema, SCHEMA_VERSION } from '../dist/schema/index.js';
import { resolveOptions } from '../dist/options.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = {
  ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }),
  title: `xxgk-report (schemaVersion ${SCHEMA_VERSION})`,
  description: 'One extraction of a 政府信息公开工作年度报告: generated from ReportSchema (src/schema/report.ts).',
};
writeFileSync(join(root, 'dist', 'schema.json'), `${JSON.stringify(schema, null, 1)}\n`);
const options = { schema: z.toJSONSchema(ExtractOptionsSchema, { target: 'draft-2020-12', io: 'input' }), defaults: resolveOptions({}) };
writeFileSync(join(root, 'dist', 'options.schema.json'), `${JSON.stringify(options, null, 1)}\n`);
