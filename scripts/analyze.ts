// `npm run -s analyze -- items <marks.csv>` / `npm run -s analyze -- raters <ratings.csv>`:
// item and test analysis, or rater agreement, of a file from any exam, printed as JSON
// (docs/analytics.md). The work is in src/server/analytics/run-analyze.ts.
import { readFile } from "node:fs/promises";
import { runAnalyze } from "../src/server/analytics/run-analyze";

const result = await runAnalyze(process.argv.slice(2), async (p) => new Uint8Array(await readFile(p)));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
