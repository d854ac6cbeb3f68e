// Prints the standard's open-data JSON to stdout: `tsx scripts/standard-json.ts`
// (wired as `npm run -s standard:json`).
import { toOpenData } from "../src/standard/index";

process.stdout.write(`${JSON.stringify(toOpenData(), null, 2)}\n`);
