-- Row-level security on every table the console touches (docs/supabase.md): a token sees and
-- changes only rows of the tenant in its "tenant_id" claim; an "app_role" of super_admin sees
-- every tenant. Claims come from the console's own login RPC (top level) or from GoTrue
-- (app_metadata, server-writable only). Anything not granted here is denied.

create or replace function dashboard.claim(name text) returns text
language sql stable set search_path = '' as $$
    select coalesce(auth.jwt() ->> name, auth.jwt() -> 'app_metadata' ->> name)
$$;

create or replace function dashboard.claim_uuid(name text) returns uuid
language plpgsql stable set search_path = '' as $$
begin
    return nullif(dashboard.claim(name), '')::uuid;
exception when invalid_text_representation then
    return null; -- a malformed claim sees nothing rather than failing every query
end
$$;

create or replace function dashboard.claim_tenant() returns uuid
language sql stable set search_path = '' as $$
    select dashboard.claim_uuid('tenant_id')
$$;

create or replace function dashboard.is_super_admin() returns boolean
language sql stable set search_path = '' as $$
    select coalesce(dashboard.claim('app_role') = 'super_admin', false)
$$;

create or replace function dashboard.may_access(tenant uuid) returns boolean
language sql stable set search_path = '' as $$
    select tenant is not null
       and (dashboard.is_super_admin() or tenant = dashboard.claim_tenant())
$$;

grant usage on schema dashboard to anon, authenticated;
revoke all on schema dashboard_private from public, anon, authenticated;
grant execute on function dashboard.claim(text), dashboard.claim_uuid(text), dashboard.claim_tenant(),
    dashboard.is_super_admin(), dashboard.may_access(uuid) to anon, authenticated;

-- (table, tenant column or expression, select, insert columns, update columns)
do $$
declare
    r record;
begin
    for r in select * from (values
        ('public', 'tenants_v2', 'id', null, null),
        ('public', 'clients_v2', 'tenant_id', null, null),
        ('public', 'conversation_sessions_v2', 'tenant_id', null, null),
        ('public', 'recent_history_v2', null, null, null),
        ('public', 'wishlist_v2', 'tenant_id', null, 'status, processed_at'),
        ('public', 'user_ltm_v2', 'tenant_id', null, null),
        ('dashboard', 'metrics_dailies', 'tenant_id', null, null),
        ('dashboard', 'predictions', 'tenant_id',
            'tenant_id, booking_id, risk_score, risk_factors, predicted_at',
            'risk_score, risk_factors, predicted_at'),
        ('dashboard', 'winback_requests', 'tenant_id', null, null),
        ('dashboard', 'audit_log', 'tenant_id', null, null),
        ('dashboard', 'login_attempts', null, null, null),
        ('dashboard', 'users', null, null, null)
    ) as v(schema_name, table_name, tenant_column, insert_columns, update_columns) loop
        execute format('alter table %I.%I enable row level security', r.schema_name, r.table_name);
        execute format('revoke all on %I.%I from public, anon, authenticated',
                       r.schema_name, r.table_name);
        execute format('drop policy if exists tenant_read on %I.%I', r.schema_name, r.table_name);
        execute format('drop policy if exists tenant_insert on %I.%I', r.schema_name, r.table_name);
        execute format('drop policy if exists tenant_update on %I.%I', r.schema_name, r.table_name);
        if r.tenant_column is not null then
            execute format('grant select on %I.%I to authenticated', r.schema_name, r.table_name);
            execute format('create policy tenant_read on %I.%I for select to authenticated'
                           ' using (dashboard.may_access(%I))',
                           r.schema_name, r.table_name, r.tenant_column);
        end if;
        if r.insert_columns is not null then
            execute format('grant insert (%s) on %I.%I to authenticated',
                           r.insert_columns, r.schema_name, r.table_name);
            execute format('create policy tenant_insert on %I.%I for insert to authenticated'
                           ' with check (dashboard.may_access(%I))',
                           r.schema_name, r.table_name, r.tenant_column);
        end if;
        if r.update_columns is not null then
            execute format('grant update (%s) on %I.%I to authenticated',
                           r.update_columns, r.schema_name, r.table_name);
            execute format('create policy tenant_update on %I.%I for update to authenticated'
                           ' using (dashboard.may_access(%I)) with check (dashboard.may_access(%I))',
                           r.schema_name, r.table_name, r.tenant_column, r.tenant_column);
        end if;
    end loop;
end
$$;

-- A session's messages belong to the session's tenant.
grant select on public.recent_history_v2 to authenticated;
create policy tenant_read on public.recent_history_v2 for select to authenticated
    using (exists (select 1 from public.conversation_sessions_v2 s
                   where s.id = session_id and dashboard.may_access(s.tenant_id)));

-- Users: one's own profile, a tenant's admins see their colleagues, a super admin everyone.
-- The password hash is never readable (column grants leave it out).
grant select (id, auth_id, email, first_name, last_name, role, active, tenant_id, created_at,
              updated_at) on dashboard.users to authenticated;
create policy tenant_read on dashboard.users for select to authenticated
    using (auth_id = dashboard.claim_uuid('sub')
           or dashboard.is_super_admin()
           or (dashboard.claim('app_role') = 'admin' and dashboard.may_access(tenant_id)));

-- The sequences behind the insertable tables.
grant usage on sequence dashboard.predictions_id_seq to authenticated;

-- Live waitlist changes (Realtime applies the same SELECT policy per subscriber). The
-- publication exists on Supabase; a plain PostgreSQL has none, and then nothing is to do.
do $$
begin
    if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
       and not exists (select 1 from pg_publication_tables where pubname = 'supabase_realtime'
                       and schemaname = 'public' and tablename = 'wishlist_v2') then
        alter publication supabase_realtime add table public.wishlist_v2;
    end if;
end
$$;
