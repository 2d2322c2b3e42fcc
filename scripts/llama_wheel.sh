#!/usr/bin/env bash
# Build llama-cpp-python (requirements-dev.txt) once per machine, for any x86-64 CPU with AVX2,
# and print the folder holding the wheel, for `pip install --find-links`.
#
# Why not pip's own build: it compiles llama.cpp with -march=native, and on a CPU with AMX
# (these machines have amx_int8) the server dies of a general protection fault in
# libggml-cpu.so on its first request, inside this VM; pip then caches that wheel and reuses it
# whatever CMAKE_ARGS say. The portable flags below are built once into a folder named after
# them, outside the checkout, so a fresh clone (CI) on the same machine reuses it (~8 minutes
# to build on 2 cores).
#
#     scripts/llama_wheel.sh .venv/bin/pip
set -euo pipefail

pip=$1
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^llama-cpp-python\[server\]==\([^ ]*\).*/\1/p' "$root/requirements-dev.txt")
flags="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF"
key=$(printf '%s %s' "$version" "$flags" | sha256sum | cut -c1-12)
dir="${SALON_WHEELS:-$HOME/.cache/salon-wheels}/llama-cpp-python-$version-$key"

if ! compgen -G "$dir/llama_cpp_python-$version-*.whl" > /dev/null; then
    echo "== Building llama-cpp-python $version for any AVX2 CPU (once per machine)" >&2
    rm -rf "$dir.tmp"
    CMAKE_ARGS="$flags" "$pip" wheel --quiet --disable-pip-version-check --no-cache-dir \
        --no-deps --wheel-dir "$dir.tmp" "llama-cpp-python==$version" >&2
    mv "$dir.tmp" "$dir"
fi
echo "$dir"
