-- The Agent P bot's tables as the console reads them (docs/supabase.md).
-- On the customer's project the bot created them long ago: here they are created only when
-- absent, and the columns the console relies on are added only when missing, so this file is
-- safe on a fresh database and on the live one, and may run again.
create extension if not exists pgcrypto with schema extensions;

create table if not exists public.tenants_v2 (
    id uuid primary key default gen_random_uuid(),
    name text not null default '',
    created_at timestamptz not null default now()
);
alter table public.tenants_v2 add column if not exists timezone text not null default 'Europe/Moscow';
alter table public.tenants_v2 add column if not exists metadata jsonb not null default '{}'::jsonb;
alter table public.tenants_v2 add column if not exists metadata_version integer not null default 0;
alter table public.tenants_v2 add column if not exists active boolean not null default true;
alter table public.tenants_v2 add column if not exists updated_at timestamptz not null default now();

create table if not exists public.clients_v2 (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    full_name text not null default '',
    phone text,
    created_at timestamptz not null default now()
);
alter table public.clients_v2 add column if not exists updated_at timestamptz not null default now();

create table if not exists public.conversation_sessions_v2 (
    id uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    client_id uuid references public.clients_v2 (id) on delete set null,
    started_at timestamptz not null default now(),
    ended_at timestamptz,
    status text not null default 'active',
    intent text,
    service text,
    slot_at timestamptz,
    booking_id text,
    channel text
);
alter table public.conversation_sessions_v2
    add column if not exists updated_at timestamptz not null default now();

create table if not exists public.recent_history_v2 (
    id bigserial primary key,
    session_id uuid not null references public.conversation_sessions_v2 (id) on delete cascade,
    role text not null,
    message text not null default '',
    created_at timestamptz not null default now()
);

create table if not exists public.wishlist_v2 (
    id bigserial primary key,
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    client_id uuid references public.clients_v2 (id) on delete set null,
    service text not null default '',
    master text,
    wanted_date date,
    window_from time,
    window_to time,
    created_at timestamptz not null default now()
);
alter table public.wishlist_v2 add column if not exists status text not null default 'pending';
alter table public.wishlist_v2 add column if not exists processed_at timestamptz;
alter table public.wishlist_v2 add column if not exists updated_at timestamptz not null default now();

create table if not exists public.user_ltm_v2 (
    client_id uuid primary key references public.clients_v2 (id) on delete cascade,
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    ltm_data jsonb not null default '{}'::jsonb,
    preferred_staff_id text
);
alter table public.user_ltm_v2 add column if not exists last_visit_date timestamptz;
alter table public.user_ltm_v2 add column if not exists avg_visit_interval integer;
alter table public.user_ltm_v2 add column if not exists churn_risk_score numeric not null default 0.0;
alter table public.user_ltm_v2 add column if not exists updated_at timestamptz not null default now();

-- One index per query the console makes: incremental pulls by (tenant, updated_at), sessions
-- and metrics by (tenant, started_at), a session's messages in order, the waitlist by status.
create index if not exists clients_v2_tenant_updated on public.clients_v2 (tenant_id, updated_at);
create index if not exists sessions_v2_tenant_started
    on public.conversation_sessions_v2 (tenant_id, started_at);
create index if not exists sessions_v2_tenant_updated
    on public.conversation_sessions_v2 (tenant_id, updated_at);
create index if not exists history_v2_session_created
    on public.recent_history_v2 (session_id, created_at, id);
create index if not exists wishlist_v2_tenant_status
    on public.wishlist_v2 (tenant_id, status, updated_at);
create index if not exists wishlist_v2_tenant_updated on public.wishlist_v2 (tenant_id, updated_at);
create index if not exists ltm_v2_tenant_updated on public.user_ltm_v2 (tenant_id, updated_at);

-- updated_at is the console's watermark: every change moves it, whoever writes.
create or replace function public.agentp_touch_updated_at() returns trigger
language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

do $$
declare t text;
begin
    foreach t in array array['tenants_v2', 'clients_v2', 'conversation_sessions_v2',
                             'wishlist_v2', 'user_ltm_v2'] loop
        execute format('drop trigger if exists agentp_touch on public.%I', t);
        execute format('create trigger agentp_touch before update on public.%I'
                       ' for each row execute function public.agentp_touch_updated_at()', t);
    end loop;
end
$$;
