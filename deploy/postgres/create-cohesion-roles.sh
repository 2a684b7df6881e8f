#!/bin/sh
# Run once by the postgres image when it creates its data folder (docker-entrypoint-initdb.d), as its superuser: the
# two logins Cohesion uses and the role its migrations grant to (docs/database-roles.md).
#   cohesion_owner  owns the database and every table; migrations and the command line (DATABASE_OWNER_URL)
#   cohesion_api    the API serves through it (DATABASE_URL): a member of cohesion_app, owns nothing
#   cohesion_app    NOLOGIN; holds the API's grants; row-level security and the append-only triggers bind it
# The first migrations grant cohesion_app to whoever runs them, which PostgreSQL 16 and later allow a non-superuser
# only for a role it holds already: the owner is made a member here.
set -eu
: "${COHESION_OWNER_PASSWORD:?set COHESION_OWNER_PASSWORD}"
: "${COHESION_API_PASSWORD:?set COHESION_API_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$COHESION_OWNER_PASSWORD" -v api_password="$COHESION_API_PASSWORD" -v database="$POSTGRES_DB" <<'SQL'
CREATE ROLE cohesion_app NOLOGIN;
CREATE ROLE cohesion_owner LOGIN PASSWORD :'owner_password' IN ROLE cohesion_app;
CREATE ROLE cohesion_api LOGIN PASSWORD :'api_password' IN ROLE cohesion_app;
ALTER DATABASE :"database" OWNER TO cohesion_owner;
SQL
