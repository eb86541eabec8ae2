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
# without a checksum for it, falls back to `cargo install --locked`: from
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

# The release targets that run here, best first.
os=${RUNNER_OS:-$(uname -s)}
arch=${RUNNER_ARCH:-$(uname -m)}
exe=
ext=tar.gz
case "$os:$arch" in
  Linux:X64 | Linux:x86_64 | Linux:amd64) targets="x86_64-unknown-linux-gnu x86_64-unknown-linux-musl" ;;
  Linux:ARM64 | Linux:aarch64 | Linux:arm64) targets="aarch64-unknown-linux-gnu" ;;
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

fetch() { curl -fsSL --retry 3 --retry-delay 2 -o "$2" "$1" 2>/dev/null; }

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/install-ropa.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Downloads the first asset that exists for a target here; sets $asset.
asset=
for target in $targets; do
  for name in "ropa-v$version-$target.$ext" "ropa-$version-$target.$ext"; do
    if fetch "$releases/v$version/$name" "$work/$name"; then
      asset=$name
      break 2
    fi
  done
done

# The published checksum of $asset, from ASSET.sha256 or SHA256SUMS.
published() {
  if fetch "$releases/v$version/$asset.sha256" "$work/sum"; then
    cut -d ' ' -f 1 <"$work/sum" | tr -d '\r\n'
  elif fetch "$releases/v$version/SHA256SUMS" "$work/sums"; then
    tr -d '\r' <"$work/sums" | awk -v f="$asset" '$2 == f || $2 == "*" f { print $1; exit }'
  fi
}

build() {
  if ! command -v cargo >/dev/null 2>&1; then
    say "no released binary for $os/$arch and no cargo to build one"
    exit 1
  fi
  root=$(dirname "$bin_dir")
  if [ -n "$asked" ]; then
    say "building ropa v$version from $repository with cargo (a few minutes)"
    cargo install --locked --root "$root" --git "$repository" --tag "v$version" ropa
  else
    say "building ropa $version from $here with cargo (a few minutes)"
    cargo install --locked --root "$root" --path "$here"
  fi
  how="built from source"
}

how=
if [ -z "$asset" ]; then
  say "no binary of ropa $version for $os/$arch at $releases/v$version"
  build
else
  want=$(published || true)
  if [ -z "$want" ]; then
    say "$asset has no published checksum (neither $asset.sha256 nor SHA256SUMS): not used"
    build
  else
    got=$(sha256 "$work/$asset")
    if [ "$got" != "$want" ]; then
      say "$asset: checksum mismatch (published $want, downloaded $got): not installed"
      exit 1
    fi
    mkdir "$work/x"
    case "$ext" in
      tar.gz) tar -xzf "$work/$asset" -C "$work/x" ;;
      zip)
        if command -v unzip >/dev/null 2>&1; then
          unzip -q "$work/$asset" -d "$work/x"
        else
          7z x -bd -y -o"$work/x" "$work/$asset" >/dev/null
        fi
        ;;
    esac
    found=$(find "$work/x" -type f -name "ropa$exe" | head -n 1)
    if [ -z "$found" ]; then
      say "$asset holds no ropa$exe"
      exit 1
    fi
    cp "$found" "$bin_dir/ropa$exe"
    chmod +x "$bin_dir/ropa$exe"
    how="$asset, checksum verified"
  fi
fi

ropa="$bin_dir/ropa$exe"
say "$("$ropa" --version) at $ropa ($how)"
if [ -n "${GITHUB_PATH:-}" ]; then
  echo "$bin_dir" >>"$GITHUB_PATH"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "ropa=$ropa"
    echo "version=$version"
  } >>"$GITHUB_OUTPUT"
fi
