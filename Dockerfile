# The platform's image (docs/deployment.md): build in one stage, run in a slim one as a non-root
# user. The same image serves one machine (embedded PostgreSQL in /data, no DATABASE_URL) and
# each app server of deploy/compose.yaml (DATABASE_URL through PgBouncer).
#   docker build -t skills-assessment .
#   docker run -p 3000:3000 -v skills-data:/data skills-assessment

# 1. Dependencies and the production build.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# npm ci's postinstall generates the Prisma client through prisma.config.ts, which imports src/:
# the whole source goes in first.
COPY . .
RUN npm ci --no-audit --no-fund \
    && npm run build \
    && npm prune --omit=dev --no-audit --no-fund
# The runtime starts with --no-build: fail here, not at start, if the build is not current for
# the sources as they are now (scripts/lib/build-hash.ts).
RUN node --import tsx -e "import('./scripts/lib/build-hash.ts').then((m) => { if (!m.buildIsCurrent(process.cwd())) { console.error('the build is not current for the sources'); process.exit(1); } })"

# 2. The runtime: only what `scripts/start.ts --no-build` needs.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 TZ=Asia/Shanghai \
    PORT=3000 DATA_DIR=/data
# The code stays root's (the app cannot change it); Next.js writes only its cache.
COPY --from=build /app /app
# /data: the embedded database, files and backups. /uploads-partial: the mount point of compose's
# shared volume of unfinished uploads (a new volume takes the owner of the image's folder).
RUN mkdir -p /data /uploads-partial /app/.next/cache \
    && chown node:node /data /uploads-partial /app/.next/cache
# The image's unprivileged user (uid 1000): the app and the embedded PostgreSQL run as it.
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "scripts/start.ts", "--no-build"]
