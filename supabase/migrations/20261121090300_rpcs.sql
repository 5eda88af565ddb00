-- Remote procedures of the console (docs/supabase.md). All are SECURITY DEFINER with an empty
-- search_path, check the caller's claims themselves, and are granted explicitly.

-- JWT (HS256) minted in SQL with pgcrypto's hmac: pgjwt is deprecated on newer PostgreSQL.
create or replace function dashboard_private.b64url(data bytea) returns text
language sql immutable set search_path = '' as $$
    select rtrim(translate(encode(data, 'base64'), E'+/\n', '-_'), '=')
$$;

create or replace function dashboard_private.sign_hs256(claims jsonb, secret text) returns text
language sql immutable set search_path = '' as $$
    select part || '.' || dashboard_private.b64url(
               extensions.hmac(convert_to(part, 'utf8'), convert_to(secret, 'utf8'), 'sha256'))
    from (select dashboard_private.b64url(convert_to('{"alg":"HS256","typ":"JWT"}', 'utf8'))
                 || '.' || dashboard_private.b64url(convert_to(claims::text, 'utf8')) as part) t
$$;

-- The signing secret: Vault's "dashboard_jwt_secret" on Supabase (the project's JWT secret, so
-- PostgREST and Realtime accept the tokens), else dashboard_private.config 'jwt_secret'.
create or replace function dashboard_private.jwt_secret() returns text
language plpgsql stable security definer set search_path = '' as $$
declare
    secret text;
begin
    if to_regclass('vault.decrypted_secrets') is not null then
        execute 'select decrypted_secret from vault.decrypted_secrets where name = $1'
            into secret using 'dashboard_jwt_secret';
    end if;
    if secret is null then
        select value into secret from dashboard_private.config where key = 'jwt_secret';
    end if;
    if secret is null or length(secret) < 32 then
        raise exception using errcode = 'PT500',
            message = 'The server has no JWT signing secret (Vault secret dashboard_jwt_secret).';
    end if;
    return secret;
end
$$;

-- bcrypt check. pgcrypto knows the $2a$ prefix only; $2b$ (Python's bcrypt, the customer's
-- tooling) and $2y$ (PHP) are the same algorithm for passwords a person types.
create or replace function dashboard_private.bcrypt_matches(password text, hash text)
returns boolean language sql immutable set search_path = '' as $$
    select case when hash ~ '^\$2[aby]\$\d\d\$.{53}$'
                then extensions.crypt(password, '$2a$' || substr(hash, 5)) = '$2a$' || substr(hash, 5)
                else false end
$$;

-- How long a console session lasts: dashboard_private.config 'session_ttl_seconds' (clamped to
-- 5 minutes … 24 hours), else 8 hours, one shift. The console has no refresh token: when the
-- token runs out it asks for the password again (queued changes wait meanwhile).
create or replace function dashboard_private.session_ttl() returns integer
language sql stable set search_path = '' as $$
    select coalesce(
        (select least(greatest(c.value::integer, 300), 86400) from dashboard_private.config c
          where c.key = 'session_ttl_seconds' and c.value ~ '^[0-9]{1,9}$'),
        28800)
$$;

-- Log in with e-mail and password from dashboard.users. Failures are answered, not raised, so
-- that the attempt, the lock and the audit row are committed (an exception would roll them
-- back). Answer: {"ok":true,"access_token","token_type","expires_in","expires_at","user"} or
-- {"ok":false,"error":"invalid_credentials"|"inactive"|"locked","locked_until"?}.
create or replace function dashboard.login(p_email text, p_password text)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
    who text := lower(trim(coalesce(p_email, '')));
    u dashboard.users%rowtype;
    lock_until timestamptz;
    failures integer;
    issued bigint := extract(epoch from now())::bigint;
    ttl integer := dashboard_private.session_ttl();
    claims jsonb;
begin
    select l.locked_until into lock_until from dashboard_private.login_locks l
        where l.email = who and l.locked_until > now();
    if found then
        insert into dashboard.audit_log (action, detail)
            values ('login_locked', jsonb_build_object('email', who));
        return jsonb_build_object('ok', false, 'error', 'locked', 'locked_until', lock_until);
    end if;

    select * into u from dashboard.users where lower(email) = who;
    if not found or not dashboard_private.bcrypt_matches(coalesce(p_password, ''),
                                                          u.encrypted_password) then
        if not found then
            -- The same work for an unknown address, so the time taken tells nothing.
            perform extensions.crypt(coalesce(p_password, ''), extensions.gen_salt('bf', 8));
        end if;
        insert into dashboard.login_attempts (email, succeeded) values (who, false);
        select count(*) into failures from dashboard.login_attempts a
            where a.email = who and not a.succeeded and a.at > now() - interval '15 minutes'
              and a.at > coalesce((select max(s.at) from dashboard.login_attempts s
                                   where s.email = who and s.succeeded), '-infinity');
        insert into dashboard.audit_log (tenant_id, user_id, action, detail)
            values (u.tenant_id, u.id, 'login_failed',
                    jsonb_build_object('email', who, 'failures', failures));
        if failures >= 5 then
            lock_until := now() + interval '15 minutes';
            insert into dashboard_private.login_locks (email, locked_until) values (who, lock_until)
                on conflict (email) do update set locked_until = excluded.locked_until;
            return jsonb_build_object('ok', false, 'error', 'locked', 'locked_until', lock_until);
        end if;
        return jsonb_build_object('ok', false, 'error', 'invalid_credentials');
    end if;

    if not u.active then
        insert into dashboard.audit_log (tenant_id, user_id, action, detail)
            values (u.tenant_id, u.id, 'login_inactive', jsonb_build_object('email', who));
        return jsonb_build_object('ok', false, 'error', 'inactive');
    end if;

    insert into dashboard.login_attempts (email, succeeded) values (who, true);
    delete from dashboard_private.login_locks where email = who;
    claims := jsonb_build_object(
        'role', 'authenticated', 'aud', 'authenticated', 'sub', u.auth_id::text,
        'user_id', u.id, 'email', u.email, 'tenant_id', u.tenant_id, 'app_role', u.role,
        'iat', issued, 'exp', issued + ttl);
    insert into dashboard.audit_log (tenant_id, user_id, action, detail)
        values (u.tenant_id, u.id, 'login', jsonb_build_object('email', who));
    return jsonb_build_object(
        'ok', true,
        'access_token', dashboard_private.sign_hs256(claims, dashboard_private.jwt_secret()),
        'token_type', 'bearer', 'expires_in', ttl, 'expires_at', issued + ttl,
        'user', jsonb_build_object('id', u.id, 'auth_id', u.auth_id, 'email', u.email,
                                   'first_name', u.first_name, 'last_name', u.last_name,
                                   'role', u.role, 'tenant_id', u.tenant_id));
end
$$;

-- Tenant settings: merged on the server, only when the caller saw the current version. A
-- conflict returns the server's copy instead of overwriting it; a key set to null is removed.
create or replace function dashboard.patch_tenant_metadata(p_tenant uuid, p_patch jsonb,
                                                           p_expected_version integer)
returns jsonb language plpgsql volatile security definer set search_path = '' as $$
declare
    t public.tenants_v2%rowtype;
begin
    if not dashboard.may_access(p_tenant)
       or coalesce(dashboard.claim('app_role'), '') not in ('super_admin', 'admin') then
        raise exception using errcode = '42501', message = 'Not allowed to change this salon.';
    end if;
    if p_patch is null or jsonb_typeof(p_patch) <> 'object' then
        raise exception using errcode = '22023', message = 'The patch must be a JSON object.';
    end if;
    select * into t from public.tenants_v2 where id = p_tenant for update;
    if not found then
        raise exception using errcode = 'P0002', message = 'No such salon.';
    end if;
    if t.metadata_version <> p_expected_version then
        return jsonb_build_object('ok', false, 'conflict', true,
                                  'version', t.metadata_version, 'metadata', t.metadata);
    end if;
    update public.tenants_v2
        set metadata = (t.metadata || p_patch)
                       - coalesce(array(select key from jsonb_each(p_patch)
                                        where jsonb_typeof(value) = 'null'), '{}'::text[]),
            metadata_version = t.metadata_version + 1
        where id = p_tenant
        returning * into t;
    insert into dashboard.audit_log (tenant_id, user_id, action, detail)
        values (p_tenant, nullif(dashboard.claim('user_id'), '')::bigint, 'tenant_metadata_patch',
                jsonb_build_object('patch', p_patch, 'version', t.metadata_version));
    return jsonb_build_object('ok', true, 'version', t.metadata_version, 'metadata', t.metadata);
end
$$;

-- Daily metrics for one local day of each salon (default: yesterday in the salon's time zone),
-- as one set-based upsert; running it again rewrites the same rows. Dialogs started in the
-- day, those that ended in a booking, the conversion in percent, and the mean time from a
-- client's message to the bot's next answer. For a super admin (or the service role) all
-- salons or one; for anyone else their own salon only.
create or replace function dashboard.collect_daily_metrics(p_day date default null,
                                                           p_tenant uuid default null)
returns setof dashboard.metrics_dailies
language plpgsql volatile security definer set search_path = '' as $$
declare
    trusted boolean := dashboard.is_super_admin()
        or coalesce(auth.jwt() ->> 'role', '') = 'service_role'
        or (auth.jwt() is null
            and exists (select 1 from pg_roles where rolname = session_user and rolsuper));
begin
    if not trusted then
        if dashboard.claim_tenant() is null
           or (p_tenant is not null and p_tenant <> dashboard.claim_tenant()) then
            raise exception using errcode = '42501', message = 'Not allowed for this salon.';
        end if;
        p_tenant := dashboard.claim_tenant();
    end if;
    return query
    with salon as (
        select tn.id, tn.timezone,
               coalesce(p_day, (now() at time zone tn.timezone)::date - 1) as day
        from public.tenants_v2 tn
        where tn.active and (p_tenant is null or tn.id = p_tenant)
    ), day_sessions as (
        select salon.id as tenant_id, salon.day, s.id as session_id, s.booking_id
        from salon
        join public.conversation_sessions_v2 s
          on s.tenant_id = salon.id
         and s.started_at >= (salon.day::timestamp at time zone salon.timezone)
         and s.started_at < ((salon.day + 1)::timestamp at time zone salon.timezone)
    ), answers as (
        select d.tenant_id,
               extract(epoch from (h.next_at - h.created_at)) * 1000 as ms
        from day_sessions d
        join lateral (
            select m.role, m.created_at,
                   lead(m.role) over w as next_role, lead(m.created_at) over w as next_at
            from public.recent_history_v2 m where m.session_id = d.session_id
            window w as (order by m.created_at, m.id)) h on true
        where h.role = 'user' and h.next_role = 'assistant'
    ), totals as (
        select salon.id as tenant_id, salon.day,
               count(d.session_id)::integer as dialogs,
               count(nullif(d.booking_id, ''))::integer as booked,
               coalesce((select round(avg(a.ms))::integer from answers a
                         where a.tenant_id = salon.id), 0) as avg_ms
        from salon left join day_sessions d on d.tenant_id = salon.id
        group by salon.id, salon.day
    )
    insert into dashboard.metrics_dailies as m
        (tenant_id, day, dialogs_started, bookings, conversion, avg_response_ms)
    select totals.tenant_id, totals.day, totals.dialogs, totals.booked,
           case when totals.dialogs > 0 then round(totals.booked * 100.0 / totals.dialogs, 2)
                else 0 end,
           totals.avg_ms
    from totals
    on conflict (tenant_id, day) do update
        set dialogs_started = excluded.dialogs_started, bookings = excluded.bookings,
            conversion = excluded.conversion, avg_response_ms = excluded.avg_response_ms
    returning m.*;
end
$$;

-- Ask the bot to invite a client back. Asking again while a request is open returns it.
create or replace function dashboard.request_winback(p_client uuid, p_note text default null)
returns dashboard.winback_requests
language plpgsql volatile security definer set search_path = '' as $$
declare
    c public.clients_v2%rowtype;
    r dashboard.winback_requests%rowtype;
begin
    select * into c from public.clients_v2 where id = p_client;
    if not found or not dashboard.may_access(c.tenant_id) then
        raise exception using errcode = '42501', message = 'No such client in your salon.';
    end if;
    insert into dashboard.winback_requests (tenant_id, client_id, requested_by, note)
        values (c.tenant_id, c.id, nullif(dashboard.claim('user_id'), '')::bigint, p_note)
        on conflict (client_id) where status = 'pending'
        do update set note = coalesce(excluded.note, dashboard.winback_requests.note)
        returning * into r;
    insert into dashboard.audit_log (tenant_id, user_id, action, detail)
        values (c.tenant_id, r.requested_by, 'winback_request',
                jsonb_build_object('client_id', c.id, 'request_id', r.id));
    return r;
end
$$;

revoke all on function dashboard.login(text, text), dashboard.patch_tenant_metadata(uuid, jsonb, integer),
    dashboard.collect_daily_metrics(date, uuid), dashboard.request_winback(uuid, text)
    from public;
revoke all on all functions in schema dashboard_private from public;
grant execute on function dashboard.login(text, text) to anon, authenticated;
grant execute on function dashboard.patch_tenant_metadata(uuid, jsonb, integer),
    dashboard.collect_daily_metrics(date, uuid), dashboard.request_winback(uuid, text)
    to authenticated;
