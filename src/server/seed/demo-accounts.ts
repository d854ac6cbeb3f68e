// The accounts of the embedded demo. They exist only where the demo is seeded (the embedded
// database, or a test server that asks for it) and are shown on start there. A real deployment
// creates its first admin with `npm run admin:create`.
import type { Role } from "@prisma/client";
import type { EligibilityInput, LevelCode, TrackCode } from "@/standard";

export type DemoAccount = { username: string; password: string; displayName: string; roles: Role[] };

export const demoAccounts: DemoAccount[] = [
  { username: "admin", password: "demo-admin-2022", displayName: "演示管理员", roles: ["ADMIN"] },
  { username: "proctor1", password: "demo-proctor-2022", displayName: "演示监考员一", roles: ["PROCTOR"] },
  { username: "proctor2", password: "demo-proctor-2022", displayName: "演示监考员二", roles: ["PROCTOR"] },
  { username: "examiner1", password: "demo-examiner-2022", displayName: "演示考评员一", roles: ["EXAMINER"] },
  { username: "examiner2", password: "demo-examiner-2022", displayName: "演示考评员二", roles: ["EXAMINER"] },
  { username: "examiner3", password: "demo-examiner-2022", displayName: "演示考评员三（主考）", roles: ["EXAMINER", "PROCTOR"] },
  { username: "teacher1", password: "demo-teacher-2022", displayName: "演示教师", roles: ["TEACHER"] },
];

export type DemoCandidate = {
  name: string;
  /** Made-up ID numbers (region 110101, valid checksums); they belong to no one. */
  idNumber: string;
  gender: "男" | "女";
  level: LevelCode;
  track: TrackCode;
  password: string;
  evidence: EligibilityInput;
};

const work = (level: LevelCode, months: number): EligibilityInput => ({
  level,
  occupation: "电子商务师",
  workMonths: months,
  apprenticeshipCompleted: false,
  level5CertificateHeld: false,
  workMonthsAfterLevel5Certificate: 0,
});

export const demoCandidates: DemoCandidate[] = [
  { name: "演示考生甲", idNumber: "110101200601010014", gender: "男", level: "5", track: "online-merchant", password: "demo-candidate-2022", evidence: work("5", 14) },
  { name: "演示考生乙", idNumber: "11010120060202002X", gender: "女", level: "5", track: "cross-border", password: "demo-candidate-2022", evidence: work("5", 24) },
  { name: "演示考生丙", idNumber: "110101199803030034", gender: "男", level: "4", track: "online-merchant", password: "demo-candidate-2022", evidence: work("4", 80) },
];
