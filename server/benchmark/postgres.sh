#!/bin/sh
# The benchmark's PostgreSQL, for the Axon JdbcEventStorageEngine peer: a cluster of its own in a folder of its
# own, on loopback, durable per commit (fsync and synchronous_commit on, PostgreSQL's defaults).
#   postgres.sh start <folder> <port>   install Debian's postgresql if it is missing (as root), initdb, start
#   postgres.sh stop <folder>
# Exit status 3: PostgreSQL is not here and cannot be installed (not root, or no apt-get) — the benchmark then
# skips the peer with a line saying so.
set -eu
command=$1
folder=$2

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(server_bin)
if [ -z "$bin" ]; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "PostgreSQL is not installed, and installing it needs root and apt-get" >&2
        exit 3
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; } || {
        echo "apt-get could not install postgresql" >&2
        exit 3
    }
    bin=$(server_bin)
fi

# initdb and the server refuse to run as root: as root they run as the package's postgres user
as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "$command" in
start)
    port=$3
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "'$bin/pg_ctl' -D '$folder/data' -m immediate stop" >&2 || true
    fi
    rm -rf "$folder"
    mkdir -p "$folder"
    if [ "$(id -u)" = 0 ]; then chown postgres "$folder"; fi
    as_owner "'$bin/initdb' -D '$folder/data' -U bench -A trust -E UTF8 --no-locale" >"$folder/initdb.log" 2>&1
    as_owner "'$bin/pg_ctl' -D '$folder/data' -l '$folder/server.log' -w -t 120 \
        -o \"-p $port -k '$folder' -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=50\" start" >&2
    as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U bench bench"
    as_owner "'$bin/postgres' --version"
    ;;
stop)
    as_owner "'$bin/pg_ctl' -D '$folder/data' -m fast stop" >&2
    ;;
*)
    echo "usage: postgres.sh start <folder> <port> | stop <folder>" >&2
    exit 2
    ;;
esac
