export { lateralMoves } from "./lateral-moves.js";
export { projectCareer } from "./project-career.js";
export type {
  CareerMilestone,
  CareerNote,
  CareerPoint,
  CareerProjection,
  CareerPromotion,
  CareerScenario,
  CareerTrack,
  CareerYear,
  LateralMoveEffect,
  LateralMoveOption,
  LateralMoves,
  ProjectCareerInput,
} from "./types.js";
