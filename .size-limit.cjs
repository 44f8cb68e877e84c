// Size budgets (min + gzip, browser build, zod external as the peer dependency it is).
// Checked by `npm run size` in `npm test`; see docs/performance.md.
module.exports = [
  {
    name: "widget path: one estimate from paybands/core (with the dataset)",
    path: "dist/index.js",
    import: "{ estimateCompensation, getDataset }",
    ignore: ["zod"],
    gzip: true,
    limit: "16 kB",
  },
  {
    name: "paybands/core: interpolatePercentile only",
    path: "dist/core.js",
    import: "{ interpolatePercentile }",
    ignore: ["zod"],
    gzip: true,
    limit: "10 kB",
  },
  {
    name: "paybands (root entry, everything)",
    path: "dist/index.js",
    import: "*",
    ignore: ["zod"],
    gzip: true,
    limit: "45 kB",
  },
  {
    name: "example widget <paybands-calculator> (npm run build:widget first)",
    path: "examples/calculator/dist/calculator.js",
    gzip: true,
    limit: "52 kB",
  },
];
