/**
 * Inputs for the fuzz suite: hostile values, and near-valid inputs — a valid argument
 * with one field replaced, removed or joined by a prototype key. Pure noise is rejected
 * at the first check of every function; near-valid input gets past the checks that
 * work and reaches the ones that are missing, which is where the bugs are.
 */
import fc from "fast-check";
import { getDataset } from "../../src/index.js";
import { EVERY_KIND_OF_VALUE } from "../helpers/anything.js";

/** fc.anything with every kind of value it can make (boxed, null-prototype, sparse...). */
export const ANYTHING_OPTIONS = { maxDepth: 3, ...EVERY_KIND_OF_VALUE } as const;

export const anything: fc.Arbitrary<unknown> = fc.anything(ANYTHING_OPTIONS);

/** Numbers at the edges: non-finite, -0, the extremes, and a few plausible ones. */
export const edgeNumber: fc.Arbitrary<number> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.EPSILON,
  1e-12,
  0.5,
  1,
  -1,
  25,
  50,
  99.9999,
  100,
  100.0001,
  205000,
  1e21,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
);

/** Strings where numbers go: numeric text, and text JavaScript coerces oddly. */
export const numericString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "100",
    "205000",
    "1e3",
    "-0",
    "",
    " ",
    "NaN",
    "Infinity",
    "0x10",
    "1,000",
    "1_000",
  ),
  fc.double().map(String),
  fc.integer().map(String),
);

/** Any number fast-check can make, or an edge one, or a numeric string. */
export const numberish: fc.Arbitrary<unknown> = fc.oneof(
  edgeNumber,
  fc.double(),
  fc.integer(),
  numericString,
);

function deepObject(depth: number): unknown {
  let node: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i++) node = i % 2 === 0 ? { next: node } : [node];
  return node;
}

/** Objects built to pollute prototypes or to look like something they are not. */
export const hostile: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  { prototype: { polluted: 1 } },
  Object.create(null),
  deepObject(200),
  [[[[[[[[]]]]]]]],
  { length: 3 },
  { valueOf: 5 },
  { toString: "x" },
  [Number.NaN],
  ["__proto__"],
);

/** The real ids of the default dataset, with their aliases, in odd casings too. */
const ds = getDataset();
export const REAL_IDS: readonly string[] = [
  ...ds.levels.flatMap((x) => [x.id, ...x.aliases]),
  ...ds.metros.flatMap((x) => [x.id, ...x.aliases]),
  ...ds.levers.flatMap((x) => [x.id, ...x.aliases]),
  ...ds.premiums.map((x) => x.id),
  "SF Bay Area",
  " Senior ",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
];
export const realId: fc.Arbitrary<string> = fc.constantFrom(...REAL_IDS);

/** A value of any kind: the replacement for one field of a near-valid input. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  anything,
  numberish,
  hostile,
  realId,
  fc.string({ maxLength: 12 }),
);

type Path = readonly (string | number)[];

/** Every path into a plain JSON value (the root included). */
function paths(node: unknown, prefix: Path = []): Path[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return [
    prefix,
    ...Object.keys(node).flatMap((key) =>
      paths((node as Record<string, unknown>)[key], [
        ...prefix,
        Array.isArray(node) ? Number(key) : key,
      ]),
    ),
  ];
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

type Edit =
  | { readonly op: "set"; readonly value: unknown }
  | { readonly op: "delete" }
  | { readonly op: "add"; readonly key: string; readonly value: unknown };

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "extra"];

function applyEdit(root: unknown, path: Path, edit: Edit): unknown {
  if (path.length === 0) {
    if (edit.op === "set") return edit.value;
    if (edit.op === "delete") return undefined;
  }
  const copy = cloneJson(root);
  let node = copy as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (edit.op === "add") {
    const target = (last === undefined ? node : node[last]) as unknown;
    // Plain objects only: an array with an own "constructor" key breaks Array methods
    // before any code under test runs (fast-check's own printer included).
    if (typeof target === "object" && target !== null && !Array.isArray(target)) {
      // defineProperty makes a real own "__proto__" key, as JSON.parse does.
      Object.defineProperty(target, edit.key, {
        value: edit.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  if (last === undefined) return copy;
  if (edit.op === "delete") {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else {
    Object.defineProperty(node, last, {
      value: edit.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * A valid JSON value with one edit: a field (at any depth) set to a weird value,
 * deleted, or an object given an extra (often prototype-named) key. Each draw is a
 * fresh copy, so the mutation check sees the function's own writes only.
 */
export function nearValid<T>(
  base: T,
  replacement: fc.Arbitrary<unknown> = weird,
): fc.Arbitrary<unknown> {
  const all = paths(base);
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: replacement.map((value): Edit => ({ op: "set", value })) },
    { weight: 1, arbitrary: fc.constant<Edit>({ op: "delete" }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...DANGEROUS_KEYS),
          fc.oneof(fc.constant({ polluted: 1 }), replacement),
        )
        .map(([key, value]): Edit => ({ op: "add", key, value })),
    },
  );
  return fc.tuple(fc.constantFrom(...all), edit).map(([path, e]) => applyEdit(base, path, e));
}

/** One of several valid values, each possibly near-valid, or plain noise. */
export function variants(...bases: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...bases).map((b) => cloneJson(b)) },
    { weight: 6, arbitrary: fc.oneof(...bases.map((b) => nearValid(b))) },
    { weight: 1, arbitrary: weird },
  );
}

/** `undefined` (the argument left out) or a variant. */
export function optional(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: arb });
}

// Valid inputs, with the real ids of the embedded dataset.

export const ROUND_OPTIONS: readonly unknown[] = [
  1,
  100,
  1000,
  "none",
  { step: 100, mode: "half-up" },
  { step: 1, mode: "down" },
];
export const roundOption = variants(...ROUND_OPTIONS);

export const POLICIES: readonly unknown[] = [
  "local",
  "national",
  "benchmark",
  { kind: "benchmark", metro: "nyc" },
  { kind: "elasticity", elasticity: 0.5 },
  {
    kind: "zones",
    zones: [
      { id: "tier-1", premium: 0.2, metros: ["sf-bay-area", "new-york"] },
      { id: "tier-2", premium: 0.1, metros: ["seattle"] },
    ],
    fallback: "tier-2",
  },
];
export const policy = variants(...POLICIES);

export const BAND = {
  anchors: [
    { p: 25, amount: 162000 },
    { p: 50, amount: 205000 },
    { p: 75, amount: 255000 },
    { p: 90, amount: 305000, censored: true },
  ],
};
export const BAND_OPTIONS: readonly unknown[] = [
  { method: "pchip", tail: "clamp", round: 100 },
  { method: "linear", tail: "error" },
  { method: "log-probit", tail: "pareto", decimals: 2 },
  { tail: "extend" },
];

export const ESTIMATE_INPUTS: readonly unknown[] = [
  { level: "senior", metro: "seattle" },
  {
    level: "mid",
    metro: "austin",
    percentile: 75,
    premiums: ["go-rust"],
    policy: { kind: "elasticity", elasticity: 0.5 },
    floor: 90000,
    method: "pchip",
    tail: "clamp",
    round: 100,
    now: "2026-06-01",
    staleAfterMonths: 12,
  },
  { level: "staff", metro: "sf", percentile: 95, premiums: ["ai-services"], policy: "benchmark" },
  {
    level: "junior",
    percentile: 10,
    premiums: ["containers-cloud", "ai-services"],
    anyLevelPremiums: true,
  },
];

export const OFFERS: readonly unknown[] = [
  { base: 200000 },
  {
    base: 210000,
    bonus: { percent: 0.15 },
    equity: { grant: 400000, vesting: "back-loaded" },
    signOn: 30000,
    refreshers: { annual: 50000 },
  },
  {
    base: 150000,
    bonus: { amount: 10000 },
    equity: { shares: 1000, price: 42.5, vesting: [0.4, 0.3, 0.2, 0.1] },
  },
  { base: 180000, equity: { grant: 100000, vesting: "cliff" } },
];

export const OFFER_CONTEXTS: readonly unknown[] = [
  { level: "senior" },
  {
    level: "mid",
    metro: "nyc",
    policy: "local",
    floor: 100000,
    method: "linear",
    tail: "extend",
    round: 1000,
    now: new Date("2026-03-01T00:00:00Z").toISOString(),
  },
];

export const LEVER_LISTS: readonly unknown[] = [
  ["competing-offer"],
  ["ai-premium", "competing-offer"],
  [
    { lever: "sign-on-bonus", forfeit: 80000 },
    { lever: "level-escalation", toLevel: "staff" },
  ],
  [{ lever: "competing-offer", ask: 250000 }, "equity-refresh"],
  [{ lever: "forfeit", forfeit: { shares: 100, price: 300 } }],
];

export const LEVER_CONTEXTS: readonly unknown[] = [
  { level: "senior", metro: "seattle", combine: "compound", round: 100 },
  { level: "mid", policy: "national", method: "pchip", tail: "clamp", now: "2026-02-01" },
  {},
];

export const ESTIMATE_TARGETS: readonly unknown[] = [
  { base: 205000, totalComp: 287000 },
  { base: 82000 },
];

export const CAREER_INPUTS: readonly unknown[] = [
  { level: "junior", years: 10, track: "ic" },
  {
    level: "senior",
    metro: "seattle",
    percentile: 60,
    years: 5,
    track: "manager",
    policy: "local",
    floor: 100000,
    annualRaise: 0.03,
    round: 100,
    now: "2026-06-01",
  },
];

export const ADJUST_OPTIONS: readonly unknown[] = [
  { from: "sf", policy: "national" },
  { policy: { kind: "elasticity", elasticity: 0.25 }, floor: 100000, round: 1000 },
  { policy: "benchmark", now: "2030-01-01", staleAfterMonths: 6 },
];

export const FORFEITS: readonly unknown[] = [80000, { shares: 500, price: 120 }];

export const DATES: readonly unknown[] = ["2026-06-01", "2026-01-01T00:00:00Z", "2031-12-31"];
