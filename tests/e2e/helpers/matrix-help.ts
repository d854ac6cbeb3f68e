// Authorization matrix rows for the in-app user guide (/help): public by design — the guide is
// the project's own documentation and the candidate's part (signing in) is needed before signing
// in — so every caller, anonymous included, gets the same 200; any other image name is 404.
import { all, type Row } from "./matrix";

export const HELP_ROUTES: Record<string, Row> = {
  "GET /help": { url: "/help", expect: all(200) },
  "GET /help/[guide]": { url: "/help/candidate", expect: all(200) },
  "GET /help/img/[name]": { url: "/help/img/candidate-home.png", expect: all(200) },
};
