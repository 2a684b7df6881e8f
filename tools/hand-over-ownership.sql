-- Hands a Cohesion database, and every table, sequence, view and function of its schema public, to the owner login
-- that migrates it (docs/database-roles.md). Run it as a superuser, connected to that database, once per database:
--
--   psql "postgres://postgres@db-host:5432/cohesion" -v ON_ERROR_STOP=1 -v owner=cohesion_owner -f tools/hand-over-ownership.sql
--
-- It changes owners only: no data, grant or policy. Running it again changes nothing.
SELECT set_config('cohesion.new_owner', :'owner', false);

DO $$
DECLARE
  new_owner name := current_setting('cohesion.new_owner');
  statement text;
BEGIN
  EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), new_owner);
  -- Since PostgreSQL 15 schema public belongs to whoever owns the database; before, to the bootstrap superuser.
  IF (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public') <> 'pg_database_owner' THEN
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', new_owner);
  END IF;
  FOR statement IN
    SELECT format('ALTER %s %s OWNER TO %I',
                  CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                  c.oid::regclass, new_owner)
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND c.relowner <> new_owner::regrole
       -- A sequence behind an identity or serial column follows its table.
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, new_owner)
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> new_owner::regrole
       -- An extension's functions stay with the extension.
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
END $$;
