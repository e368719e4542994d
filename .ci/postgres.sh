#!/usr/bin/env bash
# Installs and starts a local PostgreSQL (Debian's package) with an empty database for the
# persistence tests, and exports the variables that switch them on. Source it before the
# build, e.g. in .ci/run:
#
#   source .ci/postgres.sh
#   ./mvnw verify
#
# Without these variables the PostgreSQL tests are skipped and everything runs on H2.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "${pg_version} main"; then
  pg_createcluster "${pg_version}" main >/dev/null
fi
if ! pg_lsclusters --no-header | awk '$1=="'"${pg_version}"'" && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "${pg_version}" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done

# A fresh database on every run: the tests expect only what they create themselves.
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS stepwise_test;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stepwise') THEN
    CREATE ROLE stepwise LOGIN PASSWORD 'stepwise';
  END IF;
END $$;
CREATE DATABASE stepwise_test OWNER stepwise;
SQL

export STEPWISE_TEST_POSTGRES_URL="jdbc:postgresql://localhost:5432/stepwise_test"
export STEPWISE_TEST_POSTGRES_USER="stepwise"
export STEPWISE_TEST_POSTGRES_PASSWORD="stepwise"
echo "PostgreSQL ${pg_version} ready: ${STEPWISE_TEST_POSTGRES_URL}"
