// `minio server <dir>` for the offline stand-in: s3rver on 0.0.0.0:9000 storing in <dir>, with
// MINIO_ROOT_USER / MINIO_ROOT_PASSWORD as its one key pair (s3rver checks the access key id
// of each request, not its Signature Version 4 signature).
import fs from "node:fs";
import S3rver from "s3rver";
import account from "s3rver/lib/models/account.js";

const { DUMMY_ACCOUNT } = account;

const [command, directory = "/data"] = process.argv.slice(2);
if (command !== "server") {
  console.error("usage: minio server <dir>   (s3rver stand-in)");
  process.exit(2);
}
const user = process.env.MINIO_ROOT_USER;
const password = process.env.MINIO_ROOT_PASSWORD;
if (!user || !password) {
  console.error("set MINIO_ROOT_USER and MINIO_ROOT_PASSWORD");
  process.exit(2);
}
fs.mkdirSync(directory, { recursive: true });
DUMMY_ACCOUNT.revokeAccessKey("S3RVER");
DUMMY_ACCOUNT.createKeyPair(user, password);
const server = new S3rver({ address: "0.0.0.0", port: 9000, directory, silent: true, vhostBuckets: false });
server.run().then(
  () => console.log(`s3rver stand-in listening on :9000, data in ${directory}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
