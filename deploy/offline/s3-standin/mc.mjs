// A two-command `mc` for the offline stand-in: `mc alias set <name> <url> <key> <secret>` (checks
// the server answers a signed request, then remembers the alias) and `mc mb [--ignore-existing]
// <name>/<bucket>`. Requests are signed with AWS Signature Version 4, as mc signs them.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const store = path.join(os.homedir(), ".mc-standin.json");
const sha256 = (data) => crypto.createHash("sha256").update(data).digest("hex");
const hmac = (key, data) => crypto.createHmac("sha256", key).update(data).digest();

async function signed(method, url, key, secret) {
  const u = new URL(url);
  const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, "");
  const day = amzDate.slice(0, 8);
  const region = "us-east-1";
  const payload = sha256("");
  const headers = `host:${u.host}\nx-amz-content-sha256:${payload}\nx-amz-date:${amzDate}\n`;
  const names = "host;x-amz-content-sha256;x-amz-date";
  const request = [method, u.pathname, "", headers, names, payload].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(request)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), "s3"), "aws4_request");
  const signature = hmac(signingKey, toSign).toString("hex");
  return fetch(u, {
    method,
    headers: {
      "x-amz-date": amzDate,
      "x-amz-content-sha256": payload,
      authorization: `AWS4-HMAC-SHA256 Credential=${key}/${scope}, SignedHeaders=${names}, Signature=${signature}`,
    },
  });
}

async function main(args) {
  if (args[0] === "alias" && args[1] === "set" && args.length === 6) {
    const [, , name, url, key, secret] = args;
    const response = await signed("GET", `${url.replace(/\/+$/, "")}/`, key, secret);
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    const aliases = fs.existsSync(store) ? JSON.parse(fs.readFileSync(store, "utf8")) : {};
    aliases[name] = { url: url.replace(/\/+$/, ""), key, secret };
    fs.writeFileSync(store, JSON.stringify(aliases), { mode: 0o600 });
    console.log(`Added \`${name}\` successfully.`);
    return;
  }
  if (args[0] === "mb") {
    const ignoreExisting = args.includes("--ignore-existing") || args.includes("-p");
    const target = args.filter((a) => !a.startsWith("-"))[1];
    const [name, bucket] = (target ?? "").split("/");
    const alias = fs.existsSync(store) ? JSON.parse(fs.readFileSync(store, "utf8"))[name] : undefined;
    if (!alias || !bucket) throw new Error("usage: mc mb [--ignore-existing] <alias>/<bucket> (after mc alias set)");
    const response = await signed("PUT", `${alias.url}/${bucket}`, alias.key, alias.secret);
    if (response.status === 409 && ignoreExisting) return console.log(`Bucket \`${target}\` already exists.`);
    if (!response.ok) throw new Error(`creating ${bucket}: ${response.status} ${await response.text()}`);
    console.log(`Bucket created successfully \`${target}\`.`);
    return;
  }
  throw new Error("this stand-in knows only `mc alias set` and `mc mb`");
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`mc: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
