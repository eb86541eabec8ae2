#!/bin/sh
# Installed by `ropa init --hooks`.
#
# Checks the register as it is about to be committed - what `git add` has
# staged, not the files on disk - with `ropa validate` and `ropa fmt --check`,
# and stops the commit when either finds a problem. `git commit --no-verify`
# skips the check once; the CI check still runs on push.

ropa=@ROPA@
register=@REGISTER@

wanted=$ropa
case $ropa in
/*) [ -f "$ropa" ] && [ -x "$ropa" ] || ropa=ropa ;;
esac
if ! command -v "$ropa" >/dev/null 2>&1; then
    echo "pre-commit: cannot check the register: ropa is not installed (not at $wanted, not on PATH)." >&2
    echo "pre-commit: install it, or commit with --no-verify to skip the check." >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ropa-pre-commit.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# The staged files, as they will be committed.
git checkout-index --all --prefix="$tmp/files/" || exit 1
if [ ! -d "$tmp/files/$register" ]; then
    echo "pre-commit: the register folder \`$register\` is not part of this commit." >&2
    exit 1
fi
cd "$tmp/files" || exit 1

# ropa names the register it checked on a line of its own: here that is
# the temporary copy, which would only confuse, so the line is left out.
if ! "$ropa" validate "$register" >"$tmp/out" 2>&1; then
    sed '/^register: /d' "$tmp/out" >&2
    echo "pre-commit: the register has errors; commit stopped (nothing was committed)." >&2
    exit 1
fi
if ! "$ropa" fmt --check "$register" >"$tmp/out" 2>&1; then
    sed '/^register: /d' "$tmp/out" >&2
    echo "pre-commit: these files are not in ropa's layout; run \`ropa fmt $register\`, \`git add\` them and commit again." >&2
    exit 1
fi
exit 0
