/**
 * The core validates bands without zod (the core bundle must not load it), so its rules
 * are a hand-written twin of PercentileBandSchema. This test holds the twin to the
 * schema: on random band-like values — valid bands, censored bands, and mutations of
 * them — the core accepts a band exactly when `PercentileBandSchema.safeParse` does.
 */
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { expect } from "vitest";
import { interpolatePercentile } from "../../../src/core/index.js";
import { isPaybandsError } from "../../../src/errors/index.js";
import { type PercentileBand, PercentileBandSchema } from "../../../src/schemas/band.js";
import { bandArb } from "./helpers.js";

type Loose = Record<string, unknown>;

function coreAccepts(band: unknown): boolean {
  try {
    interpolatePercentile(band as PercentileBand, 50, { tail: "clamp", round: "none" });
    return true;
  } catch (e) {
    if (isPaybandsError(e, "INVALID_BAND")) return false;
    throw e;
  }
}

/** Valid bands, some with a censored suffix sharing one top-code. */
const censoredArb = bandArb.chain((band) =>
  fc.integer({ min: 0, max: Math.max(0, band.anchors.length - 2) }).map((k) => {
    const anchors: Loose[] = band.anchors.map((a) => ({ ...a }));
    const start = anchors.length - k;
    const topCode = anchors[start]?.amount;
    for (let i = start; i < anchors.length; i++) {
      anchors[i] = { ...anchors[i], amount: topCode, censored: true };
    }
    return { anchors };
  }),
);

const oddNumber = fc.constantFrom(
  0,
  -0,
  100,
  -1,
  1e9,
  1e9 + 1,
  0.5,
  99.999,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MIN_VALUE,
);
const oddValue = fc.oneof(oddNumber, fc.constantFrom("50", null, undefined, true, false, {}, []));

type Mutation = (b: { anchors: Loose[] }) => unknown;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((b) => b),
  fc.tuple(fc.nat(), fc.nat()).map<Mutation>(([i, j]) => (b) => {
    const a = [...b.anchors];
    const x = i % a.length;
    const y = j % a.length;
    const ax = a[x]!;
    a[x] = a[y]!;
    a[y] = ax;
    return { anchors: a };
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom("p", "amount", "censored"), oddValue)
    .map<Mutation>(([i, key, value]) => (b) => {
      const a = b.anchors.map((x) => ({ ...x }));
      const k = i % a.length;
      a[k] = { ...a[k], [key]: value };
      return { anchors: a };
    }),
  fc.tuple(fc.nat(), fc.constantFrom("p", "amount")).map<Mutation>(([i, key]) => (b) => {
    const a = b.anchors.map((x) => ({ ...x }));
    const k = i % a.length;
    const copy = { ...a[k] };
    delete copy[key];
    a[k] = copy;
    return { anchors: a };
  }),
  fc.nat().map<Mutation>((i) => (b) => {
    const a = b.anchors.map((x) => ({ ...x }));
    const k = i % a.length;
    a[k] = { ...a[k], censored: !(a[k]?.censored === true) };
    return { anchors: a };
  }),
  fc.nat().map<Mutation>((i) => (b) => {
    const a = [...b.anchors];
    a.splice(i % a.length, 0, a[i % a.length]!);
    return { anchors: a };
  }),
  fc.nat().map<Mutation>((i) => (b) => ({
    anchors: b.anchors.filter((_, k) => k !== i % b.anchors.length),
  })),
  fc.constantFrom(1e9, 1e9 + 1, 1e9 - 0.5, 1e9 + 0.5).map<Mutation>((amount) => (b) => {
    // the top anchor at (or just past) the 1e9 plausibility bound
    const a = b.anchors.map((x) => ({ ...x }));
    a[a.length - 1] = { ...a[a.length - 1], amount };
    return { anchors: a };
  }),
  fc.constantFrom(100, 1000, 10000).map<Mutation>((factor) => (b) => ({
    anchors: b.anchors.map((x) => ({ ...x, amount: (x.amount as number) * factor })),
  })),
  fc.constant<Mutation>((b) => ({ ...b, extra: 1 })),
  fc.nat().map<Mutation>((i) => (b) => {
    const a = b.anchors.map((x) => ({ ...x }));
    const k = i % a.length;
    a[k] = { ...a[k], label: "p50" };
    return { anchors: a };
  }),
  fc.constant<Mutation>((b) => b.anchors),
  fc.constant<Mutation>((b) => ({ anchors: Object.fromEntries(b.anchors.entries()) })),
  fc.constant<Mutation>((b) => ({
    anchors: [...b.anchors, ...b.anchors, ...b.anchors].slice(0, 2),
  })),
  fc.constant<Mutation>(() => ({
    anchors: Array.from({ length: 100 }, (_, i) => ({ p: 0.5 + i * 0.99, amount: 1000 + i })),
  })),
  fc.constant<Mutation>(() => ({
    anchors: Array.from({ length: 99 }, (_, i) => ({ p: 0.5 + i, amount: 1000 + i })),
  })),
);

/** Valid and censored bands with up to three random mutations applied. */
const candidateArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.oneof(bandArb, censoredArb), fc.array(mutationArb, { maxLength: 3 }))
  .map(([band, mutations]) => {
    let value: unknown = { anchors: band.anchors.map((a) => ({ ...a })) };
    for (const m of mutations) {
      if (typeof value === "object" && value !== null && Array.isArray((value as Loose).anchors)) {
        const anchors = (value as { anchors: Loose[] }).anchors;
        if (anchors.length > 0) value = m(value as { anchors: Loose[] });
      }
    }
    return value;
  });

test.prop([candidateArb], { numRuns: 2000 })(
  "the core accepts a band iff PercentileBandSchema does",
  (value) => {
    expect(coreAccepts(value)).toBe(PercentileBandSchema.safeParse(value).success);
  },
);

test.prop([fc.anything()])("…and on arbitrary values", (value) => {
  expect(coreAccepts(value)).toBe(PercentileBandSchema.safeParse(value).success);
});

test("the candidates are a real mix of valid and invalid bands (the test is not vacuous)", () => {
  const outcomes = fc
    .sample(candidateArb, 1000)
    .map((v) => PercentileBandSchema.safeParse(v).success);
  const valid = outcomes.filter(Boolean).length;
  expect(valid).toBeGreaterThan(200);
  expect(outcomes.length - valid).toBeGreaterThan(200);
});

test("both accept valid bands of every shape the generators make", () => {
  const samples = fc.sample(fc.oneof(bandArb, censoredArb), 200);
  const accepted = samples.filter(
    (b) => coreAccepts(b) && PercentileBandSchema.safeParse(b).success,
  );
  expect(accepted.length).toBe(samples.length);
  expect(samples.some((b) => b.anchors.some((a) => (a as Loose).censored === true))).toBe(true);
});
