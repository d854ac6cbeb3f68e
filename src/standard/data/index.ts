// The whole standard as plain data (not yet validated; src/standard/index.ts parses it).
import type { StandardInput } from "../schema";
import { basics } from "./basics";
import { eligibility } from "./eligibility";
import { ethics } from "./ethics";
import { profile } from "./profile";
import { areas, duties, skillWeights, theoryWeights, zeroWeightAreas } from "./weights";
import { level4WorkContents } from "./work-level4";
import { level5WorkContents } from "./work-level5";

export const standardData: StandardInput = {
  profile,
  eligibility,
  ethics,
  basics,
  duties,
  areas,
  workContents: [...level5WorkContents, ...level4WorkContents],
  zeroWeightAreas,
  weights: { theory: theoryWeights, skill: skillWeights },
};
