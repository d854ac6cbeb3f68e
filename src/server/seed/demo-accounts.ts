// The accounts of the embedded demo. They exist only where the demo is seeded (the embedded
// database, or a test server that asks for it) and are shown on start there. A real deployment
// creates its first admin with `npm run admin:create`.
import type { Role } from "@prisma/client";

export type DemoAccount = { username: string; password: string; displayName: string; roles: Role[] };

export const demoAccounts: DemoAccount[] = [
  { username: "admin", password: "demo-admin-2022", displayName: "演示管理员", roles: ["ADMIN"] },
  { username: "proctor1", password: "demo-proctor-2022", displayName: "演示监考员一", roles: ["PROCTOR"] },
  { username: "proctor2", password: "demo-proctor-2022", displayName: "演示监考员二", roles: ["PROCTOR"] },
  { username: "examiner1", password: "demo-examiner-2022", displayName: "演示考评员一", roles: ["EXAMINER"] },
  { username: "examiner2", password: "demo-examiner-2022", displayName: "演示考评员二", roles: ["EXAMINER"] },
  { username: "examiner3", password: "demo-examiner-2022", displayName: "演示考评员三（主考）", roles: ["EXAMINER", "PROCTOR"] },
];
