// `npm run admin:create`: creates an admin on the database named by DATABASE_URL.
// Asks for the username, name and password interactively (the password is not echoed), or
// takes them from --username/--name and the ADMIN_PASSWORD variable for scripted set-ups.
import readline from "node:readline";
import { createAdmin } from "../src/server/auth/create-admin";
import { getPrisma } from "../src/server/db/client";
import { getEnv } from "../src/server/env";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function ask(question: string, hidden = false): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    out._writeToOutput = (s: string) => {
      if (s.includes(question)) out.output.write(s);
    };
  }
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  if (hidden) process.stdout.write("\n");
  return answer;
}

async function main() {
  if (!getEnv().DATABASE_URL) {
    console.error("Set DATABASE_URL to the deployment's database first (see README, 'Using an existing PostgreSQL').");
    process.exit(2);
  }
  const username = arg("username") ?? (await ask("用户名 / Username: "));
  const displayName = arg("name") ?? (await ask("姓名 / Display name: "));
  const password = process.env.ADMIN_PASSWORD ?? (await ask("密码 / Password (8+ chars, letters and digits): ", true));
  const user = await createAdmin({ username, displayName, password, now: new Date() });
  console.log(`管理员已创建 / Admin created: ${user.username}`);
  await getPrisma().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
