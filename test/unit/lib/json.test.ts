import { expect, it } from 'vitest';
import { fromJson, toJson } from '../../../src/lib/json';

it('serialises as the standard says on a page that added toJSON to built-in prototypes, and puts them back', () => {
  // Prototype.js 1.6 did this: arrays (and strings) became JSON strings inside JSON.
  const added = [Array, Object, String].map((type) => type.prototype as any);
  added.forEach(
    (proto) =>
      (proto.toJSON = function () {
        return 'mangled';
      }),
  );
  try {
    expect(JSON.stringify({ a: [1] })).toBe('"mangled"');
    expect(toJson({ a: [1, 'x'], b: { c: true } })).toBe('{"a":[1,"x"],"b":{"c":true}}');
    expect(added.every((proto) => typeof proto.toJSON == 'function')).toBe(true);
  } finally {
    added.forEach((proto) => delete proto.toJSON);
  }
});

it('uses the JSON functions of when it loaded, not a replacement the page made since', () => {
  const { stringify, parse } = JSON;
  JSON.stringify = () => {
    throw new Error('replaced');
  };
  JSON.parse = () => 'replaced';
  try {
    expect(toJson([1, { a: 'b' }])).toBe('[1,{"a":"b"}]');
    expect(fromJson('{"a":1}')).toEqual({ a: 1 });
  } finally {
    Object.assign(JSON, { stringify, parse });
  }
});

it('still throws for what JSON cannot hold, with the prototypes restored', () => {
  const cycle: any = {};
  cycle.self = cycle;
  (Array.prototype as any).toJSON = () => 'x';
  try {
    expect(() => toJson(cycle)).toThrow(TypeError);
    expect(() => toJson({ n: 1n })).toThrow(TypeError);
    expect(typeof (Array.prototype as any).toJSON).toBe('function');
  } finally {
    delete (Array.prototype as any).toJSON;
  }
});
