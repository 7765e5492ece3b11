#!/usr/bin/env bash
# Installs what is missing, builds CountyPlan (Release, Ninja) and opens it.
# Extra arguments go to the program: ./run.sh --db my.countyplan --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
countyplan_install_dependencies
countyplan_build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
    echo "No display found: starting CountyPlan under xvfb-run (the window is invisible)." >&2
    exec xvfb-run -a build/app/countyplan "$@"
fi
exec build/app/countyplan "$@"
