#!/usr/bin/env bash
# The notebook suite on a clean machine: installs Jupyter (Debian's packages) and the tslab
# TypeScript kernel if they are missing, then runs `npm run test:notebook`, which builds and
# packs paybands and executes examples/notebooks/analyst.ipynb with `jupyter nbconvert --execute`.
# Run as root (CI is); expects `npm ci` to have run (tslab is a dev dependency).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v jupyter >/dev/null || ! jupyter nbconvert --version >/dev/null 2>&1 \
  || ! /usr/bin/python3 -c "import ipykernel" >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends \
    jupyter-nbconvert jupyter-client python3-ipykernel jupyter-core
fi

if ! jupyter kernelspec list --json | grep -q '"tslab"'; then
  # Debian's python, not whatever python3 is first on PATH.
  npx --no-install tslab install --python=/usr/bin/python3
fi

npm run test:notebook
