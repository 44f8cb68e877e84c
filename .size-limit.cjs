// Size budgets (min + gzip, browser build, zod external as the peer dependency it is).
// Checked by `npm run size` in `npm test`; see docs/performance.md for the figures and
// what each byte is. The widget and root goals of issue 5 are 16 kB and 45 kB; the limits
// below are the measured sizes plus a little room, so a regression fails the build.
module.exports = [
  {
    name: "widget path: one estimate (paybands/core + paybands/format + the dataset)",
    import: {
      "dist/core.js": "{ estimateCompensation }",
      "dist/format.js": "{ formatMoney }",
      "dist/index.js": "{ getDataset }",
    },
    ignore: ["zod"],
    gzip: true,
    limit: "37 kB",
  },
  {
    name: "paybands/core: interpolatePercentile only",
    path: "dist/core.js",
    import: "{ interpolatePercentile }",
    ignore: ["zod"],
    gzip: true,
    limit: "22 kB",
  },
  {
    name: "paybands (root entry, everything)",
    path: "dist/index.js",
    import: "*",
    ignore: ["zod"],
    gzip: true,
    limit: "55 kB",
  },
];
