/**
 * The <paybands-calculator> example in a real browser: Debian's Chromium driven by
 * playwright-core, the page served by a local static server. Every figure the page shows
 * is compared with what the library returns for the same inputs, computed here in Node
 * from the source. Run by `npm run test:browser` (which builds the library and the
 * widget first); skips nothing, and fails with a clear message without Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Offer } from "../../src/core/index.js";
import { formatMoney, formatPercentile, formatRange, formatTrace } from "../../src/format/index.js";
import {
  applyLevers,
  estimateCompensation,
  evaluateOffer,
  getLevel,
  getMetro,
} from "../../src/index.js";
import { type StaticServer, startStaticServer } from "./static-server.js";

const CHROMIUM = "/usr/bin/chromium";
/** The flags of ../shared/TOOLCHAIN.md ("A real browser"); the profile is a fresh folder. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const ROOT = resolve(import.meta.dirname, "../..");
const SITE = join(ROOT, "examples/calculator");
const BUNDLE = join(SITE, "dist/calculator.js");
const FIXTURES = join(ROOT, "tests/browser/fixtures");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");

/**
 * A strict policy: scripts only from the page's origin (no 'unsafe-inline', no
 * 'unsafe-eval'), no inline styles or style attributes either, Trusted Types enforced
 * for DOM sinks (the widget never assigns HTML), nothing else loadable.
 */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");

/** The control policy: the script rules alone, without Trusted Types. */
const SCRIPT_ONLY_CSP = "default-src 'none'; script-src 'self'; img-src 'self'";

interface Problems {
  console: string[];
  pageErrors: string[];
  failedRequests: string[];
}

let server: StaticServer;
let context: BrowserContext;
let profile: string;
const problems: Problems = { console: [], pageErrors: [], failedRequests: [] };

function watch(page: Page, into: Problems = problems): Page {
  page.on("console", (m) => {
    // Every console message counts, not only errors: the widget logs nothing.
    into.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => into.pageErrors.push(e.message));
  page.on("requestfailed", (r) => into.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => {
    if (r.status() >= 400) into.failedRequests.push(`${r.url()} ${r.status()}`);
  });
  return page;
}

async function openPage(
  path: string,
  into?: Problems,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = watch(await context.newPage(), into);
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __changes: unknown[] };
    w.__csp = [];
    w.__changes = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${server.origin}${path}`);
  // The control pages and the docs' own widget have no <paybands-calculator>.
  if (path.includes("/control/") || path.startsWith("/docs-widget/")) return page;
  await page.locator("paybands-calculator [data-figure=base]").filter({ hasText: /\d/ }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __changes: unknown[] };
    document
      .querySelector("paybands-calculator")
      ?.addEventListener("change", (e) => w.__changes.push((e as CustomEvent).detail));
  });
  return page;
}

const widget = (page: Page): Locator => page.locator("paybands-calculator");
const figure = (page: Page, key: string): Locator => widget(page).locator(`[data-figure="${key}"]`);
const text = async (page: Page, key: string): Promise<string> =>
  (await figure(page, key).textContent()) ?? "";

/** What the page must show for an estimate. */
async function expectEstimateShown(
  page: Page,
  input: { level: string; metro: string; percentile: number },
  locale = "en-US",
): Promise<void> {
  const e = estimateCompensation(input);
  expect(await text(page, "base")).toBe(formatMoney(e.base, { locale }));
  expect(await text(page, "total-comp")).toBe(formatMoney(e.totalComp, { locale }));
  expect(await text(page, "percentile")).toBe(
    `${formatPercentile(input.percentile, { locale })} · ${getLevel(input.level).name} · ${getMetro(input.metro).name}`,
  );
  const first = e.band[0];
  const last = e.band.at(-1);
  expect(await text(page, "band")).toContain(
    formatRange([first?.amount ?? 0, last?.amount ?? 0], { locale }),
  );
  expect(await figure(page, "trace").locator("li").allTextContents()).toEqual(formatTrace(e.trace));
  expect(
    await widget(page).getByRole("slider", { name: "Percentile" }).getAttribute("aria-valuetext"),
  ).toBe(formatPercentile(input.percentile, { locale }));
}

/**
 * Horizontal overflow at the current width: of the page, and of anything in the widget
 * past the edge of its card (a table too wide for its column, a label pushed out).
 */
async function overflow(page: Page): Promise<{ scroll: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const root = document.querySelector("paybands-calculator")?.shadowRoot;
    const outside = Array.from(root?.querySelectorAll(".card *") ?? []).filter((el) => {
      const card = el.closest(".card")?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      if (!card || box.width === 0) return false;
      return box.right > card.right + 0.5 || box.left < card.left - 0.5;
    });
    return {
      scroll: document.documentElement.scrollWidth - width,
      outside: outside.map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`),
    };
  });
}

/**
 * The widget of docs/widgets.md ("A widget of your own"), built as a reader would: its
 * ```ts block bundled with esbuild (resolving "paybands" to the built package), its
 * ```html block in a page. Returns the folder to serve.
 */
async function buildDocsWidget(): Promise<string> {
  const md = readFileSync(join(ROOT, "docs/widgets.md"), "utf8");
  const section = md.slice(md.indexOf("## A widget of your own"));
  const code = /```ts\n([\s\S]*?)\n```/.exec(section)?.[1];
  const html = /```html\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (code === undefined || html === undefined) {
    throw new Error('docs/widgets.md: no ```ts and ```html blocks under "## A widget of your own"');
  }
  const dir = join(ROOT, ".tmp/docs-widget");
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "ts", sourcefile: "salary.ts" },
    outfile: join(dir, "salary.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    tsconfigRaw: {},
    logLevel: "error",
    logOverride: { "ignored-bare-import": "silent" },
  });
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Widget of docs/widgets.md</title><link rel="icon" href="/favicon.svg"></head>\n<body>\n${html}\n</body></html>\n`,
  );
  return dir;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with \`apt-get install -y --no-install-recommends chromium\` (scripts/ci-browser.sh does so), then run \`npm run test:browser\`.`,
    );
  }
  if (!existsSync(BUNDLE)) {
    throw new Error(
      `${BUNDLE} is missing: run \`npm run test:browser\` (it builds the library and the widget) or \`npm run build && npm run build:widget\`.`,
    );
  }
  const docsWidget = await buildDocsWidget();
  server = await startStaticServer([
    {
      prefix: "/docs-widget/",
      dir: docsWidget,
      headers: { "content-security-policy": STRICT_CSP },
    },
    {
      prefix: "/strict/control/",
      dir: FIXTURES,
      headers: { "content-security-policy": STRICT_CSP },
    },
    {
      prefix: "/script-only/control/",
      dir: FIXTURES,
      headers: { "content-security-policy": SCRIPT_ONLY_CSP },
    },
    { prefix: "/strict/", dir: SITE, headers: { "content-security-policy": STRICT_CSP } },
    { prefix: "/", dir: SITE },
  ]);
  profile = mkdtempSync(join(tmpdir(), "paybands-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("<paybands-calculator> in Chromium", () => {
  let page: Page;

  test("the attributes set the defaults (level=senior metro=seattle, percentile 50)", async () => {
    page = await openPage("/index.html");
    const w = widget(page);
    await expect(w.getByLabel("Level", { exact: true }).inputValue()).resolves.toBe("senior");
    await expect(w.getByLabel("Metro", { exact: true }).inputValue()).resolves.toBe("seattle");
    await expect(w.getByRole("slider", { name: "Percentile" }).inputValue()).resolves.toBe("50");
    await expectEstimateShown(page, { level: "senior", metro: "seattle", percentile: 50 });
    // The documented example figures.
    expect(await text(page, "base")).toBe("$258,300");
    expect(await text(page, "total-comp")).toBe("$361,620");
    // No change event for the initial render: nothing was changed.
    expect(
      await page.evaluate(() => (window as unknown as { __changes: unknown[] }).__changes),
    ).toEqual([]);
  });

  test("level, metro and percentile through the real controls", async () => {
    const w = widget(page);
    await w.getByLabel("Level", { exact: true }).selectOption("staff");
    await w.getByLabel("Metro", { exact: true }).selectOption({ label: "San Francisco Bay Area" });
    await expectEstimateShown(page, { level: "staff", metro: "sf-bay-area", percentile: 50 });

    // The slider, by keyboard: 50 → 62 with the arrow keys.
    const slider = w.getByRole("slider", { name: "Percentile" });
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
    await expect(slider.inputValue()).resolves.toBe("62");
    await expect(w.getByLabel("Percentile (exact)").inputValue()).resolves.toBe("62");
    await expectEstimateShown(page, { level: "staff", metro: "sf-bay-area", percentile: 62 });

    // The number field takes decimals; the slider follows.
    await w.getByLabel("Percentile (exact)").fill("62.4");
    await expectEstimateShown(page, { level: "staff", metro: "sf-bay-area", percentile: 62.4 });
    await expect(slider.inputValue()).resolves.toBe("62");

    await w.getByLabel("Level", { exact: true }).selectOption("mid");
    await w.getByLabel("Metro", { exact: true }).selectOption("austin");
    await expectEstimateShown(page, { level: "mid", metro: "austin", percentile: 62.4 });
  });

  test("change events carry the current estimate as plain JSON", async () => {
    const changes = await page.evaluate(
      () => (window as unknown as { __changes: unknown[] }).__changes,
    );
    expect(changes.length).toBeGreaterThanOrEqual(4);
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    expect(changes.at(-1)).toEqual(
      plain(estimateCompensation({ level: "mid", metro: "austin", percentile: 62.4 })),
    );
    expect(changes[0]).toEqual(
      plain(estimateCompensation({ level: "staff", metro: "seattle", percentile: 50 })),
    );
    // One event per change of the estimate: no duplicates in a row.
    const texts = changes.map((c) => JSON.stringify(c));
    expect(texts.every((t, i) => i === 0 || t !== texts[i - 1])).toBe(true);
    // The element's `estimate` property is the same value.
    const property = await page.evaluate(
      () =>
        (document.querySelector("paybands-calculator") as unknown as { estimate: unknown })
          .estimate,
    );
    expect(property).toEqual(changes.at(-1));
  });

  test("an invalid percentile is flagged and changes nothing", async () => {
    const w = widget(page);
    const before = await text(page, "base");
    await w.getByLabel("Percentile (exact)").fill("150");
    await expect(w.getByLabel("Percentile (exact)").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(w.getByRole("alert").first().textContent()).resolves.toMatch(/between 0 and 100/);
    expect(await text(page, "base")).toBe(before);
    await w.getByLabel("Percentile (exact)").fill("62.4");
    await expect(w.getByLabel("Percentile (exact)").getAttribute("aria-invalid")).resolves.toBe(
      "false",
    );
  });

  test("an offer: its percentile and its year-by-year totals", async () => {
    const w = widget(page);
    await w.getByLabel("Level", { exact: true }).selectOption("senior");
    await w.getByLabel("Metro", { exact: true }).selectOption("seattle");
    const form = w.getByRole("region", { name: "Check an offer" });
    await form.getByLabel("Base salary", { exact: true }).fill("230000");
    await form.getByLabel("Bonus (% of base)").fill("10");
    await form.getByLabel("Equity grant", { exact: true }).fill("300000");
    await form.getByLabel("Vesting").selectOption("back-loaded");
    await form.getByLabel("Sign-on bonus", { exact: true }).fill("20000");

    const offer: Offer = {
      base: 230000,
      bonus: { percent: 0.1 },
      equity: { grant: 300000, vesting: "back-loaded" },
      signOn: 20000,
    };
    const r = evaluateOffer(offer, { level: "senior", metro: "seattle" });
    expect(await text(page, "offer-percentile")).toBe(formatPercentile(r.baseRank));
    expect(await text(page, "offer-percentile")).toBe("37th percentile");
    expect(await text(page, "offer-total-percentile")).toBe(formatPercentile(r.totalRank));
    expect(await text(page, "offer-base")).toBe(formatMoney(230000));
    for (const y of r.years) expect(await text(page, `year-${y.year}`)).toBe(formatMoney(y.total));
    expect(await text(page, "first-year")).toBe(formatMoney(r.firstYearTotal));
    expect(await text(page, "steady-state")).toBe(formatMoney(r.steadyStateTotal));
    expect(await text(page, "four-year")).toBe(formatMoney(r.fourYearTotal));
    expect(await figure(page, "year-1").count()).toBe(1);
    expect(await figure(page, "year-5").count()).toBe(0);
  });

  test("negotiation levers: the outcome range", async () => {
    const w = widget(page);
    const offer: Offer = {
      base: 230000,
      bonus: { percent: 0.1 },
      equity: { grant: 300000, vesting: "back-loaded" },
      signOn: 20000,
    };
    const context = { level: "senior", metro: "seattle" };
    await w.getByLabel("Competing offer from a tier-equivalent or higher company").check();
    let r = applyLevers(offer, ["competing-offer"], context);
    expect(await text(page, "levers-base")).toBe(formatRange(r.after.base));
    expect(await text(page, "levers-base")).toBe("$253,000 – $276,000");
    expect(await text(page, "levers-first-year")).toBe(formatRange(r.after.firstYearTotal));
    expect(await text(page, "levers-steady-state")).toBe(formatRange(r.after.steadyStateTotal));

    // Sign-on needs the forfeited equity: its field is enabled with the box.
    const forfeit = w.getByLabel("Unvested equity you would forfeit");
    await expect(forfeit.isDisabled()).resolves.toBe(true);
    await w.getByLabel("Sign-on bonus to bridge unvested RSU forfeit").check();
    await expect(forfeit.isDisabled()).resolves.toBe(false);
    await forfeit.fill("80000");
    r = applyLevers(
      offer,
      ["competing-offer", { lever: "sign-on-bonus", forfeit: 80000 }],
      context,
    );
    expect(await text(page, "levers-base")).toBe(formatRange(r.after.base));
    expect(await text(page, "levers-first-year")).toBe(formatRange(r.after.firstYearTotal));
    expect(await text(page, "levers-steady-state")).toBe(formatRange(r.after.steadyStateTotal));
  });

  test("keyboard: every control is reachable with Tab, labelled, and shows its focus", async () => {
    const unlabelled = await page.evaluate(() => {
      const root = document.querySelector("paybands-calculator")?.shadowRoot;
      const controls = Array.from(root?.querySelectorAll("input, select, button, summary") ?? []);
      return controls
        .filter((c) => {
          if (c instanceof HTMLElement && c.tagName === "SUMMARY") return !c.textContent?.trim();
          const labels = (c as HTMLInputElement).labels;
          return (
            (labels === null || labels.length === 0) &&
            !c.getAttribute("aria-label") &&
            !c.getAttribute("aria-labelledby")
          );
        })
        .map((c) => c.outerHTML);
    });
    expect(unlabelled).toEqual([]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator("h1").click();
    const order: string[] = [];
    const outlines: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.querySelector("paybands-calculator")?.shadowRoot?.activeElement;
        return el
          ? {
              id: el.id.replace(/^pb\d+-/, ""),
              outline: getComputedStyle(el).outlineStyle,
            }
          : null;
      });
      order.push(focused?.id ?? "(outside)");
      outlines.push(focused?.outline ?? "");
    }
    expect(order).toEqual(["level", "metro", "pct-range", "pct", "", "offer-base"]);
    // summary has no id; :focus-visible draws an outline on each.
    expect(outlines.every((o) => o === "solid")).toBe(true);
  });

  test("the locale attribute formats for the locale", async () => {
    await page.evaluate(() =>
      document.querySelector("paybands-calculator")?.setAttribute("locale", "de-DE"),
    );
    await expectEstimateShown(
      page,
      { level: "senior", metro: "seattle", percentile: 62.4 },
      "de-DE",
    );
    expect(await text(page, "base")).toBe(
      formatMoney(
        estimateCompensation({ level: "senior", metro: "seattle", percentile: 62.4 }).base,
        { locale: "de-DE" },
      ),
    );
    await page.evaluate(() =>
      document.querySelector("paybands-calculator")?.removeAttribute("locale"),
    );
    await expectEstimateShown(page, { level: "senior", metro: "seattle", percentile: 62.4 });
  });

  test("screenshots at desktop (1280×900) and phone (375×812) width, no horizontal scrolling", async () => {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 375, height: 812 }],
    ] as const) {
      const shot = await openPage("/index.html", problems, viewport);
      await widget(shot)
        .getByLabel("Competing offer from a tier-equivalent or higher company")
        .check();
      await figure(shot, "levers-base").waitFor();
      await shot.evaluate(() => window.scrollTo(0, 0));
      await shot.screenshot({ path: join(SCREENSHOTS, `calculator-${name}.png`), fullPage: true });
      await shot.screenshot({ path: join(SCREENSHOTS, `calculator-${name}-viewport.png`) });
      // The figures do not depend on the width.
      await expectEstimateShown(shot, { level: "senior", metro: "seattle", percentile: 50 });
      // Nothing sticks out at any width from a wide desktop down to a small phone.
      const widths =
        name === "desktop" ? [1280, 1100, 1040, 960, 900, 768] : [600, 480, 414, 375, 360];
      for (const width of widths) {
        await shot.setViewportSize({ width, height: viewport.height });
        await shot.waitForFunction((w) => document.documentElement.clientWidth === w, width);
        expect({ width, ...(await overflow(shot)) }).toEqual({ width, scroll: 0, outside: [] });
      }
      await shot.close();
      expect(existsSync(join(SCREENSHOTS, `calculator-${name}.png`))).toBe(true);
    }
  });

  test("the screenshot for docs/widgets.md (docs/images/calculator.png is a copy)", async () => {
    const shot = await openPage("/index.html", problems, { width: 1040, height: 800 });
    const w = widget(shot);
    await w.getByLabel("Percentile (exact)").fill("62.4");
    await expectEstimateShown(shot, { level: "senior", metro: "seattle", percentile: 62.4 });
    await w.getByLabel("Percentile (exact)").blur();
    const box = await w.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      await shot.screenshot({
        path: join(SCREENSHOTS, "calculator-docs.png"),
        fullPage: true,
        clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: 700 },
      });
    }
    await shot.close();
  });

  test("no console messages, page errors or failed requests", () => {
    expect(problems).toEqual({ console: [], pageErrors: [], failedRequests: [] });
  });
});

describe("under a strict Content-Security-Policy", () => {
  const strict: Problems = { console: [], pageErrors: [], failedRequests: [] };
  let page: Page;

  test("the page is served with the policy", async () => {
    const response = await fetch(`${server.origin}/strict/index.html`);
    expect(response.headers.get("content-security-policy")).toBe(STRICT_CSP);
    expect(STRICT_CSP).not.toMatch(/unsafe-(eval|inline)/);
  });

  test("the widget works, with no violation reported", async () => {
    page = await openPage("/strict/index.html", strict);
    await expectEstimateShown(page, { level: "senior", metro: "seattle", percentile: 50 });
    const w = widget(page);
    await w.getByLabel("Level", { exact: true }).selectOption("junior");
    await w.getByLabel("Percentile (exact)").fill("75");
    await expectEstimateShown(page, { level: "junior", metro: "seattle", percentile: 75 });
    await w.getByLabel("AI / LLM services experience premium").check();
    const r = applyLevers(
      { base: 250000, bonus: { percent: 0.15 }, equity: { grant: 400000, vesting: "even" } },
      ["ai-premium"],
      { level: "junior", metro: "seattle" },
    );
    expect(await text(page, "levers-base")).toBe(formatRange(r.after.base));
    // The styles were applied (adoptedStyleSheets are not blocked by style-src).
    const radius = await figure(page, "base")
      .locator("xpath=..")
      .evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    expect(radius).toBe("10px");
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(strict).toEqual({ console: [], pageErrors: [], failedRequests: [] });
  });

  test.each([
    // With Trusted Types enforced, a string given to eval or innerHTML is refused by them first.
    [
      "/strict/control/csp-control.html",
      { evaluated: "EvalError", html: "TypeError" },
      [
        "require-trusted-types-for trusted-types-sink",
        "require-trusted-types-for trusted-types-sink",
      ],
    ],
    // script-src without 'unsafe-eval' alone refuses eval (HTML strings are then allowed).
    [
      "/script-only/control/csp-control.html",
      { evaluated: "EvalError", html: "allowed" },
      ["script-src eval"],
    ],
  ])(
    "the control %s: a page script's eval is refused and reported",
    async (path, results, reported) => {
      const control: Problems = { console: [], pageErrors: [], failedRequests: [] };
      const page = await openPage(path, control);
      await page.waitForFunction(() => document.documentElement.dataset.done === "true");
      const { eval: evaluated, html } = await page.evaluate(() => ({
        ...document.documentElement.dataset,
      }));
      expect({ evaluated, html }).toEqual(results);
      await page.waitForFunction(
        (n) => (window as unknown as { __csp: string[] }).__csp.length >= n,
        reported.length,
      );
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(
        reported,
      );
      // The refusals were caught by the script: no uncaught error, nothing failed to load.
      expect(control.pageErrors).toEqual([]);
      expect(control.failedRequests).toEqual([]);
      await page.close();
    },
  );

  test('the widget of docs/widgets.md ("A widget of your own") works too, under the same policy', async () => {
    const docs: Problems = { console: [], pageErrors: [], failedRequests: [] };
    const page = await openPage("/docs-widget/index.html", docs);
    const shown = async (): Promise<Record<string, string>> =>
      page.evaluate(() =>
        Object.fromEntries(
          Array.from(document.querySelectorAll("output")).map((o) => [o.name, o.value]),
        ),
      );
    const expected = (level: string, metro: string, percentile: number) => {
      const e = estimateCompensation({ level, metro, percentile });
      return {
        base: formatMoney(e.base),
        total: formatMoney(e.totalComp),
        rank: formatPercentile(percentile),
        band: formatRange([e.band[0]?.amount ?? 0, e.band.at(-1)?.amount ?? 0], { compact: true }),
      };
    };
    await page.waitForFunction(() => document.querySelector("output")?.value !== "");
    expect(await shown()).toEqual(expected("senior", "seattle", 50));
    await page.getByLabel("Level").selectOption("staff");
    await page.getByLabel("Metro").selectOption("sf-bay-area");
    await page.getByLabel("Percentile").fill("75");
    expect(await shown()).toEqual(expected("staff", "sf-bay-area", 75));
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(docs).toEqual({ console: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });
});
