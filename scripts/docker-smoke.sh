#!/usr/bin/env bash
# The Docker image and the compose deployment, for real (docs/deployment.md, "Verified"): builds
# the images, then
#   1. one machine: `docker run` of the image with its embedded PostgreSQL in a volume; health,
#      the demo admin signs in (an admin-only API: 401 without, 200 with the session), `docker stop`
#      is clean, a second start keeps the data;
#   2. several machines: deploy/compose.yaml (nginx, two app servers, PgBouncer, PostgreSQL
#      primary + synchronous standby, S3 store); health through nginx, the standby is synchronous,
#      a first admin made with `npm run admin:create` signs in, a candidate starts an exam and an
#      answer is saved through nginx and found on the standby, an app server killed (SIGKILL) is
#      restarted by Docker while saves go on through the other, `restart` of a server, and the
#      deadline sweep submits an attempt whose deadline passed; then the failover of the docs
#      (old primary stopped, standby promoted, PgBouncer and the app servers pointed at it) and a
#      new exam's answer saved on the promoted server;
# and removes everything it made (containers, volumes; not the images). Exit 0 when every check
# passed; the last line is "N passed, N failed".
# NOT part of npm test or .ci/run: it needs a Docker engine and the base images (on a machine that
# cannot pull them: deploy/offline/base-images.sh first).
#
# Usage: bash scripts/docker-smoke.sh [--no-build] [--keep]
#   SMOKE_HTTP_PORT (default 8088: nginx) and SMOKE_SINGLE_PORT (default 3088: the one-machine
#   container), both on 127.0.0.1. Compose: `docker compose` when present, else `docker-compose`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
keep=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
port="${SMOKE_HTTP_PORT:-8088}"
single_port="${SMOKE_SINGLE_PORT:-3088}"
project=skills-smoke
single="$project-single"
base="http://127.0.0.1:$port"
if docker compose version >/dev/null 2>&1; then compose=(docker compose); else compose=(docker-compose); fi
work="$(mktemp -d /tmp/docker-smoke.XXXXXX)"
passed=0
failed=0

log() { printf '[docker-smoke %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
check() { # check <description> <command…>: counts a pass or a failure, never stops the run
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    log "PASS $what"
  else
    failed=$((failed + 1))
    log "FAIL $what"
  fi
}
secret() { node -e 'console.log(require("node:crypto").randomBytes(24).toString("base64url"))'; }
json() { node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const v=JSON.parse(s);console.log(process.argv[1].split(".").reduce((o,k)=>o?.[k],v)??"")})' "$1"; }

env_file="$work/env"
cat >"$env_file" <<ENV
COMPOSE_PROJECT_NAME=$project
AUTH_SECRET=$(secret)
DB_PASSWORD=$(secret)
REPLICATION_PASSWORD=$(secret)
S3_ACCESS_KEY_ID=skills
S3_SECRET_ACCESS_KEY=$(secret)
PUBLIC_URL=http://localhost:$port
HTTP_PORT=127.0.0.1:$port
ENV
dc() { "${compose[@]}" -p "$project" -f deploy/compose.yaml --env-file "$env_file" "$@"; }

cleanup() {
  if [ "$keep" = 1 ]; then
    log "--keep: left running; stop with: ${compose[*]} -p $project -f deploy/compose.yaml --env-file $env_file down -v; docker rm -f $single; docker volume rm $single"
    return
  fi
  dc down -v --remove-orphans >/dev/null 2>&1 || true
  docker rm -f "$single" >/dev/null 2>&1 || true
  docker volume rm "$single" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_health() { # wait_health <url> <seconds>: until /api/health answers 200
  local url="$1" deadline=$((SECONDS + $2))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/api/health")" = 200 ]; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 2
  done
}

sign_in() { # sign_in <base> <identifier> <password> <cookie jar>: prints the session's JSON
  local csrf
  csrf="$(curl -fsS -c "$4" -b "$4" "$1/api/auth/csrf" | json csrfToken)"
  curl -sS -o /dev/null -c "$4" -b "$4" --data-urlencode "csrfToken=$csrf" --data-urlencode "identifier=$2" \
    --data-urlencode "password=$3" "$1/api/auth/callback/credentials"
  curl -fsS -b "$4" "$1/api/auth/session"
}

signed_in_as() { # signed_in_as <session JSON> <display name>: the Auth.js session is that user's
  [ -n "$1" ] && [ "$(printf '%s' "$1" | json user.name)" = "$2" ]
}

admin_api() { # admin_api <base> [cookie jar]: HTTP status of an admin-only API (the roster template)
  curl -s -o /dev/null -w '%{http_code}' ${2:+-b "$2"} "$1/api/admin/candidates/template?format=csv"
}

healthy_within() { # healthy_within <container> <seconds>: Docker's HEALTHCHECK says healthy
  local deadline=$((SECONDS + $2))
  until [ "$(docker inspect -f '{{.State.Health.Status}}' "$1")" = healthy ]; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 2
  done
}

restarted_within() { # restarted_within <container> <restart count> <seconds>: restarted and healthy
  local deadline=$((SECONDS + $3))
  until [ "$(docker inspect -f '{{.RestartCount}} {{.State.Health.Status}}' "$1")" = "$2 healthy" ]; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 2
  done
}

if [ "$build" = 1 ]; then
  # --network host: npm ci and apt-get reach their registries even where the engine gives
  # containers no route out (an engine started with --iptables=false, as on the offline machine).
  log "building skills-assessment:latest (npm ci, next build: minutes)"
  docker build --network host -t skills-assessment:latest .
  log "building the PostgreSQL, PgBouncer and nginx images (Debian's packages)"
  docker build --network host -t skills-assessment-postgres:15 deploy/postgres
  docker build --network host -t skills-assessment-pgbouncer:latest deploy/pgbouncer
  docker build --network host -t skills-assessment-nginx:latest deploy/nginx
fi

log "== one machine: docker run, embedded PostgreSQL in the volume $single"
docker rm -f "$single" >/dev/null 2>&1 || true
docker volume rm "$single" >/dev/null 2>&1 || true
docker run -d --name "$single" -p "127.0.0.1:$single_port:3000" -v "$single:/data" skills-assessment:latest >/dev/null
single_base="http://127.0.0.1:$single_port"
check "one machine: /api/health answers 200 within 300 s" wait_health "$single_base" 300
check "one machine: the app runs as uid 1000 (node), not root" test "$(docker exec "$single" id -u)" = 1000
embedded_pg_not_root() { docker top "$single" -o pid,user,args | grep -E 'bin/postgres -D ' | grep -qv ' root '; }
check "one machine: the embedded PostgreSQL runs, not as root" embedded_pg_not_root
session="$(sign_in "$single_base" admin demo-admin-2022 "$work/single.jar" || true)"
check "one machine: the demo admin signs in" signed_in_as "$session" 演示管理员
check "one machine: an admin-only API refuses a caller without a session (401)" test "$(admin_api "$single_base")" = 401
check "one machine: the same API answers the signed-in admin (200)" test "$(admin_api "$single_base" "$work/single.jar")" = 200
check "one machine: Docker's HEALTHCHECK reports healthy within 60 s" healthy_within "$single" 60
docker stop -t 60 "$single" >/dev/null
check "one machine: docker stop ends it cleanly (exit code 0)" test "$(docker inspect -f '{{.State.ExitCode}}' "$single")" = 0
stopped_cleanly() { docker logs "$single" 2>&1 | grep -q 'embedded PostgreSQL stopped'; }
check "one machine: the launcher stopped the embedded PostgreSQL on SIGTERM" stopped_cleanly
docker start "$single" >/dev/null
check "one machine: after a restart /api/health answers 200 again" wait_health "$single_base" 300
session="$(sign_in "$single_base" admin demo-admin-2022 "$work/single2.jar" || true)"
check "one machine: the data survived the restart (the admin signs in again)" signed_in_as "$session" 演示管理员
seeded_once() { [ "$(docker logs "$single" 2>&1 | grep -c 'demo data seeded')" = 1 ]; }
check "one machine: the demo was seeded on the first start only" seeded_once
docker rm -f "$single" >/dev/null
docker volume rm "$single" >/dev/null

log "== several machines: deploy/compose.yaml as project $project"
dc up -d --no-build
check "compose: /api/health through nginx answers 200 within 300 s" wait_health "$base" 300
log "health: $(curl -s "$base/api/health")"
check "compose: app1 healthy (Docker HEALTHCHECK) within 120 s" healthy_within "$(dc ps -q app1)" 120
check "compose: app2 healthy (Docker HEALTHCHECK) within 120 s" healthy_within "$(dc ps -q app2)" 120
replication="$(dc exec -T postgres-primary psql -U skills -d postgres -Atc "SELECT application_name || ':' || sync_state FROM pg_stat_replication" || true)"
log "pg_stat_replication on the primary: $replication"
check "compose: the standby streams from the primary as the synchronous standby1" test "$replication" = "standby1:sync"

admin_password="Smoke$(secret | tr -dc 'A-Za-z0-9' | head -c 16)9"
check "compose: npm run admin:create makes the first admin" dc exec -T -e ADMIN_PASSWORD="$admin_password" app1 npm run --silent admin:create -- --username smoke-admin --name 冒烟测试管理员
session="$(sign_in "$base" smoke-admin "$admin_password" "$work/admin.jar" || true)"
check "compose: that admin signs in through nginx" signed_in_as "$session" 冒烟测试管理员
check "compose: an admin-only API refuses a caller without a session (401)" test "$(admin_api "$base")" = 401
check "compose: the same API answers that admin (200)" test "$(admin_api "$base" "$work/admin.jar")" = 200

seat="$(dc exec -T app1 node --import tsx scripts/docker-smoke-seat.ts | tail -n 1 || true)"
session_id="$(printf '%s' "$seat" | json sessionId 2>/dev/null || true)"
cookie="$(printf '%s' "$seat" | json cookie 2>/dev/null || true)"
item="$(printf '%s' "$seat" | json itemVersionId 2>/dev/null || true)"
key="$(printf '%s' "$seat" | json key 2>/dev/null || true)"
check "compose: the demo bank seeded and a candidate seated (scripts/docker-smoke-seat.ts)" test -n "$session_id"
check "compose: a file the seeding stored is in the S3 store with its recorded size" test "$(printf '%s' "$seat" | json fileInStore 2>/dev/null)" = true
attempt="$(curl -sS -X POST -H "Cookie: $cookie" -H "Origin: http://localhost:$port" "$base/api/exam/sessions/$session_id/start" | json attemptId 2>/dev/null || true)"
check "compose: the candidate starts the exam through nginx" test -n "$attempt"
save() { # save <seq>: the exam page's answer save, through nginx; prints the HTTP status
  curl -s -o /dev/null -w '%{http_code}' -X POST -H "Cookie: $cookie" -H "Origin: http://localhost:$port" -H 'Content-Type: application/json' \
    --data "{\"itemVersionId\":\"$item\",\"response\":[\"$key\"],\"seq\":$1}" "$base/api/exam/attempts/$attempt/answers"
}
check "compose: an answer is saved through nginx (200)" test "$(save 1)" = 200
on_standby() { # on_standby <seq>: the standby holds the answer with that sequence number
  # (synchronous commit: the WAL is on the standby at the acknowledgement; replay may take a moment)
  local i
  for i in 1 2 3 4 5; do
    [ "$(dc exec -T postgres-standby psql -U skills -d skills -Atc "SELECT seq FROM \"Answer\" WHERE \"attemptId\" = '$attempt'")" = "$1" ] && return 0
    sleep 1
  done
  return 1
}
check "compose: the acknowledged answer is on the standby" on_standby 1

app1="$(dc ps -q app1)"
restarts="$(docker inspect -f '{{.RestartCount}}' "$app1")"
log "killing app server 1's process (SIGKILL, pid $(docker inspect -f '{{.State.Pid}}' "$app1") on this machine)"
kill -KILL "$(docker inspect -f '{{.State.Pid}}' "$app1")"
check "compose: with app1 dead, a save through nginx still succeeds (app2)" test "$(save 2)" = 200
check "compose: Docker restarts the killed app1 (restart: unless-stopped), healthy within 180 s" restarted_within "$app1" $((restarts + 1)) 180
dc restart app2 >/dev/null 2>&1
check "compose: after 'restart app2' health through nginx answers 200" wait_health "$base" 180
check "compose: a save after the restarts succeeds (200)" test "$(save 3)" = 200
check "compose: the standby has it" on_standby 3

# The deadline sweep (src/server/exam/sweep.ts) submits an attempt whose deadline passed, with no
# request from the candidate: move the deadline into the past on the primary and wait.
dc exec -T postgres-primary psql -U skills -d skills -qAtc "UPDATE \"Attempt\" SET deadline = now() - interval '1 minute' WHERE id = '$attempt'"
submitted_by_sweep() {
  local i
  for i in $(seq 1 20); do
    [ "$(dc exec -T postgres-primary psql -U skills -d skills -Atc "SELECT status || ':' || \"submittedBy\" FROM \"Attempt\" WHERE id = '$attempt'")" = "submitted:deadline" ] && return 0
    sleep 2
  done
  return 1
}
check "compose: the deadline sweep submits the attempt by itself within 40 s" submitted_by_sweep

# Failover as docs/deployment.md tells an operator: stop the old primary, promote the standby,
# point PgBouncer and the app servers at it (without starting their dependencies again).
log "failover: stop postgres-primary, promote postgres-standby, PRIMARY_HOST=postgres-standby"
dc stop postgres-primary >/dev/null 2>&1
check "compose: the standby is promoted (pg_ctl promote)" dc exec -T postgres-standby pg_ctl promote -w -D /var/lib/postgresql/data
echo "PRIMARY_HOST=postgres-standby" >>"$env_file"
dc up -d --no-deps pgbouncer app1 app2
# nginx resolved app1 and app2 when it loaded its configuration; the recreated containers have new
# addresses (without this reload nginx answers 502: seen on 2026-11-30).
dc exec -T nginx nginx -s reload
check "compose: after the failover /api/health through nginx answers 200 within 180 s" wait_health "$base" 180
seat="$(dc exec -T app1 node --import tsx scripts/docker-smoke-seat.ts | tail -n 1 || true)"
session_id="$(printf '%s' "$seat" | json sessionId 2>/dev/null || true)"
cookie="$(printf '%s' "$seat" | json cookie 2>/dev/null || true)"
item="$(printf '%s' "$seat" | json itemVersionId 2>/dev/null || true)"
key="$(printf '%s' "$seat" | json key 2>/dev/null || true)"
attempt="$(curl -sS -X POST -H "Cookie: $cookie" -H "Origin: http://localhost:$port" "$base/api/exam/sessions/$session_id/start" | json attemptId 2>/dev/null || true)"
check "compose: after the failover a candidate starts an exam through nginx" test -n "$attempt"
check "compose: after the failover an answer is saved (200)" test "$(save 1)" = 200
check "compose: the promoted server holds it" on_standby 1
check "compose: the old primary stayed stopped" test -z "$(dc ps -q postgres-primary | xargs -r docker inspect -f '{{.State.Running}}' | grep true)"

dc ps
log "$passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
