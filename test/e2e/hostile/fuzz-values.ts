import fc from 'fast-check';

/**
 * A value the fuzzer passes to a command, described in JSON so it can cross into the page,
 * where `buildFuzzValue` makes it: what JSON cannot hold (cycles, BigInt, Symbols, Proxies
 * whose every trap throws, functions) and what is too big (a 2 MB string) among ordinary ones.
 */
export type FuzzValue =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'null' | 'undef' | 'bigint' | 'symbol' | 'huge' | 'fn' | 'proxy' | 'cycle' }
  | { t: 'arr'; items: FuzzValue[] }
  | { t: 'obj'; entries: [string, FuzzValue][] };

export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'toJSON',
  'then',
];

/** Strings: prototype names, journey steps (real and prototype-named), markup, RTL text, blanks, and any string. */
export const fuzzString = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_NAMES,
    'toString:x',
    '__proto__:cart',
    'constructor:step',
    'hasOwnProperty:a',
    'checkout:cart',
    'checkout:confirmation',
    'nps-rule',
    '',
    ' ',
    '<img src=x onerror=alert(1)>',
    'שלום',
    'مرحبا',
    'a'.repeat(201),
  ),
  fc.string({ maxLength: 24 }),
);

export const fuzzValue: fc.Arbitrary<FuzzValue> = fc.letrec<{ value: FuzzValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fuzzString.map((v) => ({ t: 'str' as const, v })),
    fc.oneof(fc.integer(), fc.double()).map((v) => ({ t: 'num' as const, v })),
    fc.boolean().map((v) => ({ t: 'bool' as const, v })),
    fc.constantFrom('null', 'undef', 'bigint', 'symbol', 'huge', 'fn', 'proxy', 'cycle').map((t) => ({ t }) as FuzzValue),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => ({ t: 'arr' as const, items })),
    fc.array(fc.tuple(fuzzString, tie('value')), { maxLength: 3 }).map((entries) => ({ t: 'obj' as const, entries })),
  ),
})).value;

/** The commands, and names that are not commands (prototype names, a typo, init again). */
export const fuzzCommand = fc.oneof(
  { arbitrary: fc.constantFrom('step', 'track', 'stage', 'identify', 'show', 'on', 'flush', 'handoff', 'reset', 'explain', 'consent', 'init'), weight: 4 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES, 'stepp', ''), weight: 1 },
);

/** A first argument: most often a name (the commands take one), often one too long to keep, else anything. */
const firstArgument: fc.Arbitrary<FuzzValue> = fc.oneof(
  { arbitrary: fuzzString.map((v) => ({ t: 'str' as const, v })), weight: 4 },
  { arbitrary: fc.constant({ t: 'huge' as const }), weight: 1 },
  { arbitrary: fuzzValue, weight: 2 },
);

/** One call: a command, its arguments, and whether it goes as `microjourney.cmd(…)` or `microjourney('cmd', …)`. */
export const fuzzCall = fc.record({
  command: fuzzCommand,
  args: fc.tuple(firstArgument, fc.array(fuzzValue, { maxLength: 2 })).map(([first, rest]) => [first, ...rest]),
  asMethod: fc.boolean(),
});
export type FuzzCall = { command: string; args: FuzzValue[]; asMethod: boolean };

/** Runs in the page (defined by an init script): the value a `FuzzValue` describes. */
export function buildFuzzValue(v: FuzzValue): unknown {
  const fail = () => {
    throw new Error('a hostile proxy trap');
  };
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return v.v;
    case 'null':
      return null;
    case 'undef':
      return undefined;
    case 'bigint':
      return 10n ** 20n;
    case 'symbol':
      return Symbol('fuzz');
    case 'huge':
      return 'h'.repeat(2_000_000);
    case 'fn':
      return () => {
        throw new Error('a fuzzed listener throws');
      };
    case 'proxy':
      return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
    case 'cycle': {
      const o: Record<string, unknown> = { a: 1 };
      o.self = o;
      return o;
    }
    case 'arr':
      return v.items.map(buildFuzzValue);
    case 'obj': {
      // Own properties, as JSON.parse makes them: `__proto__` is a key, not the prototype.
      const o = {};
      for (const [k, x] of v.entries) Object.defineProperty(o, k, { value: buildFuzzValue(x), enumerable: true, configurable: true, writable: true });
      return o;
    }
  }
}
