// Roster import (考生名单导入): pure parsing and validation. The service that writes to the
// database calls readTable → validateRoster and stores only `candidates` (see docs/roster-import.md).
export { validateIdNumber, maskIdNumber, maskPhone, normaliseIdNumber, idCheckChar } from "./id-number";
export type { IdNumberResult, IdNumberProblem } from "./id-number";
export { readTable, RosterFileError } from "./roster-file";
export type { RosterTable, RosterRow, RosterFileErrorCode } from "./roster-file";
export { ROSTER_COLUMNS, matchHeaders } from "./columns";
export type { RosterColumn, RosterColumnKey } from "./columns";
export { validateRoster } from "./validate-roster";
export type { CandidateDraft, RosterProblem, RosterValidation, ValidateRosterOptions, RosterTableInput } from "./validate-roster";
export { buildRosterTemplateXlsx, buildRosterTemplateCsv } from "./template";
