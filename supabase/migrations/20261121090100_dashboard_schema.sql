-- Schema "dashboard": what the console adds beside the bot (docs/supabase.md).
create schema if not exists dashboard;
-- Never exposed through the Data API: the signing secret and lockout state live here.
create schema if not exists dashboard_private;

create table if not exists dashboard.users (
    id bigserial primary key,
    email text not null unique,
    -- bcrypt, as the customer's tooling writes it ($2b$…) or pgcrypto does ($2a$…)
    encrypted_password text not null,
    first_name text,
    last_name text,
    role text not null default 'admin',
    active boolean not null default true,
    tenant_id uuid references public.tenants_v2 (id),
    created_at timestamptz default now(),
    updated_at timestamptz default now()
);
-- The token's "sub": Supabase's auth.uid() casts it to uuid, so the numeric id cannot serve.
alter table dashboard.users add column if not exists auth_id uuid not null default gen_random_uuid();
create unique index if not exists users_auth_id on dashboard.users (auth_id);
create unique index if not exists users_email_lower on dashboard.users (lower(email));
create index if not exists users_tenant on dashboard.users (tenant_id);
alter table dashboard.users drop constraint if exists users_role_known;
alter table dashboard.users add constraint users_role_known
    check (role in ('super_admin', 'admin', 'manager', 'agent', 'sales'));

create table if not exists dashboard.metrics_dailies (
    id bigserial primary key,
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    day date not null,
    dialogs_started integer not null default 0,
    bookings integer not null default 0,
    conversion numeric not null default 0.0,
    avg_response_ms integer not null default 0,
    updated_at timestamptz not null default now(),
    unique (tenant_id, day)
);
create index if not exists metrics_dailies_tenant_updated
    on dashboard.metrics_dailies (tenant_id, updated_at);

create table if not exists dashboard.predictions (
    id bigserial primary key,
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    booking_id text not null,
    risk_score numeric not null check (risk_score between 0 and 1),
    risk_factors jsonb not null default '{}'::jsonb,
    predicted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (tenant_id, booking_id)
);
create index if not exists predictions_tenant_updated on dashboard.predictions (tenant_id, updated_at);

create table if not exists dashboard.winback_requests (
    id bigserial primary key,
    tenant_id uuid not null references public.tenants_v2 (id) on delete cascade,
    client_id uuid not null references public.clients_v2 (id) on delete cascade,
    requested_by bigint references dashboard.users (id) on delete set null,
    status text not null default 'pending'
        check (status in ('pending', 'sent', 'replied', 'booked', 'failed', 'cancelled')),
    note text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
-- One open request per client: asking twice is the same request.
create unique index if not exists winback_one_pending
    on dashboard.winback_requests (client_id) where status = 'pending';
create index if not exists winback_tenant_updated
    on dashboard.winback_requests (tenant_id, updated_at);

create table if not exists dashboard.login_attempts (
    id bigserial primary key,
    email text not null, -- lower-cased
    succeeded boolean not null,
    at timestamptz not null default now()
);
create index if not exists login_attempts_email_at on dashboard.login_attempts (email, at desc);

create table if not exists dashboard_private.login_locks (
    email text primary key, -- lower-cased
    locked_until timestamptz not null
);

create table if not exists dashboard.audit_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    tenant_id uuid,
    user_id bigint,
    action text not null,
    detail jsonb not null default '{}'::jsonb
);
create index if not exists audit_log_tenant_at on dashboard.audit_log (tenant_id, at desc);

-- Server configuration the console never sees. The JWT signing secret belongs in Vault
-- (secret "dashboard_jwt_secret"); this table is the fallback for databases without Vault.
create table if not exists dashboard_private.config (
    key text primary key,
    value text not null
);

do $$
declare t text;
begin
    foreach t in array array['metrics_dailies', 'predictions', 'winback_requests', 'users'] loop
        execute format('drop trigger if exists agentp_touch on dashboard.%I', t);
        execute format('create trigger agentp_touch before update on dashboard.%I'
                       ' for each row execute function public.agentp_touch_updated_at()', t);
    end loop;
end
$$;
