#!/usr/bin/env bash
# Installs ropa for this machine from its GitHub release, the archive's
# SHA-256 checksum verified, or, when the release has no binary for this
# machine, builds it from source with cargo. action.yml runs it; it runs
# alone too:
#
#   scripts/install-ropa.sh [BIN_DIR]
#
# BIN_DIR: where `ropa` goes (default: $RUNNER_TEMP/ropa/bin, else
# $TMPDIR/ropa/bin). Environment, all optional:
#
#   ROPA_VERSION     the version to install, 0.1.0 or v0.1.0 (default: the
#                    version in the Cargo.toml beside this script, i.e. the
#                    ropa this script came with)
#   ROPA_REPOSITORY  ropa's repository (default: Cargo.toml's repository)
#   ROPA_RELEASES    where release assets are downloaded from, as
#                    $ROPA_RELEASES/v$VERSION/ASSET (default:
#                    $ROPA_REPOSITORY/releases/download)
#
# A release asset is ropa-vVERSION-TARGET.tar.gz (.zip on Windows; the
# name without the v is accepted too), TARGET one of x86_64 and aarch64
# -unknown-linux-gnu, x86_64-unknown-linux-musl, x86_64 and aarch64
# -apple-darwin, x86_64-pc-windows-msvc; its checksum is in ASSET.sha256
# or in the release's SHA256SUMS. A checksum that does not match stops the
# installation (exit 1); a release without a binary for this machine, or
# without a checksum for it, or whose binary does not run here, falls back
# to `cargo install --locked`: from
# --git ROPA_REPOSITORY --tag vVERSION when ROPA_VERSION was given, else
# from this checkout (--path), which is exactly the ropa this script came
# with.
#
# In GitHub Actions the binary's folder is added to GITHUB_PATH, and the
# step outputs `ropa` (the binary) and `version`.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)

# A `key = "value"` of Cargo.toml's [package].
manifest() {
  sed -n "s/^$1 = \"\(.*\)\"\$/\1/p" "$here/Cargo.toml" 2>/dev/null | head -n 1
}

say() { printf 'install-ropa: %s\n' "$*" >&2; }

asked=${ROPA_VERSION:-}
version=${asked#v}
[ -n "$version" ] || version=$(manifest version)
if [ -z "$version" ]; then
  say "no version: set ROPA_VERSION"
  exit 2
fi
repository=${ROPA_REPOSITORY:-$(manifest repository)}
# The address src/register/init.rs falls back to as well.
repository=${repository:-https://github.com/ropa-register/ropa}
repository=${repository%/}
releases=${ROPA_RELEASES:-$repository/releases/download}
bin_dir=${1:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ropa/bin}
mkdir -p "$bin_dir"

# The release targets that run here, best first. On Linux a glibc build
# is tried before the static musl one, which runs anywhere (on Alpine and
# other musl systems only musl is tried).
os=${RUNNER_OS:-$(uname -s)}
arch=${RUNNER_ARCH:-$(uname -m)}
exe=
ext=tar.gz
musl=
if [ -e /etc/alpine-release ] || ldd --version 2>&1 | grep -qi musl; then
  musl=yes
fi
case "$os:$arch" in
  Linux:X64 | Linux:x86_64 | Linux:amd64)
    if [ -n "$musl" ]; then
      targets="x86_64-unknown-linux-musl"
    else
      targets="x86_64-unknown-linux-gnu x86_64-unknown-linux-musl"
    fi
    ;;
  Linux:ARM64 | Linux:aarch64 | Linux:arm64)
    # No musl build for aarch64 is released.
    if [ -n "$musl" ]; then targets=; else targets="aarch64-unknown-linux-gnu"; fi
    ;;
  macOS:X64 | Darwin:x86_64) targets="x86_64-apple-darwin" ;;
  macOS:ARM64 | Darwin:arm64 | Darwin:aarch64) targets="aarch64-apple-darwin" ;;
  Windows:X64 | MINGW*:x86_64 | MSYS*:x86_64 | CYGWIN*:x86_64)
    targets="x86_64-pc-windows-msvc"
    exe=.exe
    ext=zip
    ;;
  *) targets= ;;
esac

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  else
    shasum -a 256 "$1" | cut -d ' ' -f 1
  fi
}

# Downloads $1 to $2. A file the server does not have (HTTP 404 and the
# like) fails quietly; anything else (no network, DNS, TLS, a server
# error) is said, so it is not mistaken for a release without the file.
fetch() {
  local err rc=0
  err=$(curl -fsSL --retry 3 --retry-delay 2 -o "$2" "$1" 2>&1) || rc=$?
  case "$rc" in
    0) return 0 ;;
    22) return 1 ;;
    *)
      say "could not download $1: ${err:-curl exit $rc}"
      return 1
      ;;
  esac
}

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/install-ropa.XXXXXX")
trap 'rm -rf "$work"' EXIT

lower() { tr 'A-F' 'a-f'; }

# The published checksum of asset $1, from ASSET.sha256 or SHA256SUMS,
# in lower case.
published() {
  if fetch "$releases/v$version/$1.sha256" "$work/sum"; then
    cut -d ' ' -f 1 <"$work/sum" | tr -d '\r\n' | lower
  elif fetch "$releases/v$version/SHA256SUMS" "$work/sums"; then
    tr -d '\r' <"$work/sums" | awk -v f="$1" '$2 == f || $2 == "*" f { print $1; exit }' | lower
  fi
}

# Unpacks asset $1 and puts its ropa in $work/ropa$exe; fails when the
# archive holds none.
unpack() {
  rm -rf "$work/x" && mkdir "$work/x"
  case "$ext" in
    tar.gz) tar -xzf "$work/$1" -C "$work/x" ;;
    zip)
      if command -v unzip >/dev/null 2>&1; then
        unzip -q "$work/$1" -d "$work/x"
      else
        7z x -bd -y -o"$work/x" "$work/$1" >/dev/null
      fi
      ;;
  esac
  local found
  found=$(find "$work/x" -type f -name "ropa$exe" | head -n 1)
  if [ -z "$found" ]; then
    say "$1 holds no ropa$exe"
    return 1
  fi
  cp "$found" "$work/ropa$exe"
  chmod +x "$work/ropa$exe"
}

# Builds ropa with cargo into a scratch root and puts it in $work.
build() {
  if ! command -v cargo >/dev/null 2>&1; then
    say "no released binary of ropa $version runs on $os/$arch, and there is no cargo to build one"
    exit 1
  fi
  if [ -n "$asked" ]; then
    say "building ropa v$version from $repository with cargo (a few minutes)"
    cargo install --locked --root "$work/root" --git "$repository" --tag "v$version" ropa
  else
    say "building ropa $version from $here with cargo (a few minutes)"
    cargo install --locked --root "$work/root" --path "$here"
  fi
  cp "$work/root/bin/ropa$exe" "$work/ropa$exe"
  how="built from source"
}

# The first release binary for a target here that is published with a
# checksum, matches it and runs. A checksum that does not match stops
# everything: the download is not what was published.
how=
for target in $targets; do
  for name in "ropa-v$version-$target.$ext" "ropa-$version-$target.$ext"; do
    fetch "$releases/v$version/$name" "$work/$name" || continue
    want=$(published "$name" || true)
    if [ -z "$want" ]; then
      say "$name has no published checksum (neither $name.sha256 nor SHA256SUMS): not used"
      continue
    fi
    got=$(sha256 "$work/$name" | lower)
    if [ "$got" != "$want" ]; then
      say "$name: checksum mismatch (published $want, downloaded $got): not installed"
      exit 1
    fi
    unpack "$name" || continue
    if ! out=$("$work/ropa$exe" --version 2>&1); then
      say "$name does not run here: $out"
      continue
    fi
    how="$name, checksum verified"
    break 2
  done
done
if [ -z "$how" ]; then
  [ -n "$targets" ] || say "no release target of ropa for $os/$arch"
  build
fi

# Only a binary that runs is installed, into exactly BIN_DIR.
if ! out=$("$work/ropa$exe" --version 2>&1); then
  say "the ropa built does not run: $out"
  exit 1
fi
cp "$work/ropa$exe" "$bin_dir/ropa$exe.new"
mv -f "$bin_dir/ropa$exe.new" "$bin_dir/ropa$exe"
ropa="$bin_dir/ropa$exe"
say "$out at $ropa ($how)"
if [ -n "${GITHUB_PATH:-}" ]; then
  echo "$bin_dir" >>"$GITHUB_PATH"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "ropa=$ropa"
    echo "version=$version"
  } >>"$GITHUB_OUTPUT"
fi
