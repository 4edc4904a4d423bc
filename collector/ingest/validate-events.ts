import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../package-root.js';
import type { WireEvent } from './event-row.js';

const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS; their ESM default export is not the class under NodeNext.
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

/** The wire event's JSON Schema: the file in `schema/` that the docs and the tests use too. */
export const eventSchemaPath = () => join(packageRoot(), 'schema', 'event.schema.json');

export interface EventProblem {
  /** The event's index in the batch. */
  index: number;
  /** JSON Pointer into the event (`/response/score`); `` for the event itself. */
  pointer: string;
  reason: string;
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv, ['date-time']);
    compiled = ajv.compile(JSON.parse(readFileSync(eventSchemaPath(), 'utf8'))) as ValidateFunction;
  }
  return compiled;
}

const describe = (e: ErrorObject) =>
  e.keyword == 'required'
    ? `has no "${(e.params as { missingProperty: string }).missingProperty}"`
    : e.keyword == 'enum'
      ? `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
      : e.message || e.keyword;

/** Every problem of every event against the wire schema; empty when all are valid. */
export function validateEvents(events: WireEvent[]): EventProblem[] {
  const check = validator();
  const problems: EventProblem[] = [];
  events.forEach((event, index) => {
    if (check(event)) return;
    const seen = new Set<string>();
    for (const error of check.errors || []) {
      // if/then failures repeat what "required" already said.
      if (error.keyword == 'if') continue;
      const problem = { index, pointer: error.instancePath, reason: describe(error) };
      const key = problem.pointer + problem.reason;
      if (!seen.has(key)) (problems.push(problem), seen.add(key));
    }
  });
  return problems;
}
