#!/usr/bin/env bash
# The C test driver behind `make test-c`:
#  1. builds libkamervraag (crate kamervraag-ffi) and the `kamervraag` command (debug);
#  2. compiles the C tests and examples/c with -std=c11 -Wall -Wextra -Werror -pedantic, three times:
#     under AddressSanitizer + UndefinedBehaviorSanitizer, for valgrind (when installed), and linked
#     against the static library;
#  3. runs the tests in each build (valgrind: a quicker subset): walk (every accessor, borrowed and copied input, strict), lifetime
#     (KV_PARSE_COPY with the caller's buffer freed), errors (every error path), kvjson (the JSON of
#     kv_document_to_json must equal `kamervraag parse`, errors must carry the same kind and position),
#     and the example;
#  4. installs into a scratch prefix (`make install-c`) and builds the example with pkg-config.
# Prints `C tests: N passed, M failed` and fails when M > 0.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT" || exit 2
CARGO=${CARGO:-cargo}
CC=${CC:-cc}
TARGET=${CARGO_TARGET_DIR:-target}
case $TARGET in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac
LIBDIR=$TARGET/debug
OUT=$TARGET/c-tests
FIXTURES=bindings/c/tests/fixtures
CLI=$LIBDIR/kamervraag
CFLAGS=(-std=c11 -Wall -Wextra -Werror -pedantic -g -Ibindings/c/include -Ibindings/c/tests)
PROGRAMS=(walk lifetime errors kvjson)

echo "test-c: building libkamervraag and the kamervraag command"
"$CARGO" build -p kamervraag-ffi -p kamervraag-cli || exit 2
rm -rf "$OUT"
mkdir -p "$OUT"

passed=0
failed=0
# check NAME COMMAND...: runs one test, keeps its output in a log, shows the log when it fails.
check() {
    local name=$1 log
    shift
    log=$OUT/logs/$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_').log
    mkdir -p "$OUT/logs"
    if "$@" >"$log" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $name"
        sed 's/^/    /' "$log" | tail -40
    fi
}

# build MODE EXTRA_CFLAGS... -- LINK...: compiles every program of one mode into $OUT/MODE.
build() {
    local mode=$1 cflags=() link=()
    shift
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do cflags+=("$1"); shift; done
    shift
    link=("$@")
    mkdir -p "$OUT/$mode"
    for p in "${PROGRAMS[@]}"; do
        "$CC" "${CFLAGS[@]}" "${cflags[@]}" "bindings/c/tests/$p.c" -o "$OUT/$mode/$p" "${link[@]}" || return 1
    done
    "$CC" "${CFLAGS[@]}" "${cflags[@]}" examples/c/questions.c -o "$OUT/$mode/questions" "${link[@]}" || return 1
}

# compare_json RUNNER FIXTURE [--strict]: kvjson and the command-line tool agree on FIXTURE.
compare_json() {
    local runner=$1 file=$2 strict=${3:-} cli_rc c_rc
    local tag=$OUT/cmp.$$.$RANDOM
    "$CLI" parse $strict "$file" >"$tag.cli.out" 2>"$tag.cli.err"
    cli_rc=$?
    $runner kvjson "$file" $strict >"$tag.c.out" 2>"$tag.c.err"
    c_rc=$?
    if [ "$cli_rc" -eq 0 ] && [ "$c_rc" -eq 0 ]; then
        cmp -s "$tag.cli.out" "$tag.c.out" || { echo "JSON differs for $file:"; diff "$tag.cli.out" "$tag.c.out" | head -20; return 1; }
    elif [ "$cli_rc" -eq 1 ] && [ "$c_rc" -eq 1 ]; then
        # `FILE:LINE:COLUMN: error[KIND]: ...` from both; the tool has no position for invalid UTF-8.
        local cli_kind c_kind cli_pos c_pos
        cli_kind=$(grep -o 'error\[[a-z0-9-]*\]' "$tag.cli.err" | head -1)
        c_kind=$(grep -o 'error\[[a-z0-9-]*\]' "$tag.c.err" | head -1)
        [ -n "$cli_kind" ] && [ "$cli_kind" = "$c_kind" ] || { echo "error kinds differ: '$cli_kind' vs '$c_kind'"; cat "$tag.cli.err" "$tag.c.err"; return 1; }
        cli_pos=$(head -1 "$tag.cli.err" | grep -o ':[0-9]*:[0-9]*: error\[' | head -1)
        c_pos=$(head -1 "$tag.c.err" | grep -o ':[0-9]*:[0-9]*: error\[' | head -1)
        [ -z "$cli_pos" ] || [ "$cli_pos" = "$c_pos" ] || { echo "error positions differ: '$cli_pos' vs '$c_pos'"; return 1; }
    else
        echo "exit status differs for $file: kamervraag $cli_rc, kvjson $c_rc"
        cat "$tag.cli.err" "$tag.c.err"
        return 1
    fi
    rm -f "$tag".*
}

# questions_example RUNNER: the example prints every question and the count.
questions_example() {
    local runner=$1 out
    out=$($runner questions examples/tweedemonitor-2019Z16002.txt) || return 1
    echo "$out"
    echo "$out" | tail -1 | grep -Eq '^[0-9]+ question\(s\)$'
}

# run_suite MODE RUNNER [quick]: every test once, each program run through RUNNER (a command prefix).
# `quick` (valgrind, about 1.5 s a run) leaves out the strict walks and the JSON comparisons, which run
# the same library code as the other tests and are covered by the sanitizer and static runs.
run_suite() {
    local mode=$1 runner=$2 quick=${3:-} f start=$SECONDS before=$passed
    local docs=("$FIXTURES"/*.txt examples/tweedemonitor-2019Z16002.txt)
    for f in "${docs[@]}"; do
        check "$mode walk $f" $runner walk "$f"
        check "$mode walk copy $f" $runner walk "$f" copy
        if [ -z "$quick" ]; then
            check "$mode walk strict $f" $runner walk "$f" strict
            check "$mode kvjson $f" compare_json "$runner" "$f"
            check "$mode kvjson --strict $f" compare_json "$runner" "$f" --strict
        fi
        case $f in */recipe.txt) ;; *) check "$mode lifetime $f" $runner lifetime "$f" ;; esac
    done
    check "$mode errors" $runner errors "$FIXTURES"
    check "$mode example" questions_example "$runner"
    echo "test-c: $mode: $((passed - before)) passed in $((SECONDS - start)) s"
}

# The runner prefix resolves a program name to this mode's binary.
asan_run() { local p=$1; shift; "$OUT/asan/$p" "$@"; }
valgrind_run() {
    local p=$1; shift
    valgrind -q --leak-check=full --error-exitcode=1 "$OUT/valgrind/$p" "$@"
}
static_run() { local p=$1; shift; "$OUT/static/$p" "$@"; }

RPATH=(-L"$LIBDIR" -Wl,-rpath,"$LIBDIR" -lkamervraag_ffi)

echo "test-c: AddressSanitizer + UndefinedBehaviorSanitizer"
if build asan -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -- \
    -fsanitize=address,undefined "${RPATH[@]}"; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_suite asan asan_run
    unset ASAN_OPTIONS UBSAN_OPTIONS
else
    failed=$((failed + 1)); echo "FAIL: compiling the C tests (asan)"
fi

if command -v valgrind >/dev/null 2>&1; then
    echo "test-c: valgrind"
    if build valgrind -O0 -- "${RPATH[@]}"; then
        run_suite valgrind valgrind_run quick
    else
        failed=$((failed + 1)); echo "FAIL: compiling the C tests (valgrind)"
    fi
else
    echo "test-c: valgrind not installed, skipping the valgrind run"
fi

echo "test-c: static library"
if build static -O2 -- "$LIBDIR/libkamervraag_ffi.a" -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc; then
    run_suite static static_run
else
    failed=$((failed + 1)); echo "FAIL: linking the C tests against libkamervraag_ffi.a"
fi

# The header also serves C++ (extern "C" guards, no C-only constructs).
header_cxx() {
    printf '#include "kamervraag.h"\nint main() { kv_document *d = nullptr; kv_error e; kv_parse("x", 1, 0, &d, &e);\n kv_document_free(d); return 0; }\n' |
        "$CXX" -x c++ -std=c++17 -Wall -Wextra -Werror -pedantic -Ibindings/c/include - -o "$OUT/header-cxx" \
            -L"$LIBDIR" -Wl,-rpath,"$LIBDIR" -lkamervraag_ffi && "$OUT/header-cxx"
}
CXX=${CXX:-c++}
if command -v "$CXX" >/dev/null 2>&1; then
    check "header in C++" header_cxx
fi

echo "test-c: make install-c and pkg-config"
pkgconfig_install() {
    local prefix=$OUT/prefix
    make -s --no-print-directory install-c PREFIX="$prefix" KV_PROFILE=debug CARGO="$CARGO" || return 1
    for f in lib/libkamervraag.so lib/libkamervraag.a include/kamervraag.h lib/pkgconfig/kamervraag.pc; do
        [ -f "$prefix/$f" ] || { echo "missing $prefix/$f"; return 1; }
    done
    local flags
    flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs kamervraag) || return 1
    # shellcheck disable=SC2086
    "$CC" -std=c11 -Wall -Wextra -Werror -pedantic examples/c/questions.c -o "$OUT/questions-pc" $flags \
        -Wl,-rpath,"$prefix/lib" || return 1
    "$OUT/questions-pc" examples/tweedemonitor-2019Z16002.txt
}
if command -v pkg-config >/dev/null 2>&1; then
    check "pkg-config install" pkgconfig_install
else
    echo "test-c: pkg-config not installed, skipping the install check"
fi

echo "C tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
