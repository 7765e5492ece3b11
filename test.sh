#!/usr/bin/env bash
# Installs what is missing, builds CountyPlan (Release, Ninja) and runs every test.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
countyplan_install_dependencies
countyplan_build
ctest --preset release --parallel "$(nproc)"
