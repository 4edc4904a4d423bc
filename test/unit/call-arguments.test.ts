import { expect, it } from 'vitest';
import { copyProps, isName } from '../../src/call-arguments';

it('takes names of 1–200 characters that are not blank', () => {
  expect(isName('checkout:shipping')).toBe(true);
  expect(isName('x'.repeat(200))).toBe(true);
  for (const bad of ['', '   ', 'x'.repeat(201), 42, null, undefined, {}]) expect(isName(bad)).toBe(false);
});

it('copies props through JSON, so a later change by the page is not sent', () => {
  const props = { sku: 'mug', when: new Date(0), nested: { n: 1 } };
  const copy = copyProps(props) as Record<string, any>;
  props.nested.n = 2;
  expect(copy).toEqual({ sku: 'mug', when: '1970-01-01T00:00:00.000Z', nested: { n: 1 } });
  expect(copyProps(undefined)).toBeUndefined();
});

it('refuses props that are not an object, that JSON cannot hold, or that are over the limits', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  for (const bad of [null, 'text', 3, [1, 2], cycle, { n: 1n }, { big: 'x'.repeat(16_384) }, { ['k'.repeat(201)]: 1 }])
    expect(copyProps(bad), String(bad)).toBe(false);
  expect(copyProps({ ['k'.repeat(200)]: 'x'.repeat(16_000) })).not.toBe(false);
});
