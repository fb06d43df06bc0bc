#!/usr/bin/env bash
# Build the pristine old-layout databases that layout_check.py roundtrip migrates with the current code.
#
#   tests/migration/build_old_layout.sh            # from the project root
#
# With the code of OLD_COMMIT (a git worktree at WORKTREE), in OLD_LAYOUT_DIR:
#   old.sqlite3 + old.pristine.sqlite3   SQLite: migrate, seed_demo --members 20, old_layout_extras.py
#   old.pgdump                           pg_dump -Fc of PG_DB, built the same way (skipped if PostgreSQL is down)
# Existing databases are kept unless FORCE=1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-$PROJECT/.venv/bin/python}"
OLD_COMMIT="${OLD_COMMIT:-10c9656}"
WORKTREE="${WORKTREE:-/work/wt-old}"
OLD_LAYOUT_DIR="${OLD_LAYOUT_DIR:-/tmp/oldlayout}"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_USER="${PG_USER:-postgres}"
PG_DB="${PG_DB:-portal_oldlayout}"
MEMBERS="${MEMBERS:-20}"
FORCE="${FORCE:-0}"

if [ ! -e "$WORKTREE/manage.py" ]; then
    git -C "$PROJECT" worktree add --detach "$WORKTREE" "$OLD_COMMIT"
fi
mkdir -p "$OLD_LAYOUT_DIR"
cd "$WORKTREE"
"$PYTHON" "$PROJECT/tools/compile_messages.py" "$WORKTREE/locale"  # no GNU gettext needed
unset REDIS_URL SEARCH_URL
export DJANGO_SETTINGS_MODULE=portal.settings.dev

build() {  # build DATABASE_URL MEDIA_ROOT
    DATABASE_URL="$1" MEDIA_ROOT="$2" "$PYTHON" manage.py migrate --noinput --verbosity 0
    DATABASE_URL="$1" MEDIA_ROOT="$2" "$PYTHON" manage.py seed_demo --members "$MEMBERS" --no-progress
    DATABASE_URL="$1" MEDIA_ROOT="$2" "$PYTHON" manage.py shell --verbosity 0 \
        -c "exec(open('$HERE/old_layout_extras.py').read())"
}

if [ "$FORCE" = 1 ] || [ ! -e "$OLD_LAYOUT_DIR/old.pristine.sqlite3" ]; then
    rm -f "$OLD_LAYOUT_DIR/old.sqlite3"
    build "sqlite:///$OLD_LAYOUT_DIR/old.sqlite3" "$OLD_LAYOUT_DIR/media"
    cp "$OLD_LAYOUT_DIR/old.sqlite3" "$OLD_LAYOUT_DIR/old.pristine.sqlite3"
else
    echo "Kept $OLD_LAYOUT_DIR/old.pristine.sqlite3"
fi

PG=(-h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
if ! pg_isready -q "${PG[@]}"; then
    echo "PostgreSQL at $PG_HOST:$PG_PORT does not answer: no old.pgdump"
elif [ "$FORCE" = 1 ] || [ ! -e "$OLD_LAYOUT_DIR/old.pgdump" ]; then
    dropdb "${PG[@]}" --if-exists "$PG_DB"
    createdb "${PG[@]}" "$PG_DB"
    build "postgres://$PG_USER@$PG_HOST:$PG_PORT/$PG_DB" "$OLD_LAYOUT_DIR/media-pg"
    pg_dump "${PG[@]}" -Fc "$PG_DB" > "$OLD_LAYOUT_DIR/old.pgdump"
else
    echo "Kept $OLD_LAYOUT_DIR/old.pgdump"
fi
ls -l "$OLD_LAYOUT_DIR"
