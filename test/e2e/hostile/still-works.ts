import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, root, waitForEvents, type TestServer } from '../server';

const require = createRequire(import.meta.url);
// ajv is CommonJS; its 2020-12 build validates the wire schema the collector uses.
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateEvent = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/event.schema.json'), 'utf8')));

/** Uncaught errors and unhandled rejections of the page, as they happen. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Whether the page runs a task within `ms`: a frozen page (an endless loop) does not. */
export async function isResponsive(page: Page, ms = 5000): Promise<boolean> {
  const tick = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)));
  return Promise.race([tick, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

/**
 * What every hostile case must leave: no uncaught error in the page, a page that still answers,
 * and an event tracked now reaching the collector, valid against the wire schema.
 */
export async function expectStillWorks(page: Page, server: TestServer, errors: string[], name: string, timeout?: number): Promise<void> {
  expect(await isResponsive(page), 'the page still answers').toBe(true);
  await page.evaluate((n) => {
    const mj = (window as any).microjourney;
    mj.track(n);
    void mj.flush();
  }, name);
  const { events } = await waitForEvents(server, (e) => e.some((x) => x.name == name), timeout);
  const event = events.find((x) => x.name == name)!;
  expect(validateEvent(event) || validateEvent.errors, `${name} is a valid event`).toBe(true);
  expect(errors, 'no uncaught error in the page').toEqual([]);
}
