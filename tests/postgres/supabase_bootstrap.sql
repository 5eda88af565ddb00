-- What a Supabase project already has and the migrations rely on, for a plain PostgreSQL 15:
-- the API roles, the "extensions" schema with pgcrypto, and auth.jwt()/auth.uid()/auth.role()
-- reading request.jwt.claims exactly as Supabase defines them (PostgREST sets that setting from
-- the verified token, per request). Tests only; never part of supabase/migrations.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'anon') then
        create role anon nologin noinherit;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticated') then
        create role authenticated nologin noinherit;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'service_role') then
        create role service_role nologin noinherit bypassrls;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'authenticator') then
        create role authenticator login noinherit;
    end if;
end
$$;
grant anon, authenticated, service_role to authenticator;

create schema if not exists extensions;
create extension if not exists pgcrypto with schema extensions;
create schema if not exists auth;

create or replace function auth.jwt() returns jsonb language sql stable as $$
    select coalesce(nullif(current_setting('request.jwt.claim', true), ''),
                    nullif(current_setting('request.jwt.claims', true), ''))::jsonb
$$;
create or replace function auth.uid() returns uuid language sql stable as $$
    select nullif(coalesce(current_setting('request.jwt.claim.sub', true),
                           auth.jwt() ->> 'sub'), '')::uuid
$$;
create or replace function auth.role() returns text language sql stable as $$
    select nullif(coalesce(current_setting('request.jwt.claim.role', true),
                           auth.jwt() ->> 'role'), '')::text
$$;
grant usage on schema auth, extensions to anon, authenticated, service_role;
