#!/usr/bin/env bash
# Start a real PostgreSQL server on 127.0.0.1 for the storage tests and print its SQLAlchemy URL.
# Installs Debian's postgresql if absent; idempotent, so a developer can run it too.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version *main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='eventwire'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE eventwire LOGIN SUPERUSER PASSWORD 'eventwire'\"" >&2
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname='eventwire_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O eventwire eventwire_test" >&2
echo "postgresql+psycopg://eventwire:eventwire@127.0.0.1:5432/eventwire_test"
