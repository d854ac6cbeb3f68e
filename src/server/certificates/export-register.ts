// Use case: the register of issued certificates (证书发放登记表) as XLSX, for the filters of the
// certificates page: every certificate, valid and revoked, with number, candidate (ID number
// masked), level, track, both scores (exact, two decimals), date of issue, status, revocation and
// the certificate it replaced. Dates in Asia/Shanghai.
import { buildWorkbook, type Sheet } from "../reports/export-results";
import { levelLabel, trackLabel } from "../reports/labels";
import { listCertificates } from "./list-certificates";

export const REGISTER_SHEET = "证书登记";
export const REGISTER_HEADER = ["证书编号", "姓名", "身份证号", "准考证号", "级别", "工种", "理论知识考试成绩", "技能考核成绩", "发证日期", "状态", "撤销日期", "撤销原因", "换发自", "待处理（成绩更正）"];

const day = (d: Date | null) => (d ? new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d) : "");

export async function exportCertificateRegister(options: { filter?: unknown }): Promise<{ body: Uint8Array; rows: number; fileName: string; asciiName: string }> {
  const rows = await listCertificates({ filter: options.filter });
  const sheet: Sheet = {
    name: REGISTER_SHEET,
    header: REGISTER_HEADER,
    textColumns: [1, 3, 4],
    rows: rows.map((r) => [
      r.number,
      r.name,
      r.idNumberMasked,
      r.ticketNumber,
      levelLabel(r.level),
      trackLabel(r.track),
      { hundredths: r.theoryScore },
      { hundredths: r.skillScore },
      day(r.issuedAt),
      r.status === "valid" ? "有效" : "已撤销",
      day(r.revokedAt),
      r.revokeReason ?? "",
      r.replacesNumber ?? "",
      r.status === "valid" && r.flaggedAt ? (r.flagReason ?? "是") : "",
    ]),
  };
  return { body: await buildWorkbook([sheet]), rows: rows.length, fileName: "证书登记表.xlsx", asciiName: "certificate-register.xlsx" };
}
