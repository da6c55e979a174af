#!/usr/bin/env bash
# Builds a small Java 17 runtime base image from Debian packages, for machines that can reach the
# Debian archive but no container registry. Output: a docker-archive tarball for
#   mvn package -Dimage -Dquarkus.jib.base-jvm-image=tar://<that file>
# Needs root, debootstrap and podman (apt-get install -y debootstrap podman).
# Usage: deploy/image/build-base-image.sh [output tarball, default target/base-image.tar]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-target/base-image.tar}")
# The archive this machine already installs from (apt's own configuration).
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[[ -n $mirror ]] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
root=$(mktemp -d /var/tmp/health-directory-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$root" "$mirror"
chroot "$root" useradd --uid 185 --user-group --create-home --home-dir /home/jboss jboss
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
mkdir -p "$(dirname "$out")"
tar -C "$root" -c . | podman import --change 'USER 185' --change 'WORKDIR /home/jboss' - health-directory-base:bookworm
rm -f "$out"
podman save --format docker-archive -o "$out" health-directory-base:bookworm
echo "base image: $out ($(du -h "$out" | cut -f1))"
