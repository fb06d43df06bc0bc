#!/usr/bin/env bash
# manage.py with the production environment (/etc/portal/portal.env, or PORTAL_ENV), from the project folder:
#   deploy/manage.sh publish_scheduled        (cron lines of deploy/crontab, or by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
set -a
# shellcheck disable=SC1090
. "${PORTAL_ENV:-/etc/portal/portal.env}"
set +a
exec .venv/bin/python manage.py "$@"
