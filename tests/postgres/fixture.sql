-- Two salons with rows in every table, a third without dialogs, and their users. Times are UTC;
-- salon A keeps Moscow time (UTC+3), salon B Yekaterinburg (UTC+5), so 2026-11-20 local is
-- 2026-11-19 21:00Z–2026-11-20 21:00Z for A and 2026-11-19 19:00Z–2026-11-20 19:00Z for B.
insert into dashboard_private.config values ('jwt_secret', 'test-secret-0123456789-abcdefghijklmnop')
    on conflict (key) do update set value = excluded.value;

insert into public.tenants_v2 (id, name, timezone) values
    ('aaaaaaaa-0000-4000-8000-000000000001', 'Salon A', 'Europe/Moscow'),
    ('bbbbbbbb-0000-4000-8000-000000000002', 'Salon B', 'Asia/Yekaterinburg'),
    ('cccccccc-0000-4000-8000-000000000003', 'Salon C', 'Europe/Moscow');

insert into public.clients_v2 (id, tenant_id, full_name, phone) values
    ('a1000000-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 'Анна', '+79990000001'),
    ('a2000000-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001', 'Мария', '+79990000002'),
    ('b1000000-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002', 'Борис', '+79990000003');

insert into public.conversation_sessions_v2 (id, tenant_id, client_id, started_at, booking_id) values
    -- A, 2026-11-20 local: exactly midnight (in), midday (in), one second before the next
    -- midnight with an empty booking id (in, not booked); one second before (out); next day (out)
    ('5a100000-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001', '2026-11-19 21:00:00+00', 'bk-1'),
    ('5a200000-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000002', '2026-11-20 12:00:00+00', null),
    ('5a300000-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000001', null, '2026-11-20 20:59:59+00', ''),
    ('5a400000-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000001', null, '2026-11-19 20:59:59+00', 'bk-0'),
    ('5a500000-0000-4000-8000-000000000005', 'aaaaaaaa-0000-4000-8000-000000000001', null, '2026-11-20 21:00:00+00', 'bk-9'),
    -- B: local midnight (in), one minute before the next (in), the next midnight (out)
    ('5b100000-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000001', '2026-11-19 19:00:00+00', 'x'),
    ('5b200000-0000-4000-8000-000000000002', 'bbbbbbbb-0000-4000-8000-000000000002', null, '2026-11-20 18:59:00+00', 'y'),
    ('5b300000-0000-4000-8000-000000000003', 'bbbbbbbb-0000-4000-8000-000000000002', null, '2026-11-20 19:00:00+00', 'z');

-- Answer times in A: 2 s, then a user message followed by another (not counted) and 4 s, and
-- 1 s in the second dialog: mean 2333 ms. The out-of-day dialog's 60 s must not count.
insert into public.recent_history_v2 (session_id, role, message, created_at) values
    ('5a100000-0000-4000-8000-000000000001', 'user', 'Здравствуйте', '2026-11-19 21:10:00+00'),
    ('5a100000-0000-4000-8000-000000000001', 'assistant', 'Добрый вечер!', '2026-11-19 21:10:02+00'),
    ('5a100000-0000-4000-8000-000000000001', 'user', 'Хочу записаться', '2026-11-19 21:11:00+00'),
    ('5a100000-0000-4000-8000-000000000001', 'user', 'на стрижку', '2026-11-19 21:11:30+00'),
    ('5a100000-0000-4000-8000-000000000001', 'assistant', 'На когда?', '2026-11-19 21:11:34+00'),
    ('5a200000-0000-4000-8000-000000000002', 'user', 'Цена?', '2026-11-20 12:00:10+00'),
    ('5a200000-0000-4000-8000-000000000002', 'assistant', '1500 ₽', '2026-11-20 12:00:11+00'),
    ('5a400000-0000-4000-8000-000000000004', 'user', 'Алло', '2026-11-19 20:59:59+00'),
    ('5a400000-0000-4000-8000-000000000004', 'assistant', 'Да', '2026-11-19 21:00:59+00'),
    ('5b100000-0000-4000-8000-000000000001', 'user', 'Привет', '2026-11-19 19:00:05+00');

insert into public.wishlist_v2 (tenant_id, client_id, service, wanted_date) values
    ('aaaaaaaa-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001', 'Стрижка', '2026-11-25'),
    ('aaaaaaaa-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000002', 'Маникюр', '2026-11-26'),
    ('bbbbbbbb-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000001', 'Окрашивание', '2026-11-27');

insert into public.user_ltm_v2 (client_id, tenant_id, ltm_data) values
    ('a1000000-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', '{"likes":"tea"}'),
    ('b1000000-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002', '{}');

insert into dashboard.metrics_dailies (tenant_id, day, dialogs_started, bookings) values
    ('aaaaaaaa-0000-4000-8000-000000000001', '2026-11-01', 10, 2),
    ('bbbbbbbb-0000-4000-8000-000000000002', '2026-11-01', 7, 1);

insert into dashboard.predictions (tenant_id, booking_id, risk_score) values
    ('aaaaaaaa-0000-4000-8000-000000000001', 'bk-1', 0.2),
    ('bbbbbbbb-0000-4000-8000-000000000002', 'x', 0.7);

insert into dashboard.winback_requests (tenant_id, client_id) values
    ('aaaaaaaa-0000-4000-8000-000000000001', 'a2000000-0000-4000-8000-000000000002'),
    ('bbbbbbbb-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000001');

insert into dashboard.audit_log (tenant_id, action) values
    ('aaaaaaaa-0000-4000-8000-000000000001', 'fixture'),
    ('bbbbbbbb-0000-4000-8000-000000000002', 'fixture');

-- Passwords: admin A's hash is pyca/bcrypt's published $2b$ vector ("Kk4DQuMMfZL9o"), as the
-- customer's Python tooling writes; the inactive user has the second vector ("9IeRXmnGxMYbs").
insert into dashboard.users (email, encrypted_password, role, active, tenant_id, first_name) values
    ('super@agentp.test', extensions.crypt('super-secret-1', extensions.gen_salt('bf', 4)), 'super_admin', true, null, 'Super'),
    ('Admin.A@agentp.test', '$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm', 'admin', true, 'aaaaaaaa-0000-4000-8000-000000000001', 'Алла'),
    ('admin.b@agentp.test', extensions.crypt('b-password', extensions.gen_salt('bf', 4)), 'admin', true, 'bbbbbbbb-0000-4000-8000-000000000002', 'Борис'),
    ('gone.a@agentp.test', '$2b$04$pQ7gRO7e6wx/936oXhNjrOUNOHL1D0h1N2IDbJZYs.1ppzSof6SPy', 'admin', false, 'aaaaaaaa-0000-4000-8000-000000000001', 'Old'),
    ('agent.a@agentp.test', extensions.crypt('agent-pass', extensions.gen_salt('bf', 4)), 'agent', true, 'aaaaaaaa-0000-4000-8000-000000000001', 'Ася');
