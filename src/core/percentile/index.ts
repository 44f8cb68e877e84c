export { describePercentile } from "./describe-percentile.js";
export { describeRank } from "./describe-rank.js";
export { interpolatePercentile } from "./interpolate-percentile.js";
export { interpolatePercentiles } from "./interpolate-percentiles.js";
export { PERCENTILE_METHODS, TAIL_POLICIES } from "./percentile-methods.js";
export { percentileRank } from "./percentile-rank.js";
export { percentileRanks } from "./percentile-ranks.js";
export type {
  BandPoint,
  InterpolateOptions,
  PercentileDescription,
  PercentileMethod,
  PercentileSegment,
  RankDescription,
  RankOptions,
  TailPolicy,
} from "./types.js";
