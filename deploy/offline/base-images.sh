#!/usr/bin/env bash
# Stand-ins for the public base images, for a machine that reaches Debian's package mirror and the
# npm registry but not a container registry (docs/deployment.md, "Verified"). On a machine that can
# pull from Docker Hub, do not run this: the real images are pulled by their tags.
#
# It makes, under the tags the Dockerfiles and deploy/compose.yaml name:
#   debian:bookworm-slim   debootstrap --variant=minbase bookworm, imported
#   node:20-bookworm-slim  the above + this machine's Node.js 20 and npm, and the user node (uid 1000)
#   quay.io/minio/minio:<the pinned tag>
#                          NOT MinIO: s3rver (the S3 test server of docs/storage.md) on :9000, with
#                          MINIO_ROOT_USER / MINIO_ROOT_PASSWORD as its key pair (it checks the
#                          access key id, not the signature)
#   quay.io/minio/mc:<the pinned tag>
#                          NOT mc: a tiny client that knows `mc alias set` and `mc mb`
# The S3 stand-ins speak the same protocol for what the app and compose's bucket job use; they
# are for checking the deployment offline, never for production.
#
# Usage (root, with a running Docker engine and debootstrap installed):
#   bash deploy/offline/base-images.sh [base] [s3]   # both when none is named
#   DEBIAN_MIRROR=http://… bash deploy/offline/base-images.sh   # default http://deb.debian.org/debian
# "base" is debian and node (debootstrap, docker import); "s3" the two S3 stand-ins (docker build).
# Needs the host's Node.js to be version 20 (node:20 must mean Node.js 20).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
parts="${*:-base s3}"
work="$(mktemp -d /tmp/base-images.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# The MinIO tags compose.yaml pins (kept in one place: read from it).
minio_image="$(sed -n 's/^ *image: *\([^ ]*minio\/minio:[^ ]*\).*/\1/p' "$here/../compose.yaml" | head -n1)"
mc_image="$(sed -n 's/^ *image: *\([^ ]*minio\/mc:[^ ]*\).*/\1/p' "$here/../compose.yaml" | head -n1)"
[ -n "$minio_image" ] && [ -n "$mc_image" ] || { echo "compose.yaml names no minio/minio or minio/mc image" >&2; exit 1; }

node_version="$(node --version)"
case "$node_version" in v20.*) ;; *) echo "the host's Node.js is $node_version, not 20" >&2; exit 1 ;; esac

build_base() {
  echo "== debian:bookworm-slim (debootstrap from $mirror)"
  rootfs="$work/debian"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
  cat >"$rootfs/etc/apt/sources.list" <<LIST
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
LIST
  # As the official slim image: no apt lists or package caches.
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb
  tar -C "$rootfs" -c . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'CMD ["bash"]' - debian:bookworm-slim

  echo "== node:20-bookworm-slim (Node.js $node_version and npm $(npm --version) from this machine)"
  node_bin="$(command -v node)"
  npm_dir="$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)"
  mkdir -p "$rootfs/usr/local/bin" "$rootfs/usr/local/lib/node_modules" "$rootfs/usr/local/include"
  cp "$node_bin" "$rootfs/usr/local/bin/node"
  cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  headers="$(dirname "$node_bin")/../include/node"
  [ -d "$headers" ] && cp -a "$headers" "$rootfs/usr/local/include/node"
  # A machine whose egress inspects TLS gives Node.js its CA in NODE_EXTRA_CA_CERTS: npm inside the
  # build needs it too (the real image has no such need, so this is the stand-in's alone).
  extra_ca=()
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
    mkdir -p "$rootfs/usr/local/share/host-ca"
    cp "$NODE_EXTRA_CA_CERTS" "$rootfs/usr/local/share/host-ca/extra-ca.crt"
    extra_ca=(-c 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/host-ca/extra-ca.crt')
  fi
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  chroot "$rootfs" /usr/local/bin/node --version >/dev/null
  tar -C "$rootfs" -c . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c "ENV NODE_VERSION=${node_version#v}" "${extra_ca[@]}" \
    -c 'CMD ["node"]' - node:20-bookworm-slim
}

build_s3() {
  echo "== $minio_image and $mc_image (S3 stand-ins)"
  docker build --network host -t "$minio_image" -t "$mc_image" "$here/s3-standin"
}

case " $parts " in *" base "*) build_base ;; esac
case " $parts " in *" s3 "*) build_s3 ;; esac

docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E '^(debian|node|minio/)' || true
