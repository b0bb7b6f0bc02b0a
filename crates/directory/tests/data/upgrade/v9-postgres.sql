--
-- PostgreSQL database dump
--

\restrict fSWL7BHV04m36rBgXCQ4KCjhrcjIx9gnxF0WNfSTSGEEfKtNJ8gSvj01AL30VqH

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: users_count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.users_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
    UPDATE user_counts SET n = n - 1 WHERE org_id = OLD.org_id AND state = OLD.state AND drift = OLD.drift;
  END IF;
  IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN
    INSERT INTO user_counts (org_id, state, drift, n) VALUES (NEW.org_id, NEW.state, NEW.drift, 1)
      ON CONFLICT (org_id, state, drift) DO UPDATE SET n = user_counts.n + 1;
  END IF;
  RETURN NULL;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_queue (
    org_id text NOT NULL,
    user_id text NOT NULL
);


--
-- Name: admins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.admins (
    id text NOT NULL,
    org_id text,
    email text NOT NULL,
    kind text NOT NULL,
    created_at text NOT NULL,
    display_name text,
    role text DEFAULT 'admin'::text NOT NULL,
    service_account bigint DEFAULT 0 NOT NULL,
    enabled bigint DEFAULT 1 NOT NULL,
    password_hash text,
    totp_nonce text,
    totp_secret text,
    totp_last_step bigint DEFAULT 0 NOT NULL
);


--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_keys (
    admin_id text NOT NULL,
    prefix text NOT NULL,
    hash text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    seq bigint NOT NULL,
    org_id text NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    target text,
    outcome text NOT NULL,
    detail text NOT NULL,
    request_id text
);


--
-- Name: audit_log_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_seq_seq OWNED BY public.audit_log.seq;


--
-- Name: bindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bindings (
    user_id text NOT NULL,
    device_id text NOT NULL,
    org_id text NOT NULL,
    completed_version bigint NOT NULL,
    locked bigint NOT NULL,
    created_at text NOT NULL,
    agent_state text,
    agent_detail text,
    agent_version bigint,
    agent_at text,
    direct bigint DEFAULT 1 NOT NULL
);


--
-- Name: counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counters (
    name text NOT NULL,
    value bigint NOT NULL
);


--
-- Name: deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deliveries (
    user_id text NOT NULL,
    device_id text NOT NULL,
    version bigint NOT NULL,
    platform text NOT NULL,
    state text NOT NULL,
    cm_cleared bigint NOT NULL,
    change_seq bigint NOT NULL,
    updated_at text NOT NULL,
    created_at text
);


--
-- Name: device_commands; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_commands (
    seq bigint NOT NULL,
    device_id text NOT NULL,
    user_id text NOT NULL,
    command text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: device_group_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_group_members (
    device_group_id text NOT NULL,
    device_id text NOT NULL
);


--
-- Name: device_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_groups (
    id text NOT NULL,
    org_id text NOT NULL,
    name text NOT NULL,
    name_lower text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.devices (
    id text NOT NULL,
    org_id text NOT NULL,
    name text NOT NULL,
    platform text NOT NULL,
    secret_prefix text NOT NULL,
    secret_hash text NOT NULL,
    created_at text NOT NULL,
    last_seen_at text,
    applied_seq bigint DEFAULT 0 NOT NULL,
    agent text
);


--
-- Name: enrolment_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.enrolment_tokens (
    prefix text NOT NULL,
    hash text NOT NULL,
    org_id text NOT NULL,
    created_by text NOT NULL,
    created_at text NOT NULL,
    expires_at text NOT NULL,
    used_at text,
    device_id text
);


--
-- Name: group_bindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_bindings (
    id text NOT NULL,
    org_id text NOT NULL,
    group_id text NOT NULL,
    device_group_id text,
    device_id text,
    admin bigint NOT NULL,
    admin_until bigint,
    created_at text NOT NULL
);


--
-- Name: group_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_members (
    group_id text NOT NULL,
    member_id text NOT NULL
);


--
-- Name: groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.groups (
    seq bigint NOT NULL,
    id text NOT NULL,
    org_id text NOT NULL,
    display_name text NOT NULL,
    external_id text,
    resource text NOT NULL,
    version bigint NOT NULL,
    created_at text NOT NULL,
    modified_at text NOT NULL,
    gid bigint,
    unix_name text,
    unix_name_lower text,
    membership_seq bigint DEFAULT 0 NOT NULL
);


--
-- Name: groups_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.groups_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: groups_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.groups_seq_seq OWNED BY public.groups.seq;


--
-- Name: materials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.materials (
    user_id text NOT NULL,
    version bigint NOT NULL,
    platform text NOT NULL,
    nonce text NOT NULL,
    ciphertext text NOT NULL
);


--
-- Name: orgs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orgs (
    id text NOT NULL,
    name text NOT NULL,
    settings text NOT NULL,
    created_at text NOT NULL,
    scim_users bigint DEFAULT 0 NOT NULL,
    next_uid bigint,
    next_gid bigint
);


--
-- Name: passkeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.passkeys (
    id text NOT NULL,
    admin_id text NOT NULL,
    cred_id text NOT NULL,
    name text NOT NULL,
    passkey text NOT NULL,
    created_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: recovery_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recovery_codes (
    admin_id text NOT NULL,
    hash text NOT NULL,
    used_at bigint
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version bigint NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    prefix text NOT NULL,
    hash text NOT NULL,
    kind text NOT NULL,
    org_id text NOT NULL,
    subject text NOT NULL,
    stage text NOT NULL,
    address text NOT NULL,
    created_at bigint NOT NULL,
    seen_at bigint NOT NULL,
    authed_at bigint NOT NULL,
    pending text
);


--
-- Name: signin_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signin_attempts (
    seq bigint NOT NULL,
    org_id text,
    at text NOT NULL,
    kind text NOT NULL,
    login text NOT NULL,
    address text NOT NULL,
    outcome text NOT NULL,
    count bigint DEFAULT 1 NOT NULL
);


--
-- Name: signin_attempts_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.signin_attempts_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: signin_attempts_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.signin_attempts_seq_seq OWNED BY public.signin_attempts.seq;


--
-- Name: signin_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signin_throttle (
    key text NOT NULL,
    failures bigint NOT NULL,
    last_at bigint NOT NULL,
    locked_until bigint
);


--
-- Name: user_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_counts (
    org_id text NOT NULL,
    state text NOT NULL,
    drift bigint NOT NULL,
    n bigint NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    seq bigint NOT NULL,
    id text NOT NULL,
    org_id text NOT NULL,
    user_name text NOT NULL,
    user_name_lower text NOT NULL,
    external_id text,
    unix_username text NOT NULL,
    unix_username_lower text NOT NULL,
    state text NOT NULL,
    externally_managed bigint NOT NULL,
    scim_visible bigint NOT NULL,
    resource text NOT NULL,
    password text NOT NULL,
    verifier text,
    version bigint NOT NULL,
    created_at text NOT NULL,
    modified_at text NOT NULL,
    pw_mac text,
    uid bigint,
    drift bigint DEFAULT 0 NOT NULL
);


--
-- Name: users_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_seq_seq OWNED BY public.users.seq;


--
-- Name: audit_log seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN seq SET DEFAULT nextval('public.audit_log_seq_seq'::regclass);


--
-- Name: groups seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.groups ALTER COLUMN seq SET DEFAULT nextval('public.groups_seq_seq'::regclass);


--
-- Name: signin_attempts seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signin_attempts ALTER COLUMN seq SET DEFAULT nextval('public.signin_attempts_seq_seq'::regclass);


--
-- Name: users seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN seq SET DEFAULT nextval('public.users_seq_seq'::regclass);


--
-- Data for Name: access_queue; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.access_queue (org_id, user_id) FROM stdin;
\.


--
-- Data for Name: admins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.admins (id, org_id, email, kind, created_at, display_name, role, service_account, enabled, password_hash, totp_nonce, totp_secret, totp_last_step) FROM stdin;
6af9fdcf-88f9-49e7-994f-e1b2b008f901	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin@localhost	tenant	2026-12-05T17:58:13.244Z	\N	admin	0	1	\N	\N	\N	0
\.


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_keys (admin_id, prefix, hash, created_at) FROM stdin;
6af9fdcf-88f9-49e7-994f-e1b2b008f901	dk_c7WMRwgS0FNq	9f4fbde0f4128b548f4e2ccb3addbc18e4118bc80b2d2ecf970d3674098fdfe2	2026-12-05T17:58:13.259Z
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (seq, org_id, at, actor, action, target, outcome, detail, request_id) FROM stdin;
1	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.229Z	operator	admin.create_org	\N	ok	{"name":"default"}	\N
2	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.245Z	operator	admin.create_admin	6af9fdcf-88f9-49e7-994f-e1b2b008f901	ok	{"email":"admin@localhost","kind":"tenant"}	\N
3	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.259Z	admin:admin@localhost	admin.rotate_api_key	6af9fdcf-88f9-49e7-994f-e1b2b008f901	ok	{"previous_key":"none"}	\N
4	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.407Z	okta	scim.create_user	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	ok	{"userName":"jane-8c50cf16@example.com","username":"jane-8c50cf16","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane-8c50cf16@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"jane-8c50cf16@example.com","type":"work"}],"displayName":"jane-8c50cf16@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	408008c176f04443b398ab1adfeb90ac
5	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.409Z	admin:admin@localhost	device.enrolment_token	et_4ehvkk8cIJnY	ok	{"expires_at":"2026-12-05T18:58:13.409Z"}	5c9f0308b5714b76ae15d3c13ae8409a
6	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.414Z	token:et_4ehvkk8cIJnY	device.enroll	badb7b83-54e2-45b1-9429-dc21e03d0fe6	ok	{"name":"mac-8c50cf16","platform":"macos"}	dc93f80d631341e08f2bfd42f4a335da
7	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.447Z	admin	device.bind	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	ok	{"device":"badb7b83-54e2-45b1-9429-dc21e03d0fe6","uid":200000}	7b983cafb0fd42b4a8befcc5a74dcc06
8	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.451Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.agent	badb7b83-54e2-45b1-9429-dc21e03d0fe6	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
9	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.477Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	18e92667603e479086124eb72dcd62d7
10	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.481Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	cfe4ff111ee8429fa5bb204419b7c36e
11	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.525Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.report	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"badb7b83-54e2-45b1-9429-dc21e03d0fe6"}]}	6d7e25a908c34d8b966f4df927f1362e
12	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.623Z	okta	scim.patch_user	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	ok	{"userName":"jane-8c50cf16@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	10e92c3016e847aebca132a27920b6b6
13	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.649Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	856b44be16f34fb9bfaf16235fe04d64
14	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.653Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	16fe29352edb4c6a9c91cd4355e3cab5
15	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.702Z	device:badb7b83-54e2-45b1-9429-dc21e03d0fe6	device.report	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"badb7b83-54e2-45b1-9429-dc21e03d0fe6"}]}	fa6f97ef8bda4bec9f4bea1a06396c8e
16	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.868Z	okta	scim.create_user	52863629-5005-4a85-a4bb-a0a36c75f1e1	ok	{"userName":"kim-74aae421@example.com","username":"kim-74aae421","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kim-74aae421@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"kim-74aae421@example.com","type":"work"}],"displayName":"kim-74aae421@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	9b47b46cead74e1c95608841470ceaee
17	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.874Z	admin:admin@localhost	device.enrolment_token	et_wA6AoyfuRG3c	ok	{"expires_at":"2026-12-05T18:58:13.874Z"}	d2062a19c7fb4dba994ee3b5ab40e718
18	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.877Z	token:et_wA6AoyfuRG3c	device.enroll	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	ok	{"name":"mac-74aae421","platform":"macos"}	0831537fe4fe428cac78d678c5f3261a
19	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.920Z	admin	device.bind	52863629-5005-4a85-a4bb-a0a36c75f1e1	ok	{"device":"5dd7ee43-3ceb-4203-bbb3-827e4f879f89","uid":200001}	7bc3bc0b60fb4640a8a5e8ddddc49fee
20	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.923Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.agent	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
21	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.929Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	2649e10a3398491aa531bd00c6fd3e6b
22	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.930Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d1213bc82d32421594de89529aaaebe4
23	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:13.955Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.report	52863629-5005-4a85-a4bb-a0a36c75f1e1	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"5dd7ee43-3ceb-4203-bbb3-827e4f879f89"}]}	fec3995f60674fa1881225bba9f674e1
25	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.011Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	0ca5c5779b104f99b56a73eca2d8c24a
24	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.000Z	okta	scim.patch_user	52863629-5005-4a85-a4bb-a0a36c75f1e1	ok	{"userName":"kim-74aae421@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	83d4d8adbb2040bab01a0e3d45fe5609
29	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.195Z	admin:admin@localhost	device.enrolment_token	et_mw19iQ95xomO	ok	{"expires_at":"2026-12-05T18:58:14.195Z"}	e400da300e9d4abdad56cd3aa9c515ad
35	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.304Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.report	60a0c280-a3db-46bc-9a6e-d41fc398008f	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"aee50ed3-85ae-4491-8238-8228c566c5f6"}]}	6e1312c856ed4f43989b0fbd701e9646
47	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.634Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.report	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"8cc84769-45bb-4ac5-b618-2f2c9566c4cc"}]}	dbe152991de9410084a7822872ad9f5a
49	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.641Z	token:et_IiorO9qmd4EL	device.enroll	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	ok	{"name":"mac-second-a75970e","platform":"macos"}	6faf17b490bf4a6f9eb651a2ce587af7
54	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.753Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.report	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"a1e578cc-738a-44b8-84e3-1af9cd3e0bbe"}]}	a78f6c268cc04eba8629a6c5e14a2827
57	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.848Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	585a11dc02f0442a92061840b8f5533a
66	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.031Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.agent	8b909687-3c18-409a-afff-d18b876dc0cc	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
68	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.041Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	f6d6d1a38a2543feab2aef65ff3de7cd
72	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.092Z	admin	device.bind	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"device":"226bb79d-172a-49a0-a550-d830e2c8c842","uid":200004}	72ec2a646ba54ebf8f1416fe6bc789de
76	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.125Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.report	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"226bb79d-172a-49a0-a550-d830e2c8c842"}]}	20636b0c8a404c7fb1f4128694a19730
78	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.183Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	3ef02495c9e042eb96d33793637278ae
85	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.361Z	admin:admin@localhost	device.enrolment_token	et_ujxLyHkHrf6x	ok	{"expires_at":"2026-12-05T18:58:15.361Z"}	293423338078496496fe1e9ca51cd2d4
87	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.371Z	admin	device.bind	be2d3635-90b7-43aa-bc8c-92b863911e14	ok	{"device":"31340f2a-a2f1-476e-a32e-b80a00676c79","uid":200005}	90533ce0df3e46288ea17a495550676c
92	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.498Z	device:31340f2a-a2f1-476e-a32e-b80a00676c79	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"31340f2a-a2f1-476e-a32e-b80a00676c79"}]}	b2a733e9fb3442c9b4dc3b48f3568728
96	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.585Z	token:et_pK71ZITGUW88	device.enroll	c8bb8df7-3ab2-48b9-90b7-9db70e592623	ok	{"name":"laptop-5a1a7ee1","platform":"linux"}	2ae56785d48b442d85b06f269cad20df
103	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.664Z	device:c8bb8df7-3ab2-48b9-90b7-9db70e592623	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	59d9bcb7c8414232ac6f8d2f17886cb5
107	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.741Z	token:et_gG5APS3Pn4Sp	device.enroll	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	ok	{"name":"laptop-5e09b3b2","platform":"linux"}	3b2bff4ca73d4e7c99824017d7ed8556
122	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.109Z	device:a6a4a2ce-7439-446e-984e-2e7dcda62143	device.agent	a6a4a2ce-7439-446e-984e-2e7dcda62143	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
125	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.222Z	okta	scim.patch_user	25586e99-8557-4343-8525-01136c008133	ok	{"userName":"sue-820e6511@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	4bdb9bfae19440b38fc946da609b0bf1
131	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.301Z	admin:admin@localhost	device.enrolment_token	et_NutLr3i37RHq	ok	{"expires_at":"2026-12-05T18:58:16.301Z"}	1803cb2fb9d74985a4d0bf3dab50216d
133	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.352Z	admin	device.bind	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"device":"623c41fa-5fea-454a-abdf-2485d641b21c","uid":200009}	52f4670523f347b38e497f2792770054
137	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.425Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.report	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"623c41fa-5fea-454a-abdf-2485d641b21c"}]}	5e4735724a3140e995ca96cc54767353
26	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.017Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	aa2ed74998e54491be8cef2682332d06
28	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.187Z	okta	scim.create_user	60a0c280-a3db-46bc-9a6e-d41fc398008f	ok	{"userName":"omar-c0e1276b@example.com","username":"omar-c0e1276b","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"omar-c0e1276b@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"omar-c0e1276b@example.com","type":"work"}],"displayName":"omar-c0e1276b@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	f07c91545fa341f7a12814e6933e2206
30	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.197Z	token:et_mw19iQ95xomO	device.enroll	aee50ed3-85ae-4491-8238-8228c566c5f6	ok	{"name":"mac-c0e1276b","platform":"macos"}	67943069d1fc40a8b79621bdccd3dde1
34	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.261Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	dcac629fb0fd4599806c3cc51428e5bc
36	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.373Z	okta	scim.patch_user	60a0c280-a3db-46bc-9a6e-d41fc398008f	ok	{"userName":"omar-c0e1276b@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	7b0cd66af423438c95b72f6ae3d0ceeb
37	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.395Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	e878d11576624c3b904b74fd4c96c598
40	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.496Z	okta	scim.create_user	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"userName":"ana-a75970e@example.com","username":"ana-a75970e","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ana-a75970e@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"ana-a75970e@example.com","type":"work"}],"displayName":"ana-a75970e@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	633a0809f7ef42e88d543978ebaace5b
42	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.517Z	token:et_pgyHKbW3bWu0	device.enroll	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	ok	{"name":"mac-primary-a75970e","platform":"macos"}	46b71a5d0fdb4d77b91d6acdadd305d7
53	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.709Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	81c0ce60d6514ea69e57191bcf5cfc71
55	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.836Z	okta	scim.patch_user	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"userName":"ana-a75970e@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	12ae0e46f0a54cb89f6df451f9d2eee4
58	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.861Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	2f909fd00dd44a3e9c4edada40771ea9
61	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.942Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.report	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"a1e578cc-738a-44b8-84e3-1af9cd3e0bbe"}]}	e1b0bf2aaedb40dbaae28be17d486ac3
62	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.983Z	okta	scim.create_user	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"userName":"li-4f6e0fae@example.com","username":"li-4f6e0fae","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"li-4f6e0fae@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"li-4f6e0fae@example.com","type":"work"}],"displayName":"li-4f6e0fae@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	28ea05c23fe24cf8b037d3840916dcd8
64	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.993Z	token:et_ojQcxN84jf9t	device.enroll	8b909687-3c18-409a-afff-d18b876dc0cc	ok	{"name":"mac-online-4f6e0fae","platform":"macos"}	277ec494a72243999c5b33cf4baf1f58
69	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.066Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.report	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"8b909687-3c18-409a-afff-d18b876dc0cc"}]}	3ba78b5fbd1a4814b4878ec150d17771
71	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.069Z	token:et_VJWEa9sBlS2a	device.enroll	226bb79d-172a-49a0-a550-d830e2c8c842	ok	{"name":"mac-offline-4f6e0fae","platform":"macos"}	60230bf8a50c494487a2f27bb0f7d3ec
74	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.099Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	292124cc97b543a89991a2682025d9d0
90	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.393Z	device:31340f2a-a2f1-476e-a32e-b80a00676c79	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	eac6a152eba54dbeb7cd18d05b3a7e84
93	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.501Z	device:31340f2a-a2f1-476e-a32e-b80a00676c79	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	f0d6529cd20d493d9c565b9ac9988c5d
27	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.064Z	device:5dd7ee43-3ceb-4203-bbb3-827e4f879f89	device.report	52863629-5005-4a85-a4bb-a0a36c75f1e1	keychain_reset	{"version":2,"event":{"event":"confirmed","previous_password_ok":false},"effects":[{"completed":2,"device":"5dd7ee43-3ceb-4203-bbb3-827e4f879f89"},{"keychain_reset":"5dd7ee43-3ceb-4203-bbb3-827e4f879f89"}]}	0723f93d1d9d486691d4af3f707a4f1d
31	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.240Z	admin	device.bind	60a0c280-a3db-46bc-9a6e-d41fc398008f	ok	{"device":"aee50ed3-85ae-4491-8238-8228c566c5f6","uid":200002}	0262156d3ef44f89ab4660216a286cf2
33	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.257Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	658c31fe69ea4eb1b1f0b1567f22dda1
44	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.578Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.agent	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
51	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.693Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.agent	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
56	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.845Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	483cf05bfb6448d0b4b2ec0774a51b6a
59	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.869Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	4166f8daaa5647f2a953167ab717044f
65	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.026Z	admin	device.bind	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"device":"8b909687-3c18-409a-afff-d18b876dc0cc","uid":200004}	bece601725714870be290faede264065
67	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.037Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	20a63a16ffd74f9a85cc29e3c38c5168
70	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.068Z	admin:admin@localhost	device.enrolment_token	et_VJWEa9sBlS2a	ok	{"expires_at":"2026-12-05T18:58:15.067Z"}	421f09054b7340eebea66a6ebf7d8445
82	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.216Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	844da0f13f46454b9a0972f2622db6b5
86	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.365Z	token:et_ujxLyHkHrf6x	device.enroll	31340f2a-a2f1-476e-a32e-b80a00676c79	ok	{"name":"pc-d4f749e4","platform":"windows"}	14c586e3f39e4c40983b98486969cab1
100	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.605Z	device:c8bb8df7-3ab2-48b9-90b7-9db70e592623	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	a43557bbda9241ecad069d9672ac2b9a
106	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.737Z	admin:admin@localhost	device.enrolment_token	et_gG5APS3Pn4Sp	ok	{"expires_at":"2026-12-05T18:58:15.737Z"}	9c71ff8760ff412d8230d3a471dfe7a1
108	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.752Z	admin	device.bind	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	ok	{"device":"4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b","uid":200007}	b2347dcad35a45198125a75f7c013c2b
120	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.099Z	token:et_77CxpxgAeiP3	device.enroll	a6a4a2ce-7439-446e-984e-2e7dcda62143	ok	{"name":"laptop-820e6511","platform":"linux"}	161e31bb43004db382d1b3bfc861a881
128	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.243Z	device:a6a4a2ce-7439-446e-984e-2e7dcda62143	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"a6a4a2ce-7439-446e-984e-2e7dcda62143"}]}	c5169bc76fdd4d65a9641b13cfd167ec
142	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.677Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	ac6e5c1a8d7c4e6fa27b9afb23f26547
145	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.894Z	okta	scim.create_user	b6e7dd37-1470-40e3-8b21-f8c31f9edef5	ok	{"userName":"g52639974-3@load.test","username":"g52639974-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"g52639974-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"g52639974-3@load.test","type":"work"}],"displayName":"g52639974-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	12a44911de5a486f8cb5403dd87f3df0
149	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.995Z	admin	device_group.create	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"name":"fleet-52639974"}	b5018e830ad445a59112498975656f0e
150	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.005Z	admin:admin@localhost	device.enrolment_token	et_maXKnoHN7P0P	ok	{"expires_at":"2026-12-05T18:58:17.005Z"}	359b537c516245f389f7edda2c6b0e90
161	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.027Z	device:90636d2f-1c90-4f64-a56e-9a50bb21653b	device.agent	90636d2f-1c90-4f64-a56e-9a50bb21653b	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
198	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.518Z	device:efe9d928-45ab-4fee-bdac-1f5816c0cc98	device.report_batch	\N	ok	{"reports":10,"accepted":10,"not_applicable":0,"effects":[{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},{"completed":1,"device":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"}]}	76ede455d6e1448da7b75684c00b7dda
32	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.245Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.agent	aee50ed3-85ae-4491-8238-8228c566c5f6	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
38	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.397Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	23c1d60f9d0b4890b6fe4dee4877228f
39	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.444Z	device:aee50ed3-85ae-4491-8238-8228c566c5f6	device.report	60a0c280-a3db-46bc-9a6e-d41fc398008f	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"aee50ed3-85ae-4491-8238-8228c566c5f6"}]}	4fd2af08ffe745bf8a0de7e9fbed8241
41	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.505Z	admin:admin@localhost	device.enrolment_token	et_pgyHKbW3bWu0	ok	{"expires_at":"2026-12-05T18:58:14.505Z"}	ab90a9c5d97242c1904a113f1d1afbd1
43	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.571Z	admin	device.bind	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"device":"8cc84769-45bb-4ac5-b618-2f2c9566c4cc","uid":200003}	f14edf2d898d485bb8a2f8cd45c3b909
45	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.589Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	26b4cb3e9f1542dea4016d2af0a76afc
46	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.593Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	8a4ad08c771c4700933a75f9b9b2510e
48	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.637Z	admin:admin@localhost	device.enrolment_token	et_IiorO9qmd4EL	ok	{"expires_at":"2026-12-05T18:58:14.637Z"}	ed78e53870ff4581886ee57abe1a1460
50	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.683Z	admin	device.bind	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"device":"a1e578cc-738a-44b8-84e3-1af9cd3e0bbe","uid":200003}	857430f7ce1f4aa89a61be6fc781f676
52	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.705Z	device:a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	9cd3bd6482824458a765809b9c460d3f
60	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.913Z	device:8cc84769-45bb-4ac5-b618-2f2c9566c4cc	device.report	63e129b4-6819-4b14-a677-e9bd0291f8e5	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"8cc84769-45bb-4ac5-b618-2f2c9566c4cc"}]}	f2b7fd8c943442109cf5d65c54d46c3a
63	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:14.989Z	admin:admin@localhost	device.enrolment_token	et_ojQcxN84jf9t	ok	{"expires_at":"2026-12-05T18:58:14.988Z"}	6427f00be09842c8828550c2eb53c6d3
73	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.093Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.agent	226bb79d-172a-49a0-a550-d830e2c8c842	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
75	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.100Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	c0d837d02cdb4574bb94a8340752742a
77	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.175Z	okta	scim.patch_user	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"userName":"li-4f6e0fae@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	218b08eac0634c47bf0999925c6dcf83
79	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.184Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	51e22b8680e64036bc930d62e760be83
80	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.206Z	device:8b909687-3c18-409a-afff-d18b876dc0cc	device.report	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"8b909687-3c18-409a-afff-d18b876dc0cc"}]}	984609c0599743eebe00812186330284
81	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.215Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	8bc789adfc424b3dbb7e28a72c5c9dad
83	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.259Z	device:226bb79d-172a-49a0-a550-d830e2c8c842	device.report	853d84ae-0f19-4a1d-9c1e-d39462a2b413	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"226bb79d-172a-49a0-a550-d830e2c8c842"}]}	3eeb3320a77c42ee97dfe91f432674e9
84	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.357Z	okta	scim.create_user	be2d3635-90b7-43aa-bc8c-92b863911e14	ok	{"userName":"wes-d4f749e4@example.com","username":"wes-d4f749e4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"wes-d4f749e4@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"wes-d4f749e4@example.com","type":"work"}],"displayName":"wes-d4f749e4@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	2413635c18c14ba18d42bbc8f191cae7
88	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.378Z	device:31340f2a-a2f1-476e-a32e-b80a00676c79	device.agent	31340f2a-a2f1-476e-a32e-b80a00676c79	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
89	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.389Z	device:31340f2a-a2f1-476e-a32e-b80a00676c79	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"31340f2a-a2f1-476e-a32e-b80a00676c79"}]}	1dfa9b562f7d49879ea774e70a2c3ba5
91	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.484Z	okta	scim.patch_user	be2d3635-90b7-43aa-bc8c-92b863911e14	ok	{"userName":"wes-d4f749e4@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","path":"password","value":"********"}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	08474cfe2b8d4f61acd37a2fc11c7cd9
95	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.582Z	admin:admin@localhost	device.enrolment_token	et_pK71ZITGUW88	ok	{"expires_at":"2026-12-05T18:58:15.581Z"}	1355741311a84420844940134c23f657
94	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.577Z	okta	scim.create_user	01fb191b-9825-4278-b1df-6b01dea4f4d7	ok	{"userName":"lin-5a1a7ee1@example.com","username":"lin-5a1a7ee1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lin-5a1a7ee1@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"lin-5a1a7ee1@example.com","type":"work"}],"displayName":"lin-5a1a7ee1@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	11c532b4bae94a02a122aedf8c58cfab
98	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.595Z	device:c8bb8df7-3ab2-48b9-90b7-9db70e592623	device.agent	c8bb8df7-3ab2-48b9-90b7-9db70e592623	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
110	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.773Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b"}]}	9799631367744f4caa1c1fb877b6f658
112	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.930Z	portal:pam-5e09b3b2	portal.change_password	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	ok	{"drift":true,"version":2,"note":"changed outside Okta: diverged until Okta's next push","effects":[{"stored_version":2},{"fanned_out":2,"devices":1},{"drift":"detected"}]}	d0c718838e4e448ebdfe4f5f1eb41fd4
115	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.030Z	okta	scim.patch_user	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	ok	{"userName":"pam-5e09b3b2@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1},{"drift":"resolved"}]}	e640b021350f4a48a116097cd5588b55
126	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.225Z	okta	scim.patch_user	25586e99-8557-4343-8525-01136c008133	ok	{"userName":"sue-820e6511@example.com","state":"SUSPENDED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":false}}]}}	16624c34c327422aa5cc9355ed104e62
129	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.244Z	device:a6a4a2ce-7439-446e-984e-2e7dcda62143	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	016d34509e094420ba79eb01d87dbf3e
132	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.305Z	token:et_NutLr3i37RHq	device.enroll	623c41fa-5fea-454a-abdf-2485d641b21c	ok	{"name":"mac-c36d0787","platform":"macos"}	ef189a90bf3c40e3af82d323a762d396
139	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.584Z	okta	scim.patch_user	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"userName":"tri-c36d0787@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1}]}	3cf7dd01b2004084a29a25b4cb3dc8f9
147	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.953Z	okta	scim.create_user	0f87a450-065d-4302-957a-71bc36a0acac	ok	{"userName":"g52639974-2@load.test","username":"g52639974-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"g52639974-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"g52639974-2@load.test","type":"work"}],"displayName":"g52639974-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	532a9f44e2254a308f6413ca64f8c3af
153	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.008Z	token:et_maXKnoHN7P0P	device.enroll	90636d2f-1c90-4f64-a56e-9a50bb21653b	ok	{"name":"fleet-52639974-2","platform":"linux"}	91c82e91ba0a47b39f3c41607ac12635
157	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.016Z	admin	device_group.add_device	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b","bindings_changed":0}	2997ba6f17f54e05a7e66a47a3a53ca9
160	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.026Z	device:3bcf82a7-bb7f-4864-b668-d6eb1a868b31	device.agent	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
167	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.040Z	admin	device_group.add_device	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"device":"6fa5f590-5437-4505-88f4-eb7758065887","bindings_changed":0}	48b22ecf39cf45e7b076eb8b536dc853
176	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.626Z	device:5a2cc8c5-3115-44ee-8a01-5edaca3e057b	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	c798f82004254940b5382ea9e10fe5e4
182	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.645Z	device:3bcf82a7-bb7f-4864-b668-d6eb1a868b31	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	afbcef390eee4f6fb3788b49bc8dae47
188	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.255Z	okta	scim.create_user	a7dd1972-44cb-410a-98f4-fc4688b8f72c	ok	{"userName":"b60b13bd2-5@load.test","username":"b60b13bd2-5","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-5@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-5@load.test","type":"work"}],"displayName":"b60b13bd2-5@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	f9d40d378dc34ba186b8c5dbf0ec70fa
194	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.442Z	admin:admin@localhost	device.enrolment_token	et_IV4e2LbyBLBP	ok	{"expires_at":"2026-12-05T18:58:18.442Z"}	54288ff8ea7e42209741dd389da8328c
97	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.593Z	admin	device.bind	01fb191b-9825-4278-b1df-6b01dea4f4d7	ok	{"device":"c8bb8df7-3ab2-48b9-90b7-9db70e592623","uid":200006}	12946384128e4f10a676aae4357f243c
104	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.691Z	okta	scim.patch_user	01fb191b-9825-4278-b1df-6b01dea4f4d7	ok	{"userName":"lin-5a1a7ee1@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"unchanged","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]}}	ab3bc6665d98456a8a1d046aaa6146de
105	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.731Z	okta	scim.create_user	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	ok	{"userName":"pam-5e09b3b2@example.com","username":"pam-5e09b3b2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pam-5e09b3b2@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"pam-5e09b3b2@example.com","type":"work"}],"displayName":"pam-5e09b3b2@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	a42a190a90af4b4eb96eaf24e18c9c14
109	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.757Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.agent	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
114	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.949Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	1973da3b5f874ca78fb4615c69c1147c
117	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.045Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	bcf269d9dd0147dcb960ca1daef8b742
119	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.098Z	admin:admin@localhost	device.enrolment_token	et_77CxpxgAeiP3	ok	{"expires_at":"2026-12-05T18:58:16.097Z"}	ba4ca619da6e44b5bdb0545e4f2aa321
121	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.106Z	admin	device.bind	25586e99-8557-4343-8525-01136c008133	ok	{"device":"a6a4a2ce-7439-446e-984e-2e7dcda62143","uid":200008}	8db9887ffe0b4466aadfddc2b851a8c0
140	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.659Z	okta	scim.patch_user	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"userName":"tri-c36d0787@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":4},{"fanned_out":4,"devices":1}]}	2ff5a3bbe4f44887ac61d8df34213a76
144	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.842Z	okta	scim.create_user	dd42d60c-a2fd-45eb-b910-ad450d772ccc	ok	{"userName":"g52639974-0@load.test","username":"g52639974-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"g52639974-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"g52639974-0@load.test","type":"work"}],"displayName":"g52639974-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	4b2c80ef45314b2bb234372f49a9c78e
152	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.007Z	token:et_wNI6KitolFNH	device.enroll	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	ok	{"name":"fleet-52639974-1","platform":"linux"}	6c311802590b4ea4ab8150555f150416
154	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.013Z	admin	device_group.add_device	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31","bindings_changed":0}	eb481bc94c424fb4a012ab1bdc11dfec
172	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.592Z	okta	scim.patch_group	0316b777-17ed-4092-9038-20812c09bfff	ok	{"displayName":"Fleet 52639974","members":5,"bindings_changed":25}	e4516167ebe04f3c9c1703465c6e07d6
180	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.632Z	device:90636d2f-1c90-4f64-a56e-9a50bb21653b	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	31f4bb79f9e246c0a607985339efbe0a
184	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.089Z	okta	scim.create_user	66db7eb6-b716-4ec9-899d-a83087968727	ok	{"userName":"b60b13bd2-6@load.test","username":"b60b13bd2-6","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-6@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-6@load.test","type":"work"}],"displayName":"b60b13bd2-6@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	710596aa10874200b03388cfa398c910
193	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.441Z	okta	scim.create_group	364c493e-8861-4257-aa34-42faff6c3243	ok	{"displayName":"Everyone 60b13bd2","members":10}	ce7328eb41e44680b283638ae33772b8
99	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.601Z	device:c8bb8df7-3ab2-48b9-90b7-9db70e592623	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"c8bb8df7-3ab2-48b9-90b7-9db70e592623"}]}	4fa307a70600440db4b4429698e867e3
101	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.650Z	okta	scim.replace_user	01fb191b-9825-4278-b1df-6b01dea4f4d7	ok	{"userName":"lin-5a1a7ee1@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"userName":"lin-5a1a7ee1@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-5a1a7ee1@example.com","emails":[{"value":"lin-5a1a7ee1@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true,"id":"01fb191b-9825-4278-b1df-6b01dea4f4d7","meta":{"resourceType":"User","created":"2026-12-05T17:58:15.577Z","lastModified":"2026-12-05T17:58:15.577Z","location":"http://127.0.0.1:40237/scim/v2/Users/01fb191b-9825-4278-b1df-6b01dea4f4d7","version":"W/\\"1\\""},"password":"********"},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	ad40376582614c80bf33306846056d2f
111	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.777Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	3a7cceb9624a4f42a21f66d5bf24c312
113	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.946Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b"}]}	4ca2af1b026c494bbfdb7baf5d2a670c
116	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.041Z	device:4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":3,"device":"4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b"}]}	282b82541b59402db3c5e7b035e35eef
124	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.129Z	device:a6a4a2ce-7439-446e-984e-2e7dcda62143	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	613b668c41a042cb9aef2d44c131ba7c
135	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.373Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	2924324b77944fd68858e5c809fb1eb8
138	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.509Z	okta	scim.patch_user	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"userName":"tri-c36d0787@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	3d3d4c3529c842b1b7252652bbdf82ad
141	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.673Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	d852969ba50a40a7aadbac76a0a7173d
143	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.727Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.report	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"version":4,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":4,"device":"623c41fa-5fea-454a-abdf-2485d641b21c"}]}	630aaf387105408180090f9dd851516f
151	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.006Z	admin:admin@localhost	device.enrolment_token	et_wNI6KitolFNH	ok	{"expires_at":"2026-12-05T18:58:17.006Z"}	3d3a1e9d1b514bb1bc879f12e270b4fc
155	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.014Z	admin:admin@localhost	device.enrolment_token	et_UBHFl6oSruDN	ok	{"expires_at":"2026-12-05T18:58:17.013Z"}	c8f72ae7a18d44598aec2dbe1dce0a77
162	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.028Z	token:et_LL0NxxDUXF1S	device.enroll	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	ok	{"name":"fleet-52639974-0","platform":"linux"}	efbfd99ae0f04a4da40912d151b5ae60
168	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.042Z	device:5a2cc8c5-3115-44ee-8a01-5edaca3e057b	device.agent	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
177	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.627Z	device:96b436f7-2eca-4dd4-8a35-d15ed4c85bad	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad"},{"completed":1,"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad"},{"completed":1,"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad"},{"completed":1,"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad"},{"completed":1,"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad"}]}	1495f760e2af41e8a4bf1d2d5a4c5ee7
186	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.171Z	okta	scim.create_user	4907f4c6-b410-4707-8390-f9c37688fbd9	ok	{"userName":"b60b13bd2-2@load.test","username":"b60b13bd2-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-2@load.test","type":"work"}],"displayName":"b60b13bd2-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	a4525f1c64534b5abd1533b0b37b68a3
102	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.661Z	device:c8bb8df7-3ab2-48b9-90b7-9db70e592623	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"c8bb8df7-3ab2-48b9-90b7-9db70e592623"}]}	5cc9651ebcc9479ba1fe2eca192c6181
118	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.093Z	okta	scim.create_user	25586e99-8557-4343-8525-01136c008133	ok	{"userName":"sue-820e6511@example.com","username":"sue-820e6511","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sue-820e6511@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"sue-820e6511@example.com","type":"work"}],"displayName":"sue-820e6511@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	ae507c302e924d809c5b513b4f081c97
123	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.126Z	device:a6a4a2ce-7439-446e-984e-2e7dcda62143	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"a6a4a2ce-7439-446e-984e-2e7dcda62143"}]}	f9fa1cb8957444aeaf2dbb6a07e4fdf3
127	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.235Z	okta	scim.patch_user	25586e99-8557-4343-8525-01136c008133	ok	{"userName":"sue-820e6511@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":true}}]}}	b9ae31dd8de5483fac6a814b5ab1ebd5
130	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.297Z	okta	scim.create_user	33635b71-1aa7-4857-9288-a0474a9c0a82	ok	{"userName":"tri-c36d0787@example.com","username":"tri-c36d0787","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"tri-c36d0787@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"tri-c36d0787@example.com","type":"work"}],"displayName":"tri-c36d0787@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	bd917a03ddbc4c1d863d024de5417b2e
134	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.361Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.agent	623c41fa-5fea-454a-abdf-2485d641b21c	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
136	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.379Z	device:623c41fa-5fea-454a-abdf-2485d641b21c	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	6cb666281a634b6eb03ccfac8e0b0444
146	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.904Z	okta	scim.create_user	1a2a182a-7157-41c0-b20b-a2b869efcfd5	ok	{"userName":"g52639974-1@load.test","username":"g52639974-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"g52639974-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"g52639974-1@load.test","type":"work"}],"displayName":"g52639974-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	9ab1b45a89ef48d3b406ad695a0c60d2
158	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.016Z	token:et_UBHFl6oSruDN	device.enroll	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	ok	{"name":"fleet-52639974-4","platform":"linux"}	4c219ba4764b442486f9d1a27fbcd1e0
175	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.622Z	device:5a2cc8c5-3115-44ee-8a01-5edaca3e057b	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b"},{"completed":1,"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b"},{"completed":1,"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b"},{"completed":1,"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b"},{"completed":1,"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b"}]}	0082468461304cfbb5d7ca092ef3721a
183	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.074Z	okta	scim.create_user	cb9d0aa5-ebbb-4891-9789-442665247155	ok	{"userName":"b60b13bd2-0@load.test","username":"b60b13bd2-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-0@load.test","type":"work"}],"displayName":"b60b13bd2-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	9207e24fce0746d587f955b79b322fbf
148	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:16.983Z	okta	scim.create_user	f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	ok	{"userName":"g52639974-4@load.test","username":"g52639974-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"g52639974-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"g52639974-4@load.test","type":"work"}],"displayName":"g52639974-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	ffd228ee71e0441882b4828f7bf5e382
156	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.013Z	admin:admin@localhost	device.enrolment_token	et_AdTc4SxETw2D	ok	{"expires_at":"2026-12-05T18:58:17.005Z"}	c33f3707657e486a96e12e2c58dee47e
159	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.022Z	admin:admin@localhost	device.enrolment_token	et_LL0NxxDUXF1S	ok	{"expires_at":"2026-12-05T18:58:17.017Z"}	a8dc6218e03d497b914bf274f1ac2a88
163	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.030Z	token:et_AdTc4SxETw2D	device.enroll	6fa5f590-5437-4505-88f4-eb7758065887	ok	{"name":"fleet-52639974-3","platform":"linux"}	625e67073bcc4d92bef32b3e16add59b
164	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.032Z	admin	device_group.add_device	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"device":"96b436f7-2eca-4dd4-8a35-d15ed4c85bad","bindings_changed":0}	bce8859a33244d738176165568308ad2
165	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.038Z	admin	device_group.add_device	c590a52a-fb54-4e7c-937c-60ae00cf133a	ok	{"device":"5a2cc8c5-3115-44ee-8a01-5edaca3e057b","bindings_changed":0}	86577ec0448042d191332bf754a1aca0
166	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.040Z	device:96b436f7-2eca-4dd4-8a35-d15ed4c85bad	device.agent	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
169	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.043Z	device:6fa5f590-5437-4505-88f4-eb7758065887	device.agent	6fa5f590-5437-4505-88f4-eb7758065887	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
170	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.057Z	okta	scim.create_group	0316b777-17ed-4092-9038-20812c09bfff	ok	{"displayName":"Fleet 52639974","members":0}	1d4924bf5c18449580b7d9e59dc01216
171	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.072Z	admin	group_binding.create	edede1fc-f625-443b-b633-6e27f9b9b515	ok	{"group":"0316b777-17ed-4092-9038-20812c09bfff","target":{"kind":"device_group","id":"c590a52a-fb54-4e7c-937c-60ae00cf133a"},"admin":false,"admin_until":null,"bindings_changed":0}	cab7883850bd413ba5cbe1a6d9250bad
173	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.612Z	device:6fa5f590-5437-4505-88f4-eb7758065887	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"6fa5f590-5437-4505-88f4-eb7758065887"},{"completed":1,"device":"6fa5f590-5437-4505-88f4-eb7758065887"},{"completed":1,"device":"6fa5f590-5437-4505-88f4-eb7758065887"},{"completed":1,"device":"6fa5f590-5437-4505-88f4-eb7758065887"},{"completed":1,"device":"6fa5f590-5437-4505-88f4-eb7758065887"}]}	a22cdeac4fd2491886632fa4c4a58b26
174	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.617Z	device:6fa5f590-5437-4505-88f4-eb7758065887	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	f933d1f0a13a4356ac334295adc1a037
178	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.629Z	device:90636d2f-1c90-4f64-a56e-9a50bb21653b	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b"},{"completed":1,"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b"},{"completed":1,"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b"},{"completed":1,"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b"},{"completed":1,"device":"90636d2f-1c90-4f64-a56e-9a50bb21653b"}]}	c1abeaf6dba04b728f71965c9552aa9d
179	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.630Z	device:96b436f7-2eca-4dd4-8a35-d15ed4c85bad	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	4d47269bbee64a5d9d2950a651654391
181	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:17.642Z	device:3bcf82a7-bb7f-4864-b668-d6eb1a868b31	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31"},{"completed":1,"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31"},{"completed":1,"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31"},{"completed":1,"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31"},{"completed":1,"device":"3bcf82a7-bb7f-4864-b668-d6eb1a868b31"}]}	f96e3c6a08984d409b8f23e62cf435c9
185	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.149Z	okta	scim.create_user	1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	ok	{"userName":"b60b13bd2-1@load.test","username":"b60b13bd2-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-1@load.test","type":"work"}],"displayName":"b60b13bd2-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	46bd517633b547c3977f847431e68557
187	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.219Z	okta	scim.create_user	b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	ok	{"userName":"b60b13bd2-3@load.test","username":"b60b13bd2-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-3@load.test","type":"work"}],"displayName":"b60b13bd2-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	49b569b5c6114f398eb11937fad05a34
189	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.280Z	okta	scim.create_user	8959b70a-e43c-456b-9a83-99dc54cdc57e	ok	{"userName":"b60b13bd2-4@load.test","username":"b60b13bd2-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-4@load.test","type":"work"}],"displayName":"b60b13bd2-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	3f2dd8a66e794536b3c282eea5da9168
195	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.443Z	token:et_IV4e2LbyBLBP	device.enroll	efe9d928-45ab-4fee-bdac-1f5816c0cc98	ok	{"name":"big-60b13bd2","platform":"linux"}	41e28b2e0fff445e861850789fcb43f4
197	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.473Z	admin	group_binding.create	f82685fc-2856-4282-8dcc-b6db97bf7559	ok	{"group":"364c493e-8861-4257-aa34-42faff6c3243","target":{"kind":"device","id":"efe9d928-45ab-4fee-bdac-1f5816c0cc98"},"admin":false,"admin_until":null,"bindings_changed":10}	aca43bb9cc0f4fe6bf391b7783327989
190	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.350Z	okta	scim.create_user	3ee61782-33bb-4036-b6ac-4419402a9a43	ok	{"userName":"b60b13bd2-8@load.test","username":"b60b13bd2-8","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-8@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-8@load.test","type":"work"}],"displayName":"b60b13bd2-8@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	d64e4e7943394ad8ac10306dc93f7834
191	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.386Z	okta	scim.create_user	6053bccd-0608-406b-bb39-1b97f2c8cede	ok	{"userName":"b60b13bd2-9@load.test","username":"b60b13bd2-9","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-9@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-9@load.test","type":"work"}],"displayName":"b60b13bd2-9@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	496b6d6e1bb4415792ead3303a3233cb
192	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.435Z	okta	scim.create_user	6d0a91bb-5b7e-4637-8061-fc88a766152b	ok	{"userName":"b60b13bd2-7@load.test","username":"b60b13bd2-7","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b60b13bd2-7@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"b60b13bd2-7@load.test","type":"work"}],"displayName":"b60b13bd2-7@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	a44f9fe0ab784089a2b5bc8d74b63572
196	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.445Z	device:efe9d928-45ab-4fee-bdac-1f5816c0cc98	device.agent	efe9d928-45ab-4fee-bdac-1f5816c0cc98	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
199	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:18.529Z	device:efe9d928-45ab-4fee-bdac-1f5816c0cc98	device.status	\N	ok	{"accounts":10,"not_in_sync":[]}	6fe683b3fb1c4af98605d0c416b7e682
\.


--
-- Data for Name: bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bindings (user_id, device_id, org_id, completed_version, locked, created_at, agent_state, agent_detail, agent_version, agent_at, direct) FROM stdin;
0f87a450-065d-4302-957a-71bc36a0acac	6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.583Z	in_sync	\N	1	2026-12-05T17:58:17.616Z	0
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	badb7b83-54e2-45b1-9429-dc21e03d0fe6	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:13.445Z	in_sync	\N	2	2026-12-05T17:58:13.653Z	1
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	907bcf75-8730-4f0b-8458-eee4d31db9eb	3	0	2026-12-05T17:58:15.749Z	in_sync	\N	3	2026-12-05T17:58:16.044Z	1
853d84ae-0f19-4a1d-9c1e-d39462a2b413	8b909687-3c18-409a-afff-d18b876dc0cc	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:15.026Z	in_sync	\N	2	2026-12-05T17:58:15.184Z	1
52863629-5005-4a85-a4bb-a0a36c75f1e1	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:13.918Z	in_sync	\N	2	2026-12-05T17:58:14.017Z	1
0f87a450-065d-4302-957a-71bc36a0acac	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.583Z	in_sync	\N	1	2026-12-05T17:58:17.626Z	0
853d84ae-0f19-4a1d-9c1e-d39462a2b413	226bb79d-172a-49a0-a550-d830e2c8c842	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:15.091Z	in_sync	\N	2	2026-12-05T17:58:15.215Z	1
60a0c280-a3db-46bc-9a6e-d41fc398008f	aee50ed3-85ae-4491-8238-8228c566c5f6	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:14.238Z	in_sync	\N	2	2026-12-05T17:58:14.396Z	1
0f87a450-065d-4302-957a-71bc36a0acac	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.583Z	in_sync	\N	1	2026-12-05T17:58:17.628Z	0
0f87a450-065d-4302-957a-71bc36a0acac	90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.583Z	in_sync	\N	1	2026-12-05T17:58:17.631Z	0
be2d3635-90b7-43aa-bc8c-92b863911e14	31340f2a-a2f1-476e-a32e-b80a00676c79	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:15.370Z	in_sync	\N	2	2026-12-05T17:58:15.501Z	1
25586e99-8557-4343-8525-01136c008133	a6a4a2ce-7439-446e-984e-2e7dcda62143	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:16.104Z	in_sync	\N	2	2026-12-05T17:58:16.244Z	1
1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.453Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
63e129b4-6819-4b14-a677-e9bd0291f8e5	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:14.569Z	in_sync	\N	2	2026-12-05T17:58:14.847Z	1
63e129b4-6819-4b14-a677-e9bd0291f8e5	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:14.682Z	in_sync	\N	2	2026-12-05T17:58:14.869Z	1
0f87a450-065d-4302-957a-71bc36a0acac	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.583Z	in_sync	\N	1	2026-12-05T17:58:17.645Z	0
1a2a182a-7157-41c0-b20b-a2b869efcfd5	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.585Z	in_sync	\N	1	2026-12-05T17:58:17.645Z	0
01fb191b-9825-4278-b1df-6b01dea4f4d7	c8bb8df7-3ab2-48b9-90b7-9db70e592623	907bcf75-8730-4f0b-8458-eee4d31db9eb	2	0	2026-12-05T17:58:15.589Z	in_sync	\N	2	2026-12-05T17:58:15.664Z	1
33635b71-1aa7-4857-9288-a0474a9c0a82	623c41fa-5fea-454a-abdf-2485d641b21c	907bcf75-8730-4f0b-8458-eee4d31db9eb	4	0	2026-12-05T17:58:16.351Z	in_sync	\N	4	2026-12-05T17:58:16.677Z	1
3ee61782-33bb-4036-b6ac-4419402a9a43	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.454Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
4907f4c6-b410-4707-8390-f9c37688fbd9	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.455Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
6053bccd-0608-406b-bb39-1b97f2c8cede	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.460Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
66db7eb6-b716-4ec9-899d-a83087968727	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.465Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
dd42d60c-a2fd-45eb-b910-ad450d772ccc	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.589Z	in_sync	\N	1	2026-12-05T17:58:17.626Z	0
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.591Z	in_sync	\N	1	2026-12-05T17:58:17.626Z	0
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.591Z	in_sync	\N	1	2026-12-05T17:58:17.645Z	0
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.591Z	in_sync	\N	1	2026-12-05T17:58:17.628Z	0
1a2a182a-7157-41c0-b20b-a2b869efcfd5	6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.585Z	in_sync	\N	1	2026-12-05T17:58:17.616Z	0
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.588Z	in_sync	\N	1	2026-12-05T17:58:17.616Z	0
dd42d60c-a2fd-45eb-b910-ad450d772ccc	6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.589Z	in_sync	\N	1	2026-12-05T17:58:17.616Z	0
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.591Z	in_sync	\N	1	2026-12-05T17:58:17.616Z	0
1a2a182a-7157-41c0-b20b-a2b869efcfd5	90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.585Z	in_sync	\N	1	2026-12-05T17:58:17.631Z	0
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.588Z	in_sync	\N	1	2026-12-05T17:58:17.631Z	0
dd42d60c-a2fd-45eb-b910-ad450d772ccc	90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.589Z	in_sync	\N	1	2026-12-05T17:58:17.631Z	0
1a2a182a-7157-41c0-b20b-a2b869efcfd5	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.585Z	in_sync	\N	1	2026-12-05T17:58:17.626Z	0
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.588Z	in_sync	\N	1	2026-12-05T17:58:17.626Z	0
1a2a182a-7157-41c0-b20b-a2b869efcfd5	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.585Z	in_sync	\N	1	2026-12-05T17:58:17.628Z	0
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.588Z	in_sync	\N	1	2026-12-05T17:58:17.628Z	0
dd42d60c-a2fd-45eb-b910-ad450d772ccc	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.589Z	in_sync	\N	1	2026-12-05T17:58:17.628Z	0
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.591Z	in_sync	\N	1	2026-12-05T17:58:17.631Z	0
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.588Z	in_sync	\N	1	2026-12-05T17:58:17.645Z	0
dd42d60c-a2fd-45eb-b910-ad450d772ccc	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:17.589Z	in_sync	\N	1	2026-12-05T17:58:17.645Z	0
6d0a91bb-5b7e-4637-8061-fc88a766152b	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.469Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
8959b70a-e43c-456b-9a83-99dc54cdc57e	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.469Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
a7dd1972-44cb-410a-98f4-fc4688b8f72c	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.470Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.470Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
cb9d0aa5-ebbb-4891-9789-442665247155	efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	1	0	2026-12-05T17:58:18.472Z	in_sync	\N	1	2026-12-05T17:58:18.524Z	0
\.


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counters (name, value) FROM stdin;
change	96
\.


--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deliveries (user_id, device_id, version, platform, state, cm_cleared, change_seq, updated_at, created_at) FROM stdin;
0f87a450-065d-4302-957a-71bc36a0acac	90636d2f-1c90-4f64-a56e-9a50bb21653b	1	linux	applied	0	57	2026-12-05T17:58:17.627Z	2026-12-05T17:58:17.583Z
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	badb7b83-54e2-45b1-9429-dc21e03d0fe6	1	macos	confirmed	0	1	2026-12-05T17:58:13.525Z	2026-12-05T17:58:13.445Z
63e129b4-6819-4b14-a677-e9bd0291f8e5	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	2	macos	confirmed	0	14	2026-12-05T17:58:14.913Z	2026-12-05T17:58:14.835Z
63e129b4-6819-4b14-a677-e9bd0291f8e5	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	2	macos	confirmed	0	15	2026-12-05T17:58:14.942Z	2026-12-05T17:58:14.835Z
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	badb7b83-54e2-45b1-9429-dc21e03d0fe6	2	macos	confirmed	0	3	2026-12-05T17:58:13.702Z	2026-12-05T17:58:13.621Z
01fb191b-9825-4278-b1df-6b01dea4f4d7	c8bb8df7-3ab2-48b9-90b7-9db70e592623	1	linux	applied	0	25	2026-12-05T17:58:15.601Z	2026-12-05T17:58:15.589Z
52863629-5005-4a85-a4bb-a0a36c75f1e1	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	1	macos	confirmed	0	4	2026-12-05T17:58:13.954Z	2026-12-05T17:58:13.918Z
853d84ae-0f19-4a1d-9c1e-d39462a2b413	8b909687-3c18-409a-afff-d18b876dc0cc	1	macos	confirmed	0	16	2026-12-05T17:58:15.066Z	2026-12-05T17:58:15.026Z
52863629-5005-4a85-a4bb-a0a36c75f1e1	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	2	macos	keychain_reset	0	6	2026-12-05T17:58:14.059Z	2026-12-05T17:58:14.000Z
60a0c280-a3db-46bc-9a6e-d41fc398008f	aee50ed3-85ae-4491-8238-8228c566c5f6	1	macos	confirmed	0	7	2026-12-05T17:58:14.302Z	2026-12-05T17:58:14.238Z
01fb191b-9825-4278-b1df-6b01dea4f4d7	c8bb8df7-3ab2-48b9-90b7-9db70e592623	2	linux	applied	0	27	2026-12-05T17:58:15.660Z	2026-12-05T17:58:15.648Z
853d84ae-0f19-4a1d-9c1e-d39462a2b413	226bb79d-172a-49a0-a550-d830e2c8c842	1	macos	confirmed	0	18	2026-12-05T17:58:15.125Z	2026-12-05T17:58:15.091Z
60a0c280-a3db-46bc-9a6e-d41fc398008f	aee50ed3-85ae-4491-8238-8228c566c5f6	2	macos	confirmed	0	9	2026-12-05T17:58:14.443Z	2026-12-05T17:58:14.373Z
63e129b4-6819-4b14-a677-e9bd0291f8e5	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	1	macos	confirmed	0	10	2026-12-05T17:58:14.634Z	2026-12-05T17:58:14.569Z
1a2a182a-7157-41c0-b20b-a2b869efcfd5	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	1	linux	applied	0	59	2026-12-05T17:58:17.633Z	2026-12-05T17:58:17.585Z
63e129b4-6819-4b14-a677-e9bd0291f8e5	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	1	macos	confirmed	0	12	2026-12-05T17:58:14.753Z	2026-12-05T17:58:14.682Z
853d84ae-0f19-4a1d-9c1e-d39462a2b413	8b909687-3c18-409a-afff-d18b876dc0cc	2	macos	confirmed	0	21	2026-12-05T17:58:15.205Z	2026-12-05T17:58:15.174Z
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	1	linux	applied	0	28	2026-12-05T17:58:15.773Z	2026-12-05T17:58:15.749Z
25586e99-8557-4343-8525-01136c008133	a6a4a2ce-7439-446e-984e-2e7dcda62143	2	linux	applied	0	36	2026-12-05T17:58:16.243Z	2026-12-05T17:58:16.222Z
853d84ae-0f19-4a1d-9c1e-d39462a2b413	226bb79d-172a-49a0-a550-d830e2c8c842	2	macos	confirmed	0	20	2026-12-05T17:58:15.258Z	2026-12-05T17:58:15.174Z
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	2	linux	applied	0	30	2026-12-05T17:58:15.945Z	2026-12-05T17:58:15.928Z
be2d3635-90b7-43aa-bc8c-92b863911e14	31340f2a-a2f1-476e-a32e-b80a00676c79	1	windows	applied	1	22	2026-12-05T17:58:15.389Z	2026-12-05T17:58:15.370Z
be2d3635-90b7-43aa-bc8c-92b863911e14	31340f2a-a2f1-476e-a32e-b80a00676c79	2	windows	applied	1	24	2026-12-05T17:58:15.498Z	2026-12-05T17:58:15.479Z
33635b71-1aa7-4857-9288-a0474a9c0a82	623c41fa-5fea-454a-abdf-2485d641b21c	4	macos	confirmed	0	42	2026-12-05T17:58:16.727Z	2026-12-05T17:58:16.659Z
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	3	linux	applied	0	31	2026-12-05T17:58:16.041Z	2026-12-05T17:58:16.028Z
25586e99-8557-4343-8525-01136c008133	a6a4a2ce-7439-446e-984e-2e7dcda62143	1	linux	applied	0	32	2026-12-05T17:58:16.125Z	2026-12-05T17:58:16.104Z
33635b71-1aa7-4857-9288-a0474a9c0a82	623c41fa-5fea-454a-abdf-2485d641b21c	1	macos	confirmed	0	38	2026-12-05T17:58:16.425Z	2026-12-05T17:58:16.351Z
33635b71-1aa7-4857-9288-a0474a9c0a82	623c41fa-5fea-454a-abdf-2485d641b21c	2	macos	superseded	0	40	2026-12-05T17:58:16.582Z	2026-12-05T17:58:16.504Z
33635b71-1aa7-4857-9288-a0474a9c0a82	623c41fa-5fea-454a-abdf-2485d641b21c	3	macos	superseded	0	41	2026-12-05T17:58:16.659Z	2026-12-05T17:58:16.582Z
0f87a450-065d-4302-957a-71bc36a0acac	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	1	linux	applied	0	58	2026-12-05T17:58:17.617Z	2026-12-05T17:58:17.583Z
0f87a450-065d-4302-957a-71bc36a0acac	6fa5f590-5437-4505-88f4-eb7758065887	1	linux	applied	0	56	2026-12-05T17:58:17.609Z	2026-12-05T17:58:17.583Z
1a2a182a-7157-41c0-b20b-a2b869efcfd5	6fa5f590-5437-4505-88f4-eb7758065887	1	linux	applied	0	61	2026-12-05T17:58:17.610Z	2026-12-05T17:58:17.585Z
1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	85	2026-12-05T17:58:18.509Z	2026-12-05T17:58:18.453Z
3ee61782-33bb-4036-b6ac-4419402a9a43	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	86	2026-12-05T17:58:18.510Z	2026-12-05T17:58:18.454Z
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	1	linux	applied	0	75	2026-12-05T17:58:17.621Z	2026-12-05T17:58:17.591Z
1a2a182a-7157-41c0-b20b-a2b869efcfd5	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	1	linux	applied	0	63	2026-12-05T17:58:17.622Z	2026-12-05T17:58:17.585Z
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	1	linux	applied	0	68	2026-12-05T17:58:17.625Z	2026-12-05T17:58:17.588Z
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	6fa5f590-5437-4505-88f4-eb7758065887	1	linux	applied	0	66	2026-12-05T17:58:17.610Z	2026-12-05T17:58:17.588Z
dd42d60c-a2fd-45eb-b910-ad450d772ccc	6fa5f590-5437-4505-88f4-eb7758065887	1	linux	applied	0	71	2026-12-05T17:58:17.611Z	2026-12-05T17:58:17.589Z
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	6fa5f590-5437-4505-88f4-eb7758065887	1	linux	applied	0	76	2026-12-05T17:58:17.612Z	2026-12-05T17:58:17.591Z
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	1	linux	applied	0	65	2026-12-05T17:58:17.617Z	2026-12-05T17:58:17.588Z
dd42d60c-a2fd-45eb-b910-ad450d772ccc	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	1	linux	applied	0	70	2026-12-05T17:58:17.620Z	2026-12-05T17:58:17.589Z
dd42d60c-a2fd-45eb-b910-ad450d772ccc	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	1	linux	applied	0	73	2026-12-05T17:58:17.626Z	2026-12-05T17:58:17.589Z
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	96b436f7-2eca-4dd4-8a35-d15ed4c85bad	1	linux	applied	0	78	2026-12-05T17:58:17.627Z	2026-12-05T17:58:17.591Z
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	90636d2f-1c90-4f64-a56e-9a50bb21653b	1	linux	applied	0	67	2026-12-05T17:58:17.628Z	2026-12-05T17:58:17.588Z
dd42d60c-a2fd-45eb-b910-ad450d772ccc	90636d2f-1c90-4f64-a56e-9a50bb21653b	1	linux	applied	0	72	2026-12-05T17:58:17.629Z	2026-12-05T17:58:17.589Z
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	90636d2f-1c90-4f64-a56e-9a50bb21653b	1	linux	applied	0	77	2026-12-05T17:58:17.629Z	2026-12-05T17:58:17.591Z
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	1	linux	applied	0	64	2026-12-05T17:58:17.637Z	2026-12-05T17:58:17.588Z
dd42d60c-a2fd-45eb-b910-ad450d772ccc	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	1	linux	applied	0	69	2026-12-05T17:58:17.641Z	2026-12-05T17:58:17.589Z
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	1	linux	applied	0	74	2026-12-05T17:58:17.642Z	2026-12-05T17:58:17.591Z
0f87a450-065d-4302-957a-71bc36a0acac	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	1	linux	applied	0	55	2026-12-05T17:58:17.610Z	2026-12-05T17:58:17.583Z
1a2a182a-7157-41c0-b20b-a2b869efcfd5	5a2cc8c5-3115-44ee-8a01-5edaca3e057b	1	linux	applied	0	60	2026-12-05T17:58:17.612Z	2026-12-05T17:58:17.585Z
1a2a182a-7157-41c0-b20b-a2b869efcfd5	90636d2f-1c90-4f64-a56e-9a50bb21653b	1	linux	applied	0	62	2026-12-05T17:58:17.628Z	2026-12-05T17:58:17.585Z
0f87a450-065d-4302-957a-71bc36a0acac	3bcf82a7-bb7f-4864-b668-d6eb1a868b31	1	linux	applied	0	54	2026-12-05T17:58:17.630Z	2026-12-05T17:58:17.583Z
4907f4c6-b410-4707-8390-f9c37688fbd9	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	87	2026-12-05T17:58:18.510Z	2026-12-05T17:58:18.455Z
6053bccd-0608-406b-bb39-1b97f2c8cede	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	88	2026-12-05T17:58:18.511Z	2026-12-05T17:58:18.460Z
66db7eb6-b716-4ec9-899d-a83087968727	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	89	2026-12-05T17:58:18.511Z	2026-12-05T17:58:18.465Z
6d0a91bb-5b7e-4637-8061-fc88a766152b	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	90	2026-12-05T17:58:18.512Z	2026-12-05T17:58:18.469Z
8959b70a-e43c-456b-9a83-99dc54cdc57e	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	91	2026-12-05T17:58:18.517Z	2026-12-05T17:58:18.469Z
a7dd1972-44cb-410a-98f4-fc4688b8f72c	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	92	2026-12-05T17:58:18.517Z	2026-12-05T17:58:18.470Z
b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	93	2026-12-05T17:58:18.518Z	2026-12-05T17:58:18.470Z
cb9d0aa5-ebbb-4891-9789-442665247155	efe9d928-45ab-4fee-bdac-1f5816c0cc98	1	linux	applied	0	94	2026-12-05T17:58:18.518Z	2026-12-05T17:58:18.472Z
\.


--
-- Data for Name: device_commands; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_commands (seq, device_id, user_id, command, created_at) FROM stdin;
2	badb7b83-54e2-45b1-9429-dc21e03d0fe6	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	accounts	2026-12-05T17:58:13.447Z
5	5dd7ee43-3ceb-4203-bbb3-827e4f879f89	52863629-5005-4a85-a4bb-a0a36c75f1e1	accounts	2026-12-05T17:58:13.920Z
8	aee50ed3-85ae-4491-8238-8228c566c5f6	60a0c280-a3db-46bc-9a6e-d41fc398008f	accounts	2026-12-05T17:58:14.239Z
11	8cc84769-45bb-4ac5-b618-2f2c9566c4cc	63e129b4-6819-4b14-a677-e9bd0291f8e5	accounts	2026-12-05T17:58:14.571Z
13	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	63e129b4-6819-4b14-a677-e9bd0291f8e5	accounts	2026-12-05T17:58:14.683Z
17	8b909687-3c18-409a-afff-d18b876dc0cc	853d84ae-0f19-4a1d-9c1e-d39462a2b413	accounts	2026-12-05T17:58:15.026Z
19	226bb79d-172a-49a0-a550-d830e2c8c842	853d84ae-0f19-4a1d-9c1e-d39462a2b413	accounts	2026-12-05T17:58:15.092Z
23	31340f2a-a2f1-476e-a32e-b80a00676c79	be2d3635-90b7-43aa-bc8c-92b863911e14	accounts	2026-12-05T17:58:15.370Z
26	c8bb8df7-3ab2-48b9-90b7-9db70e592623	01fb191b-9825-4278-b1df-6b01dea4f4d7	accounts	2026-12-05T17:58:15.593Z
29	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	accounts	2026-12-05T17:58:15.752Z
33	a6a4a2ce-7439-446e-984e-2e7dcda62143	25586e99-8557-4343-8525-01136c008133	accounts	2026-12-05T17:58:16.106Z
35	a6a4a2ce-7439-446e-984e-2e7dcda62143	25586e99-8557-4343-8525-01136c008133	lock	2026-12-05T17:58:16.225Z
37	a6a4a2ce-7439-446e-984e-2e7dcda62143	25586e99-8557-4343-8525-01136c008133	unlock	2026-12-05T17:58:16.235Z
39	623c41fa-5fea-454a-abdf-2485d641b21c	33635b71-1aa7-4857-9288-a0474a9c0a82	accounts	2026-12-05T17:58:16.352Z
43	3bcf82a7-bb7f-4864-b668-d6eb1a868b31		accounts	2026-12-05T17:58:17.013Z
44	90636d2f-1c90-4f64-a56e-9a50bb21653b		accounts	2026-12-05T17:58:17.015Z
45	96b436f7-2eca-4dd4-8a35-d15ed4c85bad		accounts	2026-12-05T17:58:17.032Z
46	5a2cc8c5-3115-44ee-8a01-5edaca3e057b		accounts	2026-12-05T17:58:17.038Z
47	6fa5f590-5437-4505-88f4-eb7758065887		accounts	2026-12-05T17:58:17.040Z
49	3bcf82a7-bb7f-4864-b668-d6eb1a868b31		accounts	2026-12-05T17:58:17.071Z
50	5a2cc8c5-3115-44ee-8a01-5edaca3e057b		accounts	2026-12-05T17:58:17.072Z
51	6fa5f590-5437-4505-88f4-eb7758065887		accounts	2026-12-05T17:58:17.072Z
52	90636d2f-1c90-4f64-a56e-9a50bb21653b		accounts	2026-12-05T17:58:17.072Z
53	96b436f7-2eca-4dd4-8a35-d15ed4c85bad		accounts	2026-12-05T17:58:17.072Z
80	3bcf82a7-bb7f-4864-b668-d6eb1a868b31		accounts	2026-12-05T17:58:17.591Z
81	5a2cc8c5-3115-44ee-8a01-5edaca3e057b		accounts	2026-12-05T17:58:17.591Z
82	6fa5f590-5437-4505-88f4-eb7758065887		accounts	2026-12-05T17:58:17.592Z
83	90636d2f-1c90-4f64-a56e-9a50bb21653b		accounts	2026-12-05T17:58:17.592Z
84	96b436f7-2eca-4dd4-8a35-d15ed4c85bad		accounts	2026-12-05T17:58:17.592Z
96	efe9d928-45ab-4fee-bdac-1f5816c0cc98		accounts	2026-12-05T17:58:18.473Z
\.


--
-- Data for Name: device_group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_group_members (device_group_id, device_id) FROM stdin;
c590a52a-fb54-4e7c-937c-60ae00cf133a	3bcf82a7-bb7f-4864-b668-d6eb1a868b31
c590a52a-fb54-4e7c-937c-60ae00cf133a	90636d2f-1c90-4f64-a56e-9a50bb21653b
c590a52a-fb54-4e7c-937c-60ae00cf133a	96b436f7-2eca-4dd4-8a35-d15ed4c85bad
c590a52a-fb54-4e7c-937c-60ae00cf133a	5a2cc8c5-3115-44ee-8a01-5edaca3e057b
c590a52a-fb54-4e7c-937c-60ae00cf133a	6fa5f590-5437-4505-88f4-eb7758065887
\.


--
-- Data for Name: device_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_groups (id, org_id, name, name_lower, created_at) FROM stdin;
c590a52a-fb54-4e7c-937c-60ae00cf133a	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974	fleet-52639974	2026-12-05T17:58:16.995Z
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (id, org_id, name, platform, secret_prefix, secret_hash, created_at, last_seen_at, applied_seq, agent) FROM stdin;
badb7b83-54e2-45b1-9429-dc21e03d0fe6	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-8c50cf16	macos	dv_7o7ZsFa64Wn0	3fe32aa20b6fc25212571d6a8669d58d0ccaf1786d4523a5d8e9046325f16d47	2026-12-05T17:58:13.413Z	2026-12-05T17:58:13.634Z	2	agent-sim/0.2.0-dev
4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b	907bcf75-8730-4f0b-8458-eee4d31db9eb	laptop-5e09b3b2	linux	dv_pknET8VNjd0R	6ee056eb4f83c3960e1aace6a0d297933b773084ccf7e25c1311a9179cbbb994	2026-12-05T17:58:15.741Z	2026-12-05T17:58:16.039Z	30	agent-sim/0.2.0-dev
8b909687-3c18-409a-afff-d18b876dc0cc	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-online-4f6e0fae	macos	dv_5pnUdMJoqqX0	3d0c10be1e9d06f1420bf20afed13122e4534f73c1fb65748e6b61e8f4f397a1	2026-12-05T17:58:14.993Z	2026-12-05T17:58:15.182Z	17	agent-sim/0.2.0-dev
5dd7ee43-3ceb-4203-bbb3-827e4f879f89	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-74aae421	macos	dv_cOLXYcLX5XYm	3e861cd3f6b89dbb7e32f0c9a31f3c683c5d96c462a1442fa23cfd618fcdaac0	2026-12-05T17:58:13.877Z	2026-12-05T17:58:14.009Z	5	agent-sim/0.2.0-dev
226bb79d-172a-49a0-a550-d830e2c8c842	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-offline-4f6e0fae	macos	dv_UxBxEACRfKmc	82c32f6d1894e4588a7bdabc6da43581cbeb8238982811eadc3e1337e94336cb	2026-12-05T17:58:15.069Z	2026-12-05T17:58:15.214Z	19	agent-sim/0.2.0-dev
aee50ed3-85ae-4491-8238-8228c566c5f6	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-c0e1276b	macos	dv_D1fdaYgYIv5h	3e0c0d2f8f5c03e71747fcf00ebc39d16eeda44709cc07a7bfd217a926397c06	2026-12-05T17:58:14.197Z	2026-12-05T17:58:14.391Z	8	agent-sim/0.2.0-dev
5a2cc8c5-3115-44ee-8a01-5edaca3e057b	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974-0	linux	dv_n0bTI7snfIge	7eb5616d5e12f823f5bde28fa321597fa827ed3001096e3633b673a8ef94a957	2026-12-05T17:58:17.027Z	2026-12-05T17:58:17.599Z	81	agent-sim/0.2.0-dev
31340f2a-a2f1-476e-a32e-b80a00676c79	907bcf75-8730-4f0b-8458-eee4d31db9eb	pc-d4f749e4	windows	dv_hEcUgK3Vh2X9	468e63a803a69b324d6006e3739c998d6d9fc7e443a3683e7ab68e55416a3222	2026-12-05T17:58:15.365Z	2026-12-05T17:58:15.494Z	23	agent-sim/0.2.0-dev
8cc84769-45bb-4ac5-b618-2f2c9566c4cc	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-primary-a75970e	macos	dv_bPwujxKsj6ih	bcd7de95690d0da1d0dbdd2e5590cc48c531fc8026288e0c379dca2e8ba48572	2026-12-05T17:58:14.517Z	2026-12-05T17:58:14.842Z	11	agent-sim/0.2.0-dev
efe9d928-45ab-4fee-bdac-1f5816c0cc98	907bcf75-8730-4f0b-8458-eee4d31db9eb	big-60b13bd2	linux	dv_rsglIxkQO3jd	6315f1a466ee9a473ad42df67037b250c8d0f1612803e9dc81394d56c33d49c1	2026-12-05T17:58:18.443Z	2026-12-05T17:58:18.507Z	96	agent-sim/0.2.0-dev
a1e578cc-738a-44b8-84e3-1af9cd3e0bbe	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-second-a75970e	macos	dv_Z8azBM5irWcQ	fca0562336b8ef588e5bf99d7dfe3bd8b3d833502aa9fbe3873d30b6d8806dba	2026-12-05T17:58:14.641Z	2026-12-05T17:58:14.853Z	13	agent-sim/0.2.0-dev
a6a4a2ce-7439-446e-984e-2e7dcda62143	907bcf75-8730-4f0b-8458-eee4d31db9eb	laptop-820e6511	linux	dv_LFroZuhlFMKL	b789f12ca1781b892e02bc14c419036bd1442d587093909584eb21a277bb9f15	2026-12-05T17:58:16.099Z	2026-12-05T17:58:16.242Z	35	agent-sim/0.2.0-dev
c8bb8df7-3ab2-48b9-90b7-9db70e592623	907bcf75-8730-4f0b-8458-eee4d31db9eb	laptop-5a1a7ee1	linux	dv_Qk0L5WZRhlrs	44ccb16e3606dce04903b5b6239931117de24c000175ec8cee3531c578ba2146	2026-12-05T17:58:15.585Z	2026-12-05T17:58:15.659Z	26	agent-sim/0.2.0-dev
96b436f7-2eca-4dd4-8a35-d15ed4c85bad	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974-4	linux	dv_RqwKF2b9dmKJ	0519e77d88dfbd8e18765a1c59dff0c345a6ad88cf330c05f3542706ba61581c	2026-12-05T17:58:17.015Z	2026-12-05T17:58:17.609Z	84	agent-sim/0.2.0-dev
90636d2f-1c90-4f64-a56e-9a50bb21653b	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974-2	linux	dv_GSm9VctQYlMr	9b2abb91397831e1a23cae99db98129d774a8c7c7b7d0ea20699423d88ece85b	2026-12-05T17:58:17.008Z	2026-12-05T17:58:17.622Z	83	agent-sim/0.2.0-dev
3bcf82a7-bb7f-4864-b668-d6eb1a868b31	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974-1	linux	dv_rQAWjHp6cCQm	ac70ea4ca6976a2992c8cd1115c05a90d26f14d9044537a08c95b347d90c9355	2026-12-05T17:58:17.007Z	2026-12-05T17:58:17.625Z	80	agent-sim/0.2.0-dev
623c41fa-5fea-454a-abdf-2485d641b21c	907bcf75-8730-4f0b-8458-eee4d31db9eb	mac-c36d0787	macos	dv_kVgGreGNKSFT	3102c07dbe1e99599892a122b880b2f1d15323853d6861b736c91e43d5c667f3	2026-12-05T17:58:16.305Z	2026-12-05T17:58:16.670Z	39	agent-sim/0.2.0-dev
6fa5f590-5437-4505-88f4-eb7758065887	907bcf75-8730-4f0b-8458-eee4d31db9eb	fleet-52639974-3	linux	dv_dZ3gbhEXTySi	ffbd03213a3afd3faecb9e74fea19351a14be08afa835954f41c59e9e5ac8e55	2026-12-05T17:58:17.027Z	2026-12-05T17:58:17.607Z	82	agent-sim/0.2.0-dev
\.


--
-- Data for Name: enrolment_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.enrolment_tokens (prefix, hash, org_id, created_by, created_at, expires_at, used_at, device_id) FROM stdin;
et_4ehvkk8cIJnY	40d05b604c9a3c8e50b0ae255c45165b32c64a434db8a157ee22732d941d54ff	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:13.409Z	2026-12-05T18:58:13.409Z	2026-12-05T17:58:13.412Z	badb7b83-54e2-45b1-9429-dc21e03d0fe6
et_wA6AoyfuRG3c	012c7be8f99afb8cfc7b86d1040fb6a72fe5f4784db2429869f3e408e32f0f73	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:13.874Z	2026-12-05T18:58:13.874Z	2026-12-05T17:58:13.877Z	5dd7ee43-3ceb-4203-bbb3-827e4f879f89
et_mw19iQ95xomO	9ecb452dd0546cde741d239744db88f3522ab955dcd3da59415e8a6d8c54bfd1	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:14.195Z	2026-12-05T18:58:14.195Z	2026-12-05T17:58:14.197Z	aee50ed3-85ae-4491-8238-8228c566c5f6
et_pgyHKbW3bWu0	6c4ed62d5e9a67047b302f88f69184d6a7e750b7a06ac201a4a98d0766fa3ea9	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:14.505Z	2026-12-05T18:58:14.505Z	2026-12-05T17:58:14.517Z	8cc84769-45bb-4ac5-b618-2f2c9566c4cc
et_IiorO9qmd4EL	1d08e9fa9bf277302f6a1585dd364327af3a005173002bd91d65c36807534343	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:14.637Z	2026-12-05T18:58:14.637Z	2026-12-05T17:58:14.641Z	a1e578cc-738a-44b8-84e3-1af9cd3e0bbe
et_ojQcxN84jf9t	79b2b07936b5f132b8113d5bd48073873e130e21c7015e1bc639001040e17fd1	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:14.989Z	2026-12-05T18:58:14.988Z	2026-12-05T17:58:14.993Z	8b909687-3c18-409a-afff-d18b876dc0cc
et_VJWEa9sBlS2a	da17984b2a58088bc7305d50d0efdde2f6de4855823da72d855909639186256b	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:15.067Z	2026-12-05T18:58:15.067Z	2026-12-05T17:58:15.069Z	226bb79d-172a-49a0-a550-d830e2c8c842
et_ujxLyHkHrf6x	fe5817e6102466cf994b44bd54463d5ebc9d9ee5f3b832e8a4434b5bf97b76ab	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:15.361Z	2026-12-05T18:58:15.361Z	2026-12-05T17:58:15.365Z	31340f2a-a2f1-476e-a32e-b80a00676c79
et_pK71ZITGUW88	42b5e05bb22488c23fe6cede84028771b9b3faea6fc7b61f042d986fb18ecb6c	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:15.581Z	2026-12-05T18:58:15.581Z	2026-12-05T17:58:15.585Z	c8bb8df7-3ab2-48b9-90b7-9db70e592623
et_gG5APS3Pn4Sp	a6eeba8d42557e201fa9d7ce3453cb494882ec0f08abb5f8a9faa9ead2f99cc0	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:15.737Z	2026-12-05T18:58:15.737Z	2026-12-05T17:58:15.741Z	4ccdbfa8-766b-4c7a-b1a8-4b6f135f1f8b
et_77CxpxgAeiP3	62b01097debeeb7fe4e22f41e35d0b3ceadc2ba75b47708f307abc4089b4f244	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:16.097Z	2026-12-05T18:58:16.097Z	2026-12-05T17:58:16.099Z	a6a4a2ce-7439-446e-984e-2e7dcda62143
et_NutLr3i37RHq	8d2ad96542397c57597dff7dd76f2a34f72835ed77f8f6d8dd6840bc8e2b48b6	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:16.301Z	2026-12-05T18:58:16.301Z	2026-12-05T17:58:16.305Z	623c41fa-5fea-454a-abdf-2485d641b21c
et_wNI6KitolFNH	82840a493998bde326ba8196a15d86971fa376926f5d43b95f88fa715e3b21d3	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:17.006Z	2026-12-05T18:58:17.006Z	2026-12-05T17:58:17.007Z	3bcf82a7-bb7f-4864-b668-d6eb1a868b31
et_maXKnoHN7P0P	9d5a4c7909d2d196066fb35b0de97554ed52cbfd2cf9d851c3e1a170c32e40ba	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:17.005Z	2026-12-05T18:58:17.005Z	2026-12-05T17:58:17.007Z	90636d2f-1c90-4f64-a56e-9a50bb21653b
et_UBHFl6oSruDN	42cad9f550bc0537eadf5199bc8966af576673d9a3ad5bfc34112d103c8c741c	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:17.014Z	2026-12-05T18:58:17.013Z	2026-12-05T17:58:17.015Z	96b436f7-2eca-4dd4-8a35-d15ed4c85bad
et_LL0NxxDUXF1S	f9361c8bbcaccfa9f79307424d40aeebdce144db7de9152571ea0bbc5430f868	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:17.022Z	2026-12-05T18:58:17.017Z	2026-12-05T17:58:17.027Z	5a2cc8c5-3115-44ee-8a01-5edaca3e057b
et_AdTc4SxETw2D	52d87d68bc0f1ff6b54bd84d3d2d4fc47fb5051ce2fbcf42b9b6424d527eb2e6	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:17.012Z	2026-12-05T18:58:17.005Z	2026-12-05T17:58:17.027Z	6fa5f590-5437-4505-88f4-eb7758065887
et_IV4e2LbyBLBP	62726eb98fd4b31e6676f4b2c9301733cfbcc68324a3ec194969b90234988707	907bcf75-8730-4f0b-8458-eee4d31db9eb	admin:admin@localhost	2026-12-05T17:58:18.442Z	2026-12-05T18:58:18.442Z	2026-12-05T17:58:18.443Z	efe9d928-45ab-4fee-bdac-1f5816c0cc98
\.


--
-- Data for Name: group_bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_bindings (id, org_id, group_id, device_group_id, device_id, admin, admin_until, created_at) FROM stdin;
edede1fc-f625-443b-b633-6e27f9b9b515	907bcf75-8730-4f0b-8458-eee4d31db9eb	0316b777-17ed-4092-9038-20812c09bfff	c590a52a-fb54-4e7c-937c-60ae00cf133a	\N	0	\N	2026-12-05T17:58:17.069Z
f82685fc-2856-4282-8dcc-b6db97bf7559	907bcf75-8730-4f0b-8458-eee4d31db9eb	364c493e-8861-4257-aa34-42faff6c3243	\N	efe9d928-45ab-4fee-bdac-1f5816c0cc98	0	\N	2026-12-05T17:58:18.452Z
\.


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_members (group_id, member_id) FROM stdin;
0316b777-17ed-4092-9038-20812c09bfff	0f87a450-065d-4302-957a-71bc36a0acac
0316b777-17ed-4092-9038-20812c09bfff	1a2a182a-7157-41c0-b20b-a2b869efcfd5
0316b777-17ed-4092-9038-20812c09bfff	b6e7dd37-1470-40e3-8b21-f8c31f9edef5
0316b777-17ed-4092-9038-20812c09bfff	dd42d60c-a2fd-45eb-b910-ad450d772ccc
0316b777-17ed-4092-9038-20812c09bfff	f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d
364c493e-8861-4257-aa34-42faff6c3243	1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4
364c493e-8861-4257-aa34-42faff6c3243	3ee61782-33bb-4036-b6ac-4419402a9a43
364c493e-8861-4257-aa34-42faff6c3243	4907f4c6-b410-4707-8390-f9c37688fbd9
364c493e-8861-4257-aa34-42faff6c3243	6053bccd-0608-406b-bb39-1b97f2c8cede
364c493e-8861-4257-aa34-42faff6c3243	66db7eb6-b716-4ec9-899d-a83087968727
364c493e-8861-4257-aa34-42faff6c3243	6d0a91bb-5b7e-4637-8061-fc88a766152b
364c493e-8861-4257-aa34-42faff6c3243	8959b70a-e43c-456b-9a83-99dc54cdc57e
364c493e-8861-4257-aa34-42faff6c3243	a7dd1972-44cb-410a-98f4-fc4688b8f72c
364c493e-8861-4257-aa34-42faff6c3243	b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682
364c493e-8861-4257-aa34-42faff6c3243	cb9d0aa5-ebbb-4891-9789-442665247155
\.


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.groups (seq, id, org_id, display_name, external_id, resource, version, created_at, modified_at, gid, unix_name, unix_name_lower, membership_seq) FROM stdin;
1	0316b777-17ed-4092-9038-20812c09bfff	907bcf75-8730-4f0b-8458-eee4d31db9eb	Fleet 52639974	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"members":[{"value":"dd42d60c-a2fd-45eb-b910-ad450d772ccc"},{"value":"1a2a182a-7157-41c0-b20b-a2b869efcfd5"},{"value":"0f87a450-065d-4302-957a-71bc36a0acac"},{"value":"b6e7dd37-1470-40e3-8b21-f8c31f9edef5"},{"value":"f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d"}],"displayName":"Fleet 52639974"}	2	2026-12-05T17:58:17.056Z	2026-12-05T17:58:17.581Z	300000	fleet-52639974	fleet-52639974	79
2	364c493e-8861-4257-aa34-42faff6c3243	907bcf75-8730-4f0b-8458-eee4d31db9eb	Everyone 60b13bd2	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Everyone 60b13bd2","members":[{"value":"cb9d0aa5-ebbb-4891-9789-442665247155"},{"value":"1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4"},{"value":"4907f4c6-b410-4707-8390-f9c37688fbd9"},{"value":"b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682"},{"value":"8959b70a-e43c-456b-9a83-99dc54cdc57e"},{"value":"a7dd1972-44cb-410a-98f4-fc4688b8f72c"},{"value":"66db7eb6-b716-4ec9-899d-a83087968727"},{"value":"6d0a91bb-5b7e-4637-8061-fc88a766152b"},{"value":"3ee61782-33bb-4036-b6ac-4419402a9a43"},{"value":"6053bccd-0608-406b-bb39-1b97f2c8cede"}]}	1	2026-12-05T17:58:18.440Z	2026-12-05T17:58:18.440Z	300001	everyone-60b13bd2	everyone-60b13bd2	95
\.


--
-- Data for Name: materials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.materials (user_id, version, platform, nonce, ciphertext) FROM stdin;
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	1	linux	aupHeV3xl+V1ZA3mSiXAlMpxcvtpwQ5F	Xv6I0bq/WiH+4wlgismADLFkuMfx6mmW/NZLkFCszwnJjpEOlARtOOO13VddQ6aJiXFBeOMMUINwOCMloYlEmR1x0cEbXBUHU0FJ1qwarCOLg06zOkXDmRTAOMqOfPVEK35FfNb41HfnaL1Enj++klNQF6uC0AB4tQtgTOEvWBBq3hXo6rd20aJve92KGWKJHCqq1GgjSyxpebIX87NU6oX/Qspm5Q7DZjkV
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	1	macos	7mW5QhWCMLjNaYHnME683agS0GUwr1Jb	Ob21tw/bDtqwjStpnmK7pbP7A2neSVC01Mm1HMHM1/BcKUqw8I6MzSSnc212nqAZ+9uWS6LhJQR9Bk3YhSc5b3mhiDLL1B3JsS0Kh8UNbn7M+h/5URTmXrspNXTc+m4VvkqLEtFeHRBjtBAKvqm7HqWDZdubjG/TYlnP2OvKhookg6SP19cbvxk40iPHnMq4touRXFJXHbXV8nigjpyJB2IyWz/++/zmX9aMvC7d5A7vlssElApgeBT9Pwu9YDMJ9WQLFvG47WiOnq856x3B14nSwrqZq+L/+LXm1wU7LgiGfaT4HKqo+vf82M1O/GXIifNUZrODP6bJynr58hKuNZ2Aaxb+6ZSbQ5CUJddivT2/9MbpvylZMjRSxSVPNaWoHLElHo9DdooVX582wQADka07J7R1vFj/NnkR9g==
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	1	windows	q5J7Qwak4tgbwJHToXHzuiATNI28oWx6	FGA/Jci6Ox13ZEw0Ets5BBWAyUTtdsanLu7c+ASIEeVmskD466ytMj3427BPhO6J4JQ1W1dfp46TdQ41gonzII9rp5xPp2FpEzG7sCfn
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	2	linux	8waZX0wJ4fZ9l5h0zAgV38g2TVeAXTT8	2dx6eMnx4ItHVgBtjKA0WeA6yRNTBIaGQJ56wdzUvGAqP5T0Wl19b1Wki1n1Qz2HleaoitFP+2xJMCG/r222m68qMSPfNf30PBrCq4qhQPmOEc2INHvFrvnk9H1ZkFZWu0tjbMrEmS/soYYeX8PUQ3JJyiyUXOAwYy/+HX/8EQjdGnwrsVhQhrhBpfrwdQ/x2Vc5W1Tm2xJufIBX3TU91VBDTgB3WxKC6tMP
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	2	macos	tFkTWwA3WqjklAO5mzRnsdZX3NKhxqQi	Ca8L9nM3ICybwwVo6XRBVn8AQxYKQM0Fj0SwqylAqrbRwD5naL4tBlmJf66pB73fXV2KAtrsf5dqEgjgEItw2ILCK8vKD91YUxOPEc+sdv1Sf2dog+N6k55AfwOfHDCR++U3n57xVEwQ1VY1j+FmqjfKHjg1PvE8HKkI+kurRRXnj8NGMkRFGdfJCvr6pCmXtgGoGjjUD4wtPT46Ssj4vYaboYeOkn4KNuKomnC9t8VLgpdH1RG+jaxUns60jPWEx9oocfgmO+x2R3xjRtMBwOntSAzmIoDuy8Q2XrpN6w6US69Y1nGaQh0bnhEYezErarSXGQJalQhv8g9K9Y6VJg6NzVehzkpipN3oWhTgcqXQ1iVao2irWSICi1xp0h8i9L4fcyEYG/lVwEyyWzYJ4Fgd1Eoj6yljLI3oIQ==
b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	2	windows	JmDnm8bMknBKY3Vhy769Ap4JkqLoP1VI	eCxO+lhyXkFn6/4x5TX3G1P5LV0FMftcDeGuyPjje9nTKw6InIXSnxp8WKKSMp33NlawtgsVByz79S+5/LsnogHc0XvsxNZ+6DUtiVNP
52863629-5005-4a85-a4bb-a0a36c75f1e1	1	linux	ZdnnjekQRYY4NGHIJIrIe4D6TyKuT1ht	GxkL/6iwxkIdmR0P30FI+/L5iPO1+bsPWjEpYkINHPQhhV+Vs4hwSAELojVS2+ikX2CfDeD0cowkSLtJM2rChEIHV5ULAlaSo6GN1eHjaIXR0s9/pwUpiY/VC4KofjwW2skakfuh9NzK726AJQtgNII+ca0z+68wAwlOgnJAW+x2hvWk2HS6GFhFjKCgL5OP7TKpxdS0RtwiTOeAfYRPd54OT7StmkBAOMq6
52863629-5005-4a85-a4bb-a0a36c75f1e1	1	macos	2z/sAl8RDA9/bO3rvxCSHaKMqkjx5Meu	4iKwkUNU3XvBXv1Ea1P7Wk5dBehCvWFpL2+Nk3kfd5EM58BJXx3iWchP3A1KARncvEJvowHz3etQ65nUCAROmOzzDWAKcbMZlazeT7Z3ThReSAwN45kQ1FKSNg69/ZX3JmhTcrHr465uB8fHfMPCP64r1Vdp6L+bQgte5N/Bzq5j7YZOVVxUVWnGbg16+XyR2s0JkqJLO2eU0QO+zxm31eP+KCyj7qa0pHlqXwKPUELIEboTae++13XpcF5BFxAXttXVdnGGjEGE/eahUx49LemYwBZhys60rKgtmKXc2vXNJPmmLdeGAoOKLhd/SwT5/OcfD14lhXI7Nj7Y++qtZ/JxXDjo2aGr0QbLtoJ3yHtcOGhsWH31dpeHh/UFTpek1wsiSRLl+4q5r8mraLITJsunWvkX3g0ebFjA/g==
52863629-5005-4a85-a4bb-a0a36c75f1e1	1	windows	l/Z6TlAEG4kpPzpw9M1QuORiWbb2/D3L	Z7eoIYZPwKc9HC2EUwZ8SRztacVkVNqrD2pgqVz76nsS97pJPyWgC8/mUhQzFMkr5eF6+39lPVoO8C+X8tfLpoSMmj0JjJ+xLar3TkzS
52863629-5005-4a85-a4bb-a0a36c75f1e1	2	linux	dHfzRtqhcMXqt+iEmUM7LKqqV+4pqPf3	nxI7oDytZd5klBU+eNPOX5mYZaymvBCTbLltjzi0uB3sPYdwE3L4BAXdd9R1CB5HW/VeAEoV0GbMwPV9VwwjqsucI47B/ALkI78pQyh9y72G6ykGZObEnhl+YFKE5/qg8dqDfgkTjUbrQ9eMnijP7NJAqB4vAKzwmg57DSNW4i4FO6yDNq6YbwKrUWPRI2gUkD26Ds5VuzF8mHNcZZPZLZMaO3tLFcCe0t7E
52863629-5005-4a85-a4bb-a0a36c75f1e1	2	macos	PHLpsns6sfNUm40QTK+XyrawzvpVPJnM	Ld6eeNP+HF3dNBa/SwVFenDFXVRNGRHJYiqBqFZkhcMbNN76tmDIlsM/znRYSZGcGn9KDcXgDF0AEzjqojmSlr65k8D5HQrn8jgkBu/9wC3RZWYOxvo4z0ihZZyY0FzgE7KpZpbS8IZ4OJS+ySg3gZXkpb4kwxbTYPxcZxXzXXQCpolzTGfSpZ5G5/X14bNUt1IIKKE0RFnW6Ia+0qdLcl02SxdY3/bLAvVfNPFYF49JXj+QKWnCIMB/dqmDQx/Fm9bIOBEwIqOE4Op3SnOriSvlXgwxNSF+RbGIHI4w6jIpNqJOwqQDV10Uefi2mtJ4Rk70jqqz/dd+DoUuyyJxBVpHMOT+SZbsFmFczyunuRRnNzD4W/EzX6r5CnjocsnbmLyYA9bZmXYG99R48OUfiOQTS2ULdFSGhknIcA==
52863629-5005-4a85-a4bb-a0a36c75f1e1	2	windows	fi2kLmlrqXAh81baYl3hntxTbdUTW0nb	MC0mWJWyJtp0nda3AGXBfGHR2R42xjH/HWjLZ3kaTh0z5xlf39KtScpmy0yUsBPGGu1KNn8WHAZcaEfpxT/vRik3Jv45c4l7K8f39TM6
60a0c280-a3db-46bc-9a6e-d41fc398008f	1	linux	Fg9DxukKrCw/zuC1/gttdSqYhbXQ4nbu	TesKoBn+7T9yDYyLTVtpiGKpj7b59XOhV1LkMILbUcBgXDZlPcb/bTsnGM2Mi3v8urZlCvofiFfn/IbxUUB8ZENTkxrbeUbGyNjSzpOY+vOvKa5m6LLgY1J/CFoNwHZmFBF1pNL3KvtjaMvFV6or49FpVGDpSoKcxhw/NR68hKeD3ylq5+uvRdhKzV6MTff3gXZBcDw37mATZTFdZjTXNzZRcw30E9521m5R
60a0c280-a3db-46bc-9a6e-d41fc398008f	1	macos	CoeG0FFE+Jlvv5WEBSrqm6oOhlmDc5lJ	Uijf448hM8U1hnQSlQ6T5kUpT1gE86RKjfvZrzz5RnirG7J65uwNvz5nc3+0R3LKXIph+bUyqRcWMde+fdwXh3wUF9xjRvydMOd44IeaIeJGdcUFuyxrxvphLCweNmEgZZHwqNryEcvvzQKbK9kaJTuLnK+92CJs/GPvFLO1lqyrh4z9bbMNpMp/Z5COmKlcHyAGvXrWEDa/h1cFVdDKeViXW564J6DUdrhtDarjdyj+2plMxweNYk6wBvrcVoAov7OOO8/HP1atWIQGWB7s6wyCNMpDXNS0oXNSpPlDuoNDmfyJnL30guy84L/qSs1RnaK0BkHMeliwq5mLtJ08mfkd4r+uMXCpdTNiqRs0Ki+qBL2J2ZxKB1lot9U5/UsNH3MDwo4fr+xmf5uWl0VFfbsMmpQHCPA0gS/wtw==
60a0c280-a3db-46bc-9a6e-d41fc398008f	1	windows	+wOTTXemKhJ7vz2JKdqQL8wErWMMOaQU	YyXsv+Yz4ZRK/ffkpG6GVzCYhfSzKD3zDhvSYJbmB1WUVJOe6vAXYTTz9wARfDpD490kFA+zm4CVAS/MzbuQDhJLKQEkFNf/hl7/efid
60a0c280-a3db-46bc-9a6e-d41fc398008f	2	linux	alAfWTKXizLjerSwtD95BBDPisEUXj4+	Qqos3B/P/ts5nnar6y8PxQ7Tv6WNgB6N61sRkYlZhYsYJgz6UNhTxYzfl3sLZCnwgZT2/Rrv+Pqs76HWEWAwno8cw6JmbBsaLX3rvIT3DIwArXA8/NlQJz/y+Oeh3ZzFcHJf/m4iUWP7agbVFIoLB1lneAg9jWKJnmWbr3sbcgNb2j15OOWLFJrPstfRzZUb5ArQfpfUz2bK5cp7x5WKQrGY74KY62tZqdJD
60a0c280-a3db-46bc-9a6e-d41fc398008f	2	macos	CF2ClLN225EMKFMiiuq33KbN4avDfCow	zVw4UntBVUTM9TuUdQlRrpDgKY92Gt9Z3T5GGqqxFsfJBaiL8Y3IGNHFysvNdUrgARl6LBRB5jFvghqUftWEffO2zdreRQvuYf9L1evCnAbTGP2w/f2NRmkaPIvxHcAoplI1DLHaYUI0dr86pLsjyzEHEskOt8E5kMRjV5uwW25wZy4WLvHWU2UQSrDe6g80KQc4O6bUMjqbZEkXjzf70F8pt1JBfCws1197y0h6OTuCExVqRwOqm+4fu6wiJXor33bFvbGvbjDg9soygkhTFqvxGDoVij9QrbQqjNPLbV2X7Zn/P/v0JTh7ELfA8GL2Eu5sJM3TSj29mQ7SYntHRqTXqYIDlCJsp0zSZmp3fy4rZTRFD+d4rIv1VEsoP2q1R+f5f+PETPbffhPUpjgmsD8eP2z/lCHUyQfKUw==
60a0c280-a3db-46bc-9a6e-d41fc398008f	2	windows	nI2sfE3n4cUSkXowXknoDS7PZO2qHTh3	IBgFGFw/0Ldp+PnB78PPBga9ktBOiWl6ohcVwOFWwVKCTD/3kXvZf8VfqQwfXycFpdRVAQAKkMFf8laiWcZoLn5oybp8le6sm01frEd5
63e129b4-6819-4b14-a677-e9bd0291f8e5	1	linux	+IWcQy1ByNRvpi3apx+uI9t0ZYNRXIEt	oWJsykti8ueclsZ5LGE/TDR/+DZ9UFkWmvZfzqTmZtvADLkuOZyAFqgBYD5951wwknrv0xiTeholOwWEEc6SttLkbP6Y7NhSuvAepNisVU6zrJbXma826/ixXteub14D/qGp6EfaZo1328s9/maCYEh/vLGesCo8WmGsQ1F6B9k5dZ/qPx3vxTJoGDNjn/D5tU1vhOEA0y4LwstKgSTry2v3VX/DRUZE5hD/
63e129b4-6819-4b14-a677-e9bd0291f8e5	1	macos	3D3jkvBgEsxr65Mec63gZjE2LvA8R+rW	VUXt2TZrc/QiZFGn8WU9KyAyrhdVCsRCvIYOL0noWa6JYpQp4ekIAI2JMsPG5r93eq3z1lWWgwbvX8J7twHTtRViCLTy7ADrZmThMOod1HkNrNyDVGAiBGxEBzVCGTYm7XkZYD819991zmfHeZrz7ml8iUJ2G84d4da9RSx/Px2BYAjOfJ7+LWBZAk1R4p1VXw7d3EtV3HVFzCdk66/bnsmp+Up41sE+AX+V734ZIxxdFNcEE7oL8W3Mz7iXD90tHRsBt3knsDDWocdKuWfA3rdg9w5KpRiLK9EQ3Zwkay3HH5N/YzE1L5lr2Xahp46VM1Q22RSSW+GQjULCwfYP8JczbByq/5biiLzbhCLmoOEtFPAj1mjPW8MsPsM30veE0VbbtY3hJazmOxbUUJSMiXECJrZy6s4qLFhDvw==
63e129b4-6819-4b14-a677-e9bd0291f8e5	1	windows	mDD88ThS9nzMgpfR+JPdOfRdvZaOAaCc	Mhjq2wcD9BGH5l3tb8CuK5o0Z+UNFv+fOUvq4s40s4vd/5oM8Wo6F6p2JkEOty3hT2NfZpO3tFac381LX6Hk+1OA+TVq35iPbhLYWn3I
63e129b4-6819-4b14-a677-e9bd0291f8e5	2	linux	gzE74cPxVATZ96sCOW9PlzxT2bbAnHBb	A0uJvya9HcQWyDb0maWRoFOoSRNuiFwBjqFfcTq08ofXTj4qf4PbWRNLbJFEIxxltE2BNwlLMtzWXsOqmQHWbyWDYqxybqJd2iJxzO5NdUBD+3eLIogIVypqvt3g9q3UO2ZOdpLy0dmDb1lPVwKqNzEAlF9L8Q/92PusNSqfUhGwC6VpXu4NkYyishhmFhmgXEMPrE4p/UAPuP4ugzbZAlNZQWM/3CGlDr7K
63e129b4-6819-4b14-a677-e9bd0291f8e5	2	macos	/O2V05f7SEylaAv/KHzQcyaMKH8VaWJq	ql6vNN1V3e3IdhXHzrIgELAMqx/m5hrRAusJS94CRFYoa8vFp8m2v/n/WVNCNzv9ckX9PXJ/tKPkU4Vq1TBazGiHkvtaAomKgbPmi7RGbEBvxdH0doL2714UCx9v/iODya8hgW+LIc4+FEhjWMiQSK2HKB2L5wxHChLeQx5B255Q8j2ma+u6sFA+rkWJ8wAW8tzES/pkeFQB+aGz6TMleQPBbEpmKxymcUGGYc+vN3akbi9ZwJETc0a/tV9NKIwfn7G9QgIJyu5pWJkEoya82hzKP7Md9fheCN8idoKd8WIM5gETiC9q41ACsOxtRPmezx+ymiTFiYXPm5TMV27ZPs4ZdV9/tURGZX3M+5xqbRsQBYhSeNqAdGeHpe//LVGIwO3PZdDOLOx1fWJnElv00hv9W24igHjzwgHY3Q==
63e129b4-6819-4b14-a677-e9bd0291f8e5	2	windows	aOiVUPVk2NZSpbTmZDKeXNKb39meJ5fz	OqUrNyqGdSU9bxqZYlZkHgu+PNldxza2bn+NjEA0t4KMRonrZbqHtxpdKky3hr1DYUNV2wq6AGVmGI6PevOyDiDV9Fbt6ExlXePjOgCB
853d84ae-0f19-4a1d-9c1e-d39462a2b413	1	linux	HUzqt8cfSBLMf8TZ7HeVUvZ/qIYMEv8/	5s9P62iEd5KKPPQ2EGD+gd1H6trUztS+1l/i+TvypumnxgWMz1kDVcaqtkKou8dJh/oYTZrfcKVfinnPC6qHHw+n9LcWaieyawH0kQNK+9oBVGSjpcjeSccCWQzVlnvWlyY5mS1ICtIXuxg0wLqAYa122PMhDPuZjvwUu2i4Yn3lzPSrDYNlbrw8oI8d69sRb0HH5zXn5ls6+lsWCmdPBjZnqmpC4A0WUMmP
853d84ae-0f19-4a1d-9c1e-d39462a2b413	1	macos	eKDARllbIAe0rmJgfbmkd3BFuXscYvDJ	DBQfe79nRI+QL38MI4rqlURDN0wnyuNvMWNs0dE3cUPpe0hoEdxPyJ04MOixPr8VNxxvggPBW8Xb7eBFuXD7LQjugdwU6sjxTYM9dPMxHelLSSV/8dPX5U5n1TLTtTNrP4r/9HcGp6vu7ZAN6TEhi1qggWLjdjiwTjXDFuMPH+jbTDJVo7If79FHLf4tyAo5QlXdCD3n77KLzAWYMpWipwB+omBq/M0vyMLyYn8NzFvWpxsn+jgfhxv1slzCnqvP+8kZZ706oJIj90FQhcz7TM+LGLFzP7jQx2JscYE9c9XVoa+FGDJqxeIWqVoJBmujyod5abatr7QKtPOVqOA4OZjacZNGCrQpWhbSy4xwwDdXBpyoIyLq3fKqQH/quVi1jRgHzwdIj4+W2H9909tKxJHf3zdtlmgbchzoiQ==
853d84ae-0f19-4a1d-9c1e-d39462a2b413	1	windows	nmBdoO4NzpMcwcTxdgetZv00fPmBqpzO	aT9qOG/zijvH2jmNj0e1dLRxPpOKyjcN9xBFl56HObZIXCbJ+bsm2uDdyECr//zyO5Y0Imx7xhAZLMGAnBbfmpM05XfMNXnIp1sUQ9y9
853d84ae-0f19-4a1d-9c1e-d39462a2b413	2	linux	OVIo5sNucbZGBxfVUXx81tTa+9kkbuy2	mKA7hhnMajIbcOLXUWu5hMsqCNf0Pm4lxqlTdMdESO32bKSJr4NHMW6Loh/8DFZ4BLfu/sF9ciDrXqbgdjxyfFzL0bAhMKOc8Q4Bi/71X4HwTynWu36x01lwpxvmKwrt+OfIQRsNdf84xdtV2OYCgxoxojfXKECsetM2hEk51BblRFnyytnehE+5Qo/ENpqWDuxaNehSfrqIq89TWhLgKIsoC7EwTaZnuJzD
853d84ae-0f19-4a1d-9c1e-d39462a2b413	2	macos	GkEfllSiwblX1z1hshe6sSacRVaIWxpg	xGRvQNDmHqa5+ePTFo10P9ngJzO4Fj8QLcbx8F35aZKi3p59WYvz3LxJq3qnfMyUzDhC4R6b3gON2BpZWbRG9ZB08TVTuo0AUyKUjVg/MrTNvK4pu33FkeSnYlUaq7a53hTfDjFT+bDSs5vO0Gqtfl/Lkg2pjFJMvyJJdePwTdPQxFNhiugy4ZUTnbHs6J4ap0Edor27KtguX9xKpKzbrc7nkLzIb7GE+paunkRjaz5MhWMjLdyT6CTFMH9v5ZPTTC31L5CtZ2nrzj+9COe1GxuBS2gzE+VhEudldIU8LSqWPbFyVmos95Mwns1nNQeNid73J4XS6YAmaclavsem/A1u2ZB/Ip1lzO1UBr5Kf8/SAPFibgpw3biXRQlXX5vRAlAzyv0PHV4u3ZG6ycm4xFIe3XrGKQehcYXqLg==
853d84ae-0f19-4a1d-9c1e-d39462a2b413	2	windows	UByepGecGLBz01vrnPfFQSupEPwbuODN	EO1yjp+FgqA08Fav3CJvHpJArPnJFWRr3T+o9+zbccPBu+fRBKwNN8WIfjnsqWSuA88WN+jEztoob0Fq8Qx+5IC2BktSyeeqFirtjP+L
be2d3635-90b7-43aa-bc8c-92b863911e14	1	linux	LbC4Ib72k6F4BdmNVUYnt9Mh6txvyrOg	5bGgghY3E8GsbYDThNCDTjDSVD6+pKbuBqCX8pN1gTCnCQGxpn4a22tgCZoOHvKmi1QugQGfOtjZbCskurQmYZwJg2IgGElVezGEqiVZPz7bnJylL/+twU7PNVmisZG9GT/ZvkYUxI8KkrjnxtpoTw5VFYxgxega0fu8PnTQkX+2uLkibygFq6+cuVsa976PS5CBVWuF9N7JE3wA1O2aBBjVBApQt4+Sxdx7
be2d3635-90b7-43aa-bc8c-92b863911e14	1	macos	9GYux+BcW3txKQLvAWpMpDqYVNm7kXB2	RRzxsoDDpF46RnDc4DSmzZW7TmuUShnyLKbKVllbmZHSwSU4U7siIOfUSiyrGTJQ9xb7Bk81TlGNwo+KXxIxvks/diQz+M+KQImn4XiFxujNsIF7PdqnZUlOYxaocASyh8TU/WB0gMdxNvBht0cezSi19vMIUxurHXp2HwVRlZduqyI+0F/8q06mZtn/xoZzND/yp21tuF8EIh9foNgJGSb8end/GhzGuBSrJqUz0x+x801RuAr7eH3BB6KFov/n+nWMrL43m3pgl1aNdfGyI2JygGcxyLqJ5X5aXMGgjVNB61KPRf/gIeqxOu4Qf+MkXjZ6yqqAZcAER6lg364ClTH7VZmDWFHD9GV4SveDFgy21ZbfkXTtYlnPCT3qbgBqKcqzmBdH5NgCG3Mqpde5oBD9abEYWXFEeUZjSw==
be2d3635-90b7-43aa-bc8c-92b863911e14	1	windows	aH/jyzhupIyqsAipZgM5q2WCnfIFq5w2	nKu/fUjYgZP27EPK3R+D95zYCc3ue9plpwve3xlg7LItor3hCD5L6+7Vluq95fFh42Af95g0JrFtQ4jRemCd2biOLcLx1DKrisL9K7Ig
be2d3635-90b7-43aa-bc8c-92b863911e14	2	linux	FnJNwLvd69QroqEgh7SIsTceXB9GAMZX	e6HnASpm/Ijzq8/LG18b9M40WXK9wRTzH2lUPrUvuqqNonh/HecJQ6oxozPhZKRW1V5hbgUJ5RjCiC2aZsGzN/dC0ZIZ4rlgSsilebnzlAeriCS/i2/zDZ2QByG4J3vwqF/XPUmPLZr5aBuCVgYbyl3PLTGecPnVpdqEug7/k45lYb+3VitxmNjN71Ol6UFcg2WOxvfpqieXkUSv1YhGYgDRSP2Ahn2qjK+c
be2d3635-90b7-43aa-bc8c-92b863911e14	2	macos	/g73qSFaaWAMxmhYADQAV7vItKmpBQMs	/ZkdyNPGh4l2VZBTnaJdS/J9HnTd39+bg/buFNpqeZOTiDjduRCjLA0Bi9LcucuqyTe5hanO68w/SrAP3HA4T/vEtl7LZNJpmFs6TBriSjqV2T9rJwFzpOI202QkVZtpF+RsE/Lz8WtDr4qslqTxCklz+X2o/nbnyLa8rzffSaSpA28zib/AHXaXBtp3xzbKFMWF2IW+fM/PvmJR5qEPhszpASrkm0kzyPz5YyZ5rTbt9O6cOrVgXqsG0EOCB7FON3WjwlQrWb0yaxNvVamxKfUWpE32m5RoIdLLYcieYQ9R+HXUFNSQgcbd0C4wom4YZe60qqB/tXnrMXKQXMXhiKiQXuevOIHntmEtWV3/I6ZrQNb2RlRz+PEewB0dmNUK6wL0sPxIOOjlO0m8Bi/BTCKOyv+ofBTRGXjx2A==
be2d3635-90b7-43aa-bc8c-92b863911e14	2	windows	u/FI/LqGA+aZNnZZ438ehzhfWqKh5ShG	3AyXeFiufbr2NwoYUL7BxpTinGtbxmjoJCSGrSTGVMWftmZjGGtdQJVtKwfOWQhesnRwQ7xVeXnXcaDxACWdWek26wxyAsLUyU0pE8sq
01fb191b-9825-4278-b1df-6b01dea4f4d7	1	linux	GzREyqU106axXaXpQg4ZtRu4dD6TsCJs	BC3z1LLeYvkYmepe5xsx2bSfJDT6t8Wc+2KGqdctVE60pRw4oebdlyBB6T92Q5K7TAXoz50Gg84TV0qVhtv5CjdmO0M0kxXJtVckKuVAG30swd6sOU6YlVl5Rp18an2Rjec8n72rRCRN1yALCjs23S0e+eKRBMH3x+MqsSeyt1gFLzp7IuBCWWDxtiNo7cYmTs45frIavPwmcZ3KGSY6UaY29ljKbHDKlSd0
01fb191b-9825-4278-b1df-6b01dea4f4d7	1	macos	qsiLqjGzcWnI57VKzOI06+RDWbYGRo32	6KSWDKbd6gaPkUY9HF1LhX8tLCFXhqwwqRwXM/ujp8z+VnEUR31m+qGqsJYfdMXkpr8nazT3jPqACKnBHMLzvj2FxsGaWc7IPrfwnFtpMXX4JruFg42h/v00bvrpbKdd+ukXNfkzIOk0CYVPHg6urfZ2DR7TCgSV++mg25Q8NS2sRWfoprS8R25GaQaQD4TejhXxFeqW1xp8hVdFpsx57MuEtuxxlAwndYJEbpQFjiN6D9XHZozAcA83Jv+EXqbcc6B9mhVW7DnIA+FuAdnmk2Y/sMU/fjcD+bHV21CFBbvTskSxgCRqrpeb/B2GLsZoWXF81RrnAbX61RTWicIySdHe3bBVTEiDoa0grkPS9F5uqgmqKggEWQ+VRnXQdakO49tHVvskpBFxVVW9eE8SD/MO4M63zphhwc5lPA==
01fb191b-9825-4278-b1df-6b01dea4f4d7	1	windows	ZWhgulAr0O0KdcTwqmbJxf6ii91gDyRU	m0F8zjyAKiWRlinaLPt94rdRFjXSVEGwNXB0FV7hprFn+dscLuWHbkK+q39Ax7252rPfbcN/OpheIHJBjWCuC4P+k4s73ESPIAnHBIUf
01fb191b-9825-4278-b1df-6b01dea4f4d7	2	linux	PQC2WcISdgWJXQXpNwvcOPVhgjI9C+GX	p5xmfGR/COT3usYB+yK3kE3NHi8+LeBeWpfEfWnH5Oylsxih19tAc6tZRZVA09Au2AZFVKyfesRaTn4nfwdNm+hlhTGxa4H9RxPz7B8qnLn6KuIRuovypInf49E6TY65uZFgZXHOTvRDvBgbbVaTV8yRFcAaPQY4gWI3xEJ+enIp+XURyxu++HOcd7s1xTgNphZcKOrJGD8kqyJG4Wp4TNHeAF+tatBrh2cD
01fb191b-9825-4278-b1df-6b01dea4f4d7	2	macos	eDmYjk8xloYoVCv2jsTyvi7HMopbRU5A	oQmh/2qbV/iSvkCsCXMOKFSfsFJSPWLt2Qlbq6EMo7Mw3tovJ3AYHyZiGBt5QmOUZ3BYEMEn2cwLt+lnwtABxX3iNNTWepOiLhia2C34ibotC6fLm6g08JoBnmtPMSfAGBArrwM9hC7uWrhHMOf75sL8QiYxa28PKfhQ4Gkgd3gYxGf+xHJBzJhTce0nfXGvr0A5D5AVhlFW1SCvkNK5/P9cYaOxl+lGV4vk2JdCmq7jS146i/jf2Lndh5/Mbrx59HDtGiOR6vJGehlNBE+H/vYYBy7LeEYtgHvEyB2rd7yhIoPEqEEkyu0pclrCpTKYYmJG9RUYGyDbbXjAN5RLwxWnHO2U6D4YGlXaJLztpjCpT/McJ54z88xtoqQfKorNPg9lg0GP7jofc+Fcy9Un0AIawA2mePKggIjV+Q==
01fb191b-9825-4278-b1df-6b01dea4f4d7	2	windows	y4IORyVFvePoqTC4R8SmJM2u9MlzBr+I	3WcgW1TwZ4Y6bRH6cSBITSvdAJl+Bj9Jm4gGnBZl14FhS/QDb6rx12gWQ/BPeiUP8bARTgSPfKttP5G/ZSovnc3jgWiiMqr3kccSXZdw
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	1	linux	NR80VpkV8EQFaRHZAsb5aro9tk+WxnPL	j9CShdU0XQvjyAmCwujZJVoHkxB0SO5rBh3DQV5HUd1guLhRa4pCWrs9V/JWxqC1xr4lxTRAqHR2SOIVhTSGuu3/DruKuaL7uEZ61EM6JPTsXjwmKE96uPtizB1pBvJ0l7Dywi3BuwyKvAgzfBb6Nh+UFto+Q2vb17q4L9p2frQHGPH1rfRwzdSOaI1GQip+X99OIjFwwk0B7HPuF7MORHhW8uTtLWjkz3iM
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	1	macos	uJHKFpnr+Fbft2A446QuBHirWxGoqXfV	GhB7v3slQttjqAhLYsKnOwrOES5c0z/HFvxjd9uVLoGihIzm4CVAknjShrWZfg/seU/NDFPqcoQcJzUAvUJfy8BBSHPsudgmaYiSNrW+G5/LAKOCjTiWI+kQigJ5lsKWM94z8rDp9GVYBDK+oCeXrKoiUWj8gl0ZbvseM4H8iA5HbqT9KXbRbbuIL0eenHyxB8xGyXhbtCh4Z90o3apYjM0MI9BwFMnBW4e4uANx49UxSBtm39+5P8Cdlm5rIest5CTQ7fKnRv2VAzjXNOME4hciQQtmvzJ2HE2TkEoNF95wWM2vaZ6/wAaAt8e5zr/5AVhu5PWmK7djAoG/Ig2vDrq5E04ooxk5/Ijaih9Kh6WUbtjcEWoYq4tz5/XB42136fusmPqQFeo26BnhGPZYLIknIOREFUo6qjmimg==
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	1	windows	g5Pg9Eh5ZGSPA+bh6ZwXZSnCYIPjdRlE	ND59B1GSmcq8xLGbjyW//r6aZzTZluaxM7a2z1vhg/+TXkHY7+wXULzkXt8+sh7LrmGukpGUuWPJYSz4WQRlK/Qjb5cjKMBC+w5nhtHj
33635b71-1aa7-4857-9288-a0474a9c0a82	4	linux	57kPZQDYuT60gk9LuCnjFg9LmgxUN3rv	ztGKumy1mwxrsfBQ1V6I02Vldk3PyRDtu9oYsj2yfosBvXs+xPF8nUXOwJuiJDaEymmbfdBinKTJQZj7aAWEghwLOxfBPCyREmbky1hONMh0x8TOr896mZpui4Bl9Ci6aLqMzk0g60qafXrGJKx1iXQ8mVFjEu7kUXonRli+UchJWUpZYwXGwd5BydQGWdaxUnLPNfRrOO8oDjGDqvIWuUbGF3e/8VUdqyjA
33635b71-1aa7-4857-9288-a0474a9c0a82	4	macos	rtBmKbwsqPX36fPaC2fZqrTtsSuwHH/a	K36uVfnlovAF7vlxY671Ej0Szx25MtyMTaNKtBYZw46cvMTe8T0sKGZiUghKyLripcfi4mjrbiRro7MPC+2ZRqmG7AiBijlNsB/jA8TGcWTeQkgDLmWGDi2G4ZWac+p6K2KncS3JcYANgZ2vf7z6rFA4qMqWtY5QDiUoVtKdHRMd66+mEJLAwP24X7n66UuevgSx2jgaUFun8cJ0uhhNNnsrmBSBky/hplGWnXHBUs97yde+Emm05UnVBujXpqwlywsu/OXnyw1NkKGIWpMiNTuetEOJmhy1z9PMKqsnoel28+UJjYIwkiFDfuk8ZEEmakzL9rdiTGCNJx2chvhjdlUPjRErInba9I4/rohVnRyBDQM4dQY6PdrnM7lmNrYS/DebM81MisQnp2+HMS7wKYRurtpA6zZrfIW7Sw==
33635b71-1aa7-4857-9288-a0474a9c0a82	4	windows	ceJDSKSQIGqbA92ElzYmC/sAGwWkiO76	6CB5mGZHwnhEkX5S3kzSzZ619sQWuT+4QN7IB7Pk3/scGzp85f69VgGdUhYWTwYzMXKB+kgxMsx46VhBvkVLh1PH4x0nGlI07rFCnw0F
dd42d60c-a2fd-45eb-b910-ad450d772ccc	1	linux	ytuJYKFTKGZN+fL6xcOgR5ktoncAEVvq	GFX4L1jlLoLPz8hqSAUejq/0FJ0iZNFNkeLyzmS6RHrTtZyXbeH/0UAzUsEXvP9QTEnxue4AnVT/Wo0zvY2fPDEoq2/qD6ggS7tDEfpDo3ygyCG1XlUMqAc6Pr9KPTkFBgsDXSxmExQfbKgWjUxWY/+jWJluaYIJeK/5aUZHsTIzsKcKw1RNwD5Umpabw2DsuRi+nVyvNJ6iC2/FkgiV8/igiHc1+X6B41nC
dd42d60c-a2fd-45eb-b910-ad450d772ccc	1	macos	DAQ+b0+1htMluBU0yLGDXAB167oT/Ejs	HNSQnFB7TWUQwI0Wi0GC1NaMbhIXj/oD5758+c4d4SA/rDev7nZGm8KOwG4/GMXV9AxtiH6KNDQuvokc8Hal1nxFFpedt1vMldd96eGAbCvA240GYvsdzSU+ZXAqIh1xIyYj46RX2h1fIPvTPmRHC/2f9AKnY2DC1NTuZ+zJan1vcMMgMQ/OXFQ5+1v7U0X70N784kCYBI94uzl2JU+D3H9e6g2DC5zyojUgcvgC1klv12KK9JP3kGVlXCXryth7yD9y2tcjynE2FRR517nLioZBSv5BiFAGbpRnLBu+++Yxwjp2VZAjG+gbPi7e+AvUNCOo1pCCoaXRdVRDuthk8yayZu2kYSdRYfQL/jBiM5g8uX7IRoo/wTdmD/AOU5ouNyMbrc4ejKbeLCOwNIhXppjZJmhp1VcWkWolbg==
dd42d60c-a2fd-45eb-b910-ad450d772ccc	1	windows	EzZGhdKX5zYbguOy5C17GpFonE1kFrZE	4LQtN8q1CHS2EVLIYBqehZJE/4ib12YxkPzAqZrksXOvdAICmgqNruGUTF0QzaCaBIwhDKZM9c9aKky5x8GQvoJwns+B1VvG5EV9zKVI
66db7eb6-b716-4ec9-899d-a83087968727	1	linux	5LH1WDvh3amLYFiDC2YNEvXEL8rrTlwz	19GpQc5rXt0yZZjI+9o/LOL3RA9wunC8P0NDUgkRnKvFWXZXjx7wOZV4zoyKkNvv6ewGMi/wUN+cGcCFiNDM4quVmTff07FrMHCQIe8mmf6CjmcYbfDWTdp6pBhSMxKQ8LZfkvBIHm+Pz4C2jlpcwp0CGqv0eNc/BF93ZYTPNyEF5pfjbgs7a2hicqNgPS5WxeRom5eSgo+Dr6vBUaov0td7td8CqBXqsCg3
66db7eb6-b716-4ec9-899d-a83087968727	1	macos	EJUM6oqzY03OMGGifqTK/k8WIxK8xH0O	QUY/zk2wwpcmgKDjYdcSiekHlAvQwATKgPhpmBO+y0h1UETZ+YpV0OGM5Pxlq2WdJm66xZ/w70NxjAM6zPqvJjHcoJByfvYOybfuyCdHQZuHlVMLmsZwx5OMF8gUf6XEygLfHkld71DIbSir/cuS2OtZUE4oNfIgydq7+abHXHrLN2vZQCzrPlCz/wsKArDZm0XqvribkWy09uu7RnS4t2aZ/qmI0bnhHoQtwwuNUnmVw8TaYn7amx/TaMf3klGKRL594gp7iVPGVhrLxmmsRvW7uS6ZfGR4NZ8V6JI9HBJRhwZWBLDrphGydZYTkv2WPqH0yut3pjU3YN714V0uERYpKPqt+3bFxe/mzK6JY9RFa1ixovMV46iwvJKXp3vdP1+cYBZyfG2er6Zl+/BYvoVX5zCc/pmLVkbH3Q==
66db7eb6-b716-4ec9-899d-a83087968727	1	windows	GUp4cIfmKIMdJDNBO3sAL1x5CF1M6bUG	z62N+sN1mHgcThAeBwGYo+xPClxOaBQCamCpSksFrHkmz+cejWxA9PRPjXyK+TlB1Xkm4VVuvnPXfbv70osI8BLhbM87NZa0fEFDyVcr
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	2	linux	/4FdgDY9oB3t2l4EWXc6XLan7LDOWReF	ly4Lzv/cz9baAEWY19rKApuoCOQZ2uHSl2pcNwwh5uWKx1eKqkkQ9lb9owv7gtZGz05+p0qUP9ffM4jgL1JepjDC5rLbwQyXDVLRAf3rtGEbZbVGrfeB75cNhM6PAZMKBcTO2YR2lXcsipTOP7myqO38bG7lV4E2omBNACfgapAwg3JSdayDMZB2147S0TQz9wVgzM7Ad5veK/9J848Id4/jWwD/uV3E7xN2
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	2	macos	f8TDTOSq1A1sn62ap9ayoLzxpoELEFQG	11Scl4m+LBo10lvKH0q46DLrBPKwm+lPYgiDuJN7rB/whYO8Nhy2PJU9KJeC99GkgjdIv1peZvdYxTB7dSMqTtis7X4h/bgsezy5sjBmavgrVxpaB2yzdHASBTlwg8AE7cM//Em7PAPQsvq9Xt/qm9UrNqrSBojzLW53DShs0EGsqlwrfQTROXZdX3qfXkzVySPNXXuBkjEK5EjogPFERLsE23RYm5r/zoJrsWbkxuNsaQbksO/lnobMpZaKUGjFjGdjshpaw6SONtqTehfpA/lU9LckuidnvW4U5V9SUWGPVUTfEmeV7ufs6ylHE00g+pwFXJ4WbS+o614yj9zkzP/aZckNkHP8BbSoVX1ZHli12HEa21bKAKMuodM2pWOsCgntd8JPlKwBXunDGI/KmdOyP2WVuTc80oOAhA==
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	2	windows	N+3WR8wEpOcvbVOlLDgDfDQoQ4ukPhvk	Q9kHzhBNPfEo8WqrxK+TAqZkJhJsiOHuOkw+BsP9NV4pY7jyJbyJg5vG9GuVyBpM3ibZk37r3eUujxB3KfAM3eQUuFaOoFTaAFfYb/zX
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	3	linux	5WIJHyMgN011zJl8ifo3pWRUilJ2sUcg	oND4ZDmqin+DhrON6SUBNCqTMzCOJHL18OkU1ZhYwvD2j8Nf5XwetH5cGAAZOxWmJPKtKmGS375Ef0Isa94ZTShw99WGjVoXeJVmMKyYdFLcPfrDw/P7MXJOBKO9bm13HBjsk53/f7EQXOtvBxOHkbcoC/fZ5WS5tpYLA7+G0bJkzGZW7BDofQ0hyBMHNYlJqY+mk8EBj8Wqt8WjXDzHTBYwh+yAy+QQQNfm
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	3	macos	SXn/NtWtCkh55BXbVR2lnG3W+5nTvgUr	DZX0TGtU/z9F/wmYblp45O9jdi5r+iF6jAQhFx2e4O3sSRNL6ODnHUe8NhqGhLIoUSOnmvWqu3q6Rq2TgaRDfbbLffv/7xxcTL25UwiTRNK8iHk7v/VPOBDKAMp6GNHHwHn3YlnIV0tuZD+NPos3t7xnUd8wegqndi0hoxyXuCO89rbB5Dg0DMhWVf+LpQ3KbKiyc5LJ3D0Zefxx14LpmGYoI7Pai57CkYDHx5Je2mV7epnz8fhpz4JDDFKoIBp2gCuIlxBYjJC5NtukszWSJ86CVxVB3bTLkpquMk0TsvWhM1MEAU3p9yyEfKTmZzJvMGvVxLOqJVa+68azTuYIZ5DZFUEZBEckDG8tSAwNT/f6Xrnxc5a7q1ybvubyOSVpV6u8BcstzeVabOQB7L0cEBN1fY0pWVqBlonNAQ==
e70ee7e4-6287-46b0-82b5-4bc5f14962b3	3	windows	12Of5u4Gp4dPOET11uuBu/c1T09QOC8y	btJoe8Sz8FLcObBuKM1OsBWzN9oiGwRhY5mQepE3hSi9DgLVuZqUQjX8pep0ORs4RRIX0AMYuTf30d+SlhhNleS10F27c7fyu4I9gJvY
33635b71-1aa7-4857-9288-a0474a9c0a82	3	linux	vtLxHq1e/OTw9W3/dqv/bVNXoteCxUVd	a0k/xw85mfKWBNNY1nh3Xaa29AGiYQpaMSf3NLrkSDaRHhw9D4rjEy4tUJT7GTQ/nom8X5YYAWp5jVM/8l9cmBUyhUTsm+/yQLnCigBY9c3hqMC8NqfyKxqyOP39Cu6KuwofT1XMCiaEDUErZoWp2FUAlMJ8jiEP/qEYaGBkkIe1t0zrBha0BKlGGAEyBO2600s6vPeohWUH5adVqJjlLSp6GGnoO5zRECKb
33635b71-1aa7-4857-9288-a0474a9c0a82	3	macos	3oS/TRLUrSsUfJNIhZKkw+MhPb3rIfk+	6pkHD2xCyQ4pgUNnkkeuH0xQY+3KkCmNvp8YHrYzohPmDRrvni+IYv+MDThbNlz/GZbW7frGyL5aTmBZRWaZTlycmdhT0a+s3eQuTCyychxYhNK3RJxlVYl8oaTw4oJUhn87tCf3No/yZeYMX7Wxo4Fv5DytphrNk6UrqXWOlPajHrVsA+q6T/VM2wuiRLz28c2EGY4A35vjDY6TGQjqJFy0ZepUJReUrrSfkt5BV5Ujv67HCA5IGxboaSEg+XyGgGfTXnh2DCeAKHjUur4RN+Mnhm+VJDvJ0EQZrTfWqyz36KynFpieP8vBPrFCdFd7Yuj5KruHCPtQ5mukJBjcJlIYb41JZEFoYqZcmAWRXg9TEjvXQChJvZOTosnpfdz9pIswsg/FPp6eqgn9SxPcZLbniIVFFxer6pfJiQ==
33635b71-1aa7-4857-9288-a0474a9c0a82	3	windows	LlkfPuD9lnisrrOwepxHaPFBrnbiiAve	Usn/rGlAFh9hXjQ4hY8mDxBqvgI4MVOqfaLlO5Q0prnYFsIAwtWHQIK4aI2hw1F1Fv9kah5gojcQixAksUMZTOJKH5/1mO1G+QkSzqdJ
0f87a450-065d-4302-957a-71bc36a0acac	1	linux	GvL8NbupNoC/Ub1JBBE3U7s2qyrdmS2i	GrMa/DF1cRbDSbg0lqtP0scRKWMx7qG6P/x70JxRPbTn505KTVV8pt9Pyyfu7UjTPXyloBtivtTB5VXNPLBfLhZeJEi2WsiwiK5KTKBRn8PnBWqJIH3s9y9FnDgHbgtNoS1Y3syv+ybaQNlPvqboiJ9ltM1GJ5J1rqy+oRF0OtZUU2QOoHIJNCyT/4Nq6CubGqFv2gGcr1jo2i+aAzYY/9CCegPEYJn6D4/B
0f87a450-065d-4302-957a-71bc36a0acac	1	macos	jkEM9+Xg8dtHVarPySm8uyAfDkjnUkJs	jyHtRR1GG3s8Y1h5n0ONRb7o5E5OQqtVwkQ3Il2gK1kzE28ZGjAX2VBARMr1nX2fyw68bQyn0x4YdqL0hpIs0UxEJA9+FE2gXU66mINCXgb0DMDKfWHcwZvXaBi5r0ExGTJ5jrPoiCDrRXGCLBEN5D0aut6Gj2tqt5/6KGLLU0H1APZqNiY9aRFF2OgBSEcNy19yE9Q5guHs0upLGPEoDn2qlDqRPLIVh/ALuhJVY640q4uk4E+4WtpTMpYhyY17dfraGJbpUTY1iA0hea/8JsD/rhR0rgKH5me2D9nzYM0MMvxWxTUOVa7j7xNR+6cg8liaDgCfe2nlNiV77VLCfU19i5ZQEf0GyG/ehVlzo+lh/stcpoIQz39AFkHS7IfKg6uYg9e/i19+lOW86o7J5xTcL36YZ7ZVWlCgPQ==
0f87a450-065d-4302-957a-71bc36a0acac	1	windows	FEjRv6XTVj7D4+OJ+uX7kipFiaw1L09m	q/oLdqUaGp+k2qa08sSsvSMUZMVLzt0cMA2w/7907sX46m9Vl/JdeRL8iqNqLXft9f3rDp7ZoWbrmzJQsMjzxSUJCHw09VP1dbCgeiJP
a7dd1972-44cb-410a-98f4-fc4688b8f72c	1	linux	z7HE/g0aW6GvVrpt8TJkevZkMmgzFCr8	1e4cT+KCrmseYi/GNw9HbgkLCZA8XlTBBrVUMUpzyU0VUsYIas/mYRkqOEuUfBv3rIxNc3f2yupDrG60PxaJLffgfsJZA9LZBaIM/wLIEyatvbOJ8UN38l0cbkQC9nwJ2DdDIlT/m8zxSxnRajHsJwn4b9PpRL98AkfRKsWsDxUNOFsi27FA7cvJMOL1r/tCKf20B99MD3qW0kKr6uTimqvFD4mWGPbpGWb3
a7dd1972-44cb-410a-98f4-fc4688b8f72c	1	macos	X1wcI6WfG3uaj6/f8c6o6NlwpXFHN3gL	U2vxtCcaA5MQUpFjtbnH9J7gke8zPZa3+aRj6rO+UpANYDe1p7rqZVgVPVpRrHW4PbkDpj8u6Xdr31eHgbTEmMixrRfrpa91+moWSm6RE4tB+pDn53ubDBn9GZNogw9W6GMwRGR4zGBH2siLAQ47FIoslMDMWs7Sgbls+oW273gqV97jL2Rn4/bOmICTU9rZ4bguonomYLW9JQwZghoG0dOK2TdXe8E/xk+8t4cQJsKb7lDdzc7j2VdiIrk+n8T8BO3uudfBvoJYEZJZXXAs3VGEGRrrX3wii6lw1konaTWPbum6P14H8rQclfqPIeCR3ZWzUwFSS9iSRhODfcrNoWQfZQDBQsdZYIGY83cqZPpUjFEjRFXvojLVCYU9hXH3IDfG8APlxRuNUVLEc3ezY5ElreG1XZEAaBzBOQ==
a7dd1972-44cb-410a-98f4-fc4688b8f72c	1	windows	6gfkz3CKTZM9rY+gmlEDrBAPmZ2Nh4FT	TJOss8mY3OrUtC3F8HnTkKEHqj601lGjNtPWvuuE0AHBljKB/sNDP4r3VsDIjAIRvrsf3Y53FyMs5Ehf5WpQomVy7QJuGoQvSN/WsbfM
25586e99-8557-4343-8525-01136c008133	1	linux	FdAbNQsKGjpCf3ZAmYzFsi67fiV5v4+C	o9gby1vV/64cSCKlVYddrHrgtK7AZrwa3gIIJu1OtzuSKABOQjepxukop/CpAg1C6G77XIkIWdP7xQ6LDjLvCGBj9gAVAiRZ5dXwxi5tJ8pWl4mLmQOI9PThPGt2o+zFdxWQXFRDI9SeRk2Vv3+PqQtLHoI7VGTuO73WN4S3yoSp2WZb3OIvhNikgstAUry1dzyv48BAzDFP6SSQTVW9lNf9uxRRHjloHU0i
25586e99-8557-4343-8525-01136c008133	1	macos	yK74OSvbCL4Kx1toQBfQlKvYajU1UOux	00WZSbHlq4PwAzD0LGboAbotwrSy2YjxkCWIYtVGOGRQb6KIeXOxdS5E8BWbsyWorODgOs+cfw87uasYvfOULlFjF8TCNG2iF5b/G3fdwPanzhKbjWsnAyLvdthJmcAuGieF4DyRH6oh11GvllMS/hQKXtdpIng1exlTXgIJPhIcrfL38PT08LfVFKOuZnpQYoWvGiqi215PqgnE4Ra0ASQecZuUzemu/rDMEnlNlScTxo+I6+1vhgSA2FbXg9YkYndul0o1YqmS6JgCiECSTFbIG2QBDtNDgHWmFs1u6BHszfRgZjRC7zifYeirAzegcL0S4HMdxYolanuz9sJTzYdZ5nZLTg2rfF6F97PFulXt+Oh76EDYpN5Xm8QdzNZuuqilYMWsShDa6KjeTWwx6hH21EGvaDhaBfYM2Q==
25586e99-8557-4343-8525-01136c008133	1	windows	ggVh4TuEasDFyhmzvHNwJMNtfTHIkpON	ATfI6s/2DpCgKkLnyz5a5Lp5YGgDeuTAqE4IgrRFXr8ieUnRgeHY3OBVq1lD3FVoQAX4WgSgmRuDidLYzzynSTaDYDO9yEF5znG1u6OR
33635b71-1aa7-4857-9288-a0474a9c0a82	1	linux	Il6fBnsQLzA3fMi4CTj6xnIOL+9lxyUv	uJO3m9I+g5qzDacvjzA6OyFry4R+dCukIBY05RqE3Vy8bqmSJL5qrbp0VyUrSsDLk6jwd4Q7NQQl5V0Eo+mb5zusHO3RBdYaWzqTHvP1un6iBby3KzViy+qg9CVWLRSwxbzhiaM1ymTYk33EXOUaEaDB7WNiT6oZ0mg6hlcdM/FQA4CDNQ6xCO432v0879e7L/9G8z359xQQwfFrr6a9OyDzmCBpem98jFR/
33635b71-1aa7-4857-9288-a0474a9c0a82	1	macos	I4dE9IcqN/SNUqQGKiXQF0XTRO8pRGS2	uTATApzUMdMjlAyYq+23nqUgNP4k4sr5xy69AyCpneS4B83eQPLhPe1SUwd0jHeggRM6XCzaMcinYKkZJU5q0u44xt6jeLearBjVsSywkSq2MW/xgDf9PWpcKnJdJ5Aoffq9PKkyM0INBB0J1+yhVO0Sbmn7W6OYGd0MTzro9yUY8ZWVcZdzkYevweIyQ8qKwecgQMhBp0vRzBgB6dwrnq6+SYkAd3bu/+/bg2PweCM29jVURYTVaMvnVzGjEc2O9VJvY+T7zRugedG/ZAfHuYDshgBh5domJZvGRTykjFCnTqQbJj7hOmSU0eUuLEjwaL98vkT+0vx+Ss+DouPY1z9z46lhY7Ig6AYnyrjd8bDPgUrZHPrmJ9skBG37i0Q1nS+a9GDV5wGXtRHJeObeRp5xiey+VWrBR3XObA==
33635b71-1aa7-4857-9288-a0474a9c0a82	1	windows	mBopTCkIapsZ9Lnqk9YkyERCZ/wgebGp	iL298ih/1oSkSMh/UYXMiBNAQYUtyNNGNGjJyqt/BaFWTXQ7sucglPILXdT4exIL9DS6PanRANnUYS/iQJEMDizGEpX1ZJRle92Ds1oG
1a2a182a-7157-41c0-b20b-a2b869efcfd5	1	linux	lrqGs7tDEMhVRcd6i1ZD4OfPtsuWl8l5	T9NwnxHD8ZkWBlD/kj/49nv9BSxT1s1fohHzDIms8E7t9QjZaKoElU9qpbImdakYttsi3DqM+IXsw9bQocDZoSwkfL0HdKOZ6X5VZEY6ZW5OJpYWWL1FIWFAkZhf0o+EYb77LzmkDgQtfz2Iild0fgOfKPESUZKPqF/J+z0kV9CmlaHbRbSD7hr+t/9ralKqB6cWtGLvW6iWZBQBb9M7kEg5QA5bmGw/ma+1
1a2a182a-7157-41c0-b20b-a2b869efcfd5	1	macos	ua4BUMzOnKls85Y4L4/YBRiv2GaCU+0P	ZTLX7aTsvGIWDEqj6ERTSnPkOW1cJD9Yr3GLFRwgK4MR5sJkEcoloqIqL29QsEx7BhEPoTKJ1I+gQzXxgcl0HS/TZK+cI+I0SKo8iCISDb3V+LgR+5OJGPUb9c3sOi8XoTIBlsemCHMZDkfoSpBdim25LrD3bqEQ8tadubyk37zFQAD9tXtW1oU6ca1WTmUn8DrNna+6DCROB3rIH/QfTSVYqz5rEgVRmVXdWJ+X1x8D0bPrnkUQ64/oc/kLX9oNFjTXx0kdeX1r0gQ+qJQtG0xzYK8M2b520SOeDfDjwKbs4QKKOXt7hpEmCJx9ZJxys2LlR3uKCUc+wp/XBEgfbW92+pgQBHEtIAo8vidpc2hmFd5T4YKS5BVM8rjm8Ch5jo5EiynkQrwLM88CJKbMQqoKd1kKhszf5/cquA==
1a2a182a-7157-41c0-b20b-a2b869efcfd5	1	windows	RPTzBTNACaYG3t5RnHI8WAt2x4mPBVhI	vHO4r+xmgA3eu+SiPuCvXakpx/dFVgdn+PSvMm77aRCIweAF6NiyAvEjKzqbHOZURg0qFWjFSohcs0LCvcOEP69KwQq5YufNQFD7AAAS
cb9d0aa5-ebbb-4891-9789-442665247155	1	linux	douJSg6T13Nr3HCRqQtk5f+68jHlV1IU	IKmZnkKlsG9THWftF1KkHVAWv2UG1lgPevwTaqQd5+E+G5htLTWUO7axq7hrBlOZ4iJ7Zq7fOe6EnMqluUnFCrW+BPVzmQ0j3O7kFAwRI+vbzdWEY8AGVL8d8OgoAggqEBUztc46HKyK08oWkC1Q3yTkFloMcqZzXaLSeWEIxCgBpe22Y5JSY/Y2QjSLk/m3KQfC7ATny2H55066M9yiC2+ZPy9ZoMSVmHCt
cb9d0aa5-ebbb-4891-9789-442665247155	1	macos	bGEfWFogpw4BemOrDICH0WM9oUiulnsE	xG3hM+Uk9h9MEJ46Q6l52H9xfIot3Xx+H5SGRZkeLCj88wQNXsx7ByoH1VoZ/0vcGilxYNIxDvChJpZ+KIpPAbZqdS70ewwJBotwNTGZD7eua/JvCS5IG7IWqJwCSsfof+RS7occVy7uBFV3KwaGWSWnkIvXj1x+2rT581AKPRFZDxrhiPi8fwFVoBtl9aO479B7lrzI53ZEIe6TK8e2LOS/cqVJma1Q5xt39rq9MXn0cKU5mJff/5Oy+xsgyxE7TpaalhfJlNhjd2P1Ap2yo3K4t2r+HxrlFQ2fjH9zTi0oDeWfr1QEqRRoSmGV+89NaJEpVFZtlIx8iFVpBcOr/it+JEj2m9kc/GGHShzgE5wIlJQt/YJXo5F2hf24RCuhxdaZOeU7YxR04h5BOjevtWr/9ycpaB47x8XwHg==
cb9d0aa5-ebbb-4891-9789-442665247155	1	windows	JRaXGuyPAoMt7/ORbpP7P4iAac3A1Cjm	iKFjIuZT9TAgXG0XBJ/VGET/2Fz6Y38LjN5Ru5x2JZv/1GX5AFZ6hTeElNtqes0GOstrdpuD9zICMFvjIA8YgpQvOkFNHj0f5UbBcH4g
25586e99-8557-4343-8525-01136c008133	2	linux	NksOJAlm5hPzODvjS+RACM3IGG5ceCMV	WWyMMJIPqkuSbLsYLi2JdWwF9LUyovBJJFLBu+NJPcKE3cG8U0XqPqM/clVXicxvj+UDJPswAmsNSEo+7vljswgToHlJZ1oqPGk/ePQxbTclBbf9w5AYnBp2grzb09Jz1O6FV1X+OCe5tk1EL1dV1IffgCsxJyADtKaS3oczcPlRpq/uGfTCrREjsydv3D0rDFm50sas3Ma2Hgxvfqwf7dc4c9bZbeu/vPHF
25586e99-8557-4343-8525-01136c008133	2	macos	mqDr3+KvUgkO1AWWdr/SQqfq44nOsGG0	NFKRYvoBTbS2lM2E+qCIGsmXBuAbcE5iYM7d/bK6ybIj7s+w1iuBegisylKcrjDwk9+IO8/EY0M4gOqcDeDnHopFPjQp9Sjm6EmA9kug+gv0hF5ePhTDzhfGiUW6LcBGBKXPoMR6hKgxRPcc1+AlL1FuWM+GM2hXm3PFp49Ns2V+HTUEUH6xln1f+buNIah1/WDZQqHymhEIRKm42UJ1gI/+WDyZ214FjdHd+3QkYQj9YkFWef2H0B7RPYTZM/V2utpni3tmVM7JE37uzOjaNX3oKkWSxmkKzo/bhpGVAOKpuwS3sL5tpb8IfB+lg3ONDsHICyfJisPeLU7qhnuj8q+60+yhGE70E8DQKJiAc/9Ru58YDEVfVYrvpARfJnfWj8vMxgTbIAl/ppZ91FNmPfnF0A1ES/31VBe+6Q==
25586e99-8557-4343-8525-01136c008133	2	windows	JvmYFRr7ON6eEQP8d5w9oidrvqyroSw/	4DxbpssGX7IvT8+O7RzOFYIYlShXxqiDyZ4L6HV9VrF9DRhZgHeqG6WjPKioMPpZ5+mrbGqXasmzM4/Mtf6zJwIP46zqmLbB8IlIWzN8
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	1	linux	IJ/OgD8n5i6Ln4Jf5Lr4LYsljivkHE+d	h1B4vaXrO/HMQgPzMXRmuShuvAgGqRFLJYWl+p1g3QC9lnw90fEGaz26BUiFj7BEoHXvJ6um7MM+lFz7V6y2lQdCFiR6GincsDnJNqFIo2XpXCG2DHBIVP/Tyivz2hTfDT0u201kR4P1XQaUDEOBER1IqLDbxMnguWxipDD53wuRRdnn0MJme5lHnUMWqkKxiDUqbHU8ULKHuCNbitGvAw2+INew6I6FzU6G
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	1	macos	Qj41bJSAGH7a+18D1GOmlBoU6x4nDGCa	kARNT8BVXUszrtNjtIrX17ERRzVVtXnHyyfi1gVOrss3Ufi9eTCGQaqiqlRqQrzuuQ251vnb4PDBerRYMvFQNaHLMsV3R7dcdYRq/FgfKlGT7eA+XR8nBi9oqsg2vtUyvDPhr8smAbB9UFI32gdBss+Irf69GB6BPVE7ODxWctdmvAVRCSj9M2s4dD2gSzfz8NzWvWTRcT53hEWsjTdSupvIUNfJJ+VPN/eau1rFuTAxdzdotf+tObHKU4Tm1VtJb2xHX40sOGCqRrc7xL5NmATo/SiG3WhEyLQq66muiddDp/KQPTksN8z3/xeHTxpnPpiropNQLR9BL8VAssqGuZyztkqEgfClHuAXe4CCDZqBcQNYqts9GYx00HOaDi7Gj52ts421yNWl98wRnZYjFG7+f+VlKXL/eLGuPQ==
f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	1	windows	NrXg38SR47SK4aem/xYex0/wN9bi1m05	0wxBZ2qGzlboEwrsfNjYHbHB4r2XWdlM5J15EYbeRVTP5MfW6JjsafxxpuLFDVcb4IA/mMpFRfSVN97zyWA8w3EDEhXuoGv3VDiXNwHk
8959b70a-e43c-456b-9a83-99dc54cdc57e	1	linux	Nu1rdZCkSFZlO3q3aCtB09jrOU9GVtFN	CPJ4pJkat5Adfeb1n+pDd7VySva4v7PEAdn0sDBaVy0nIOA7IC/IMK3TSlTvG55UsJAwiDd9SJVDzwQXrnvVhF9A+l1m7j+woY1A+LQ/9WM9ZSj8cJRwh9BcyQXOWCZ/R96j9LnqINOyPTYcReXXRuDqcb+kqCLS5OxQElE2bHoqpVgG0z3cHEhs/lden1/LqP3oCwSJffYUNwBJgdw2eNI1H6RH3wSi/MpQ
8959b70a-e43c-456b-9a83-99dc54cdc57e	1	macos	oaWco0MVQmZj9Yjm6cg1cMsgvjBVBCyQ	kUHxI+EL8zyfE4wLka0W7NpZCwgO4qBdObwQNUkYVstRWriFDfs86e9bYysHkkwRlw2t+KlYMqFcGXgBJ8bQLx8ZkBbBqeRQeoju65oQHpWEzJ4UL5+41FnhipJOZp3HfI85NJRL1ei7FyvP8Gd9sid7N8mNct4+gY6GTCW30zg/nAHTrqQALlj+5BqToT0fFzTzXPB/dHsYzjqpqs52BZUeS+sbqPM85RAwAJ9BXl0I6hpYA0Qi6T7PlJ81WD8Rk2f9yJrb+gSpT7BEq7CJkBwmqQMHExU5f6ucpjNm40Eh/gf8mG056S26uC9gS7k6FLxZVvrju2ZlJyYoUaFozan85JqoUVvtTwyT3GR0bFKdxaQ48EHZy8qFGtnnwLSxWZc3zg8Xc7RZEeEYujEeumsNqk7F05aBoFsOgg==
8959b70a-e43c-456b-9a83-99dc54cdc57e	1	windows	1mgfRi/Jm8ILq4lgMU7hUpCIXnQbU+IX	vGyyP+rMb3m17ovQg9u9qELP4SJ6Kw28LmLR3zTvCFWRY9sXw4mfhIGYJ6P5Z0TRnbTywgQY9KN3kILs5e8tWNnez2bErrbq+Au+KRGK
33635b71-1aa7-4857-9288-a0474a9c0a82	2	linux	dA0N4yrSfQaxK0QsXKrDB8eG824JyR6/	ctfhYJQU6sUBiL4qIf4uK9b02bgf53nD8USYqszEw46z9zHaV7buYkW916j+w3OchzTgXwyYwZWZZ0G0jHqhJSd8cY4Wmz+1pkg1LIh4oUDhSnVm54U7zcLrD6ZVUUv06yFDsEesRM+KG+HzER8RuAD0D33HeL0X9SlDlOuBJKL+svJcWXumTPTt2mSayF8gXs8SK87OJH05zGp622Ez8Jl/jr0YxdnqrbSD
33635b71-1aa7-4857-9288-a0474a9c0a82	2	macos	6cDRNmfL5ae6qdvSsU5Vt3j4M6QotKgF	2t+nGZKdhD0Gf4Y4lPpp6IOEUDaeZRJFsNAUmatz32EH5XbHBEsvNq8VtH87DGqOaunjnTjc0bEzDLwwQElAbChVTAXXcgSVkPXnX9iZUZ/T6h6tD4QEV9KzYuBQ8LnBRsI5EYvhZD6pD90rEeh84V/SDkGcxy8MObj1cD2n1Ge4QAsdXrBNqZaUh2RK2sTAGU0TPHhLk84pgcBcIgex2ociW7o5MSKts9G1R0ZJLDX1XEWGj+qbf90s/x6WTcUrDCfOSMftBFLjgNMxK7xJFG4VxiAA6R+r4q/0zmqavkFoqiDITnFLn7LRLC3StAO++IeHXxhCAvruuag/g/wSgEkHnG0hD0Z7Ibig/1FWW/GuTRjfHSJGukJq+CaDSbaheP2LJ//QuI6ImtUVppHfQKsHVctGUQbhTGriZA==
33635b71-1aa7-4857-9288-a0474a9c0a82	2	windows	+wjw9od8yzqzLuozz+F1E9bKRO9Ysyrq	FQQmvhbdIcs3xKocTePe9LdlhEXcZcpuCNeYImmm7DGJwzldA26FZjMRknYXXLr1cVCchCOj2C9m8AHNInRDl+8gdo9dDje6whILhvTF
4907f4c6-b410-4707-8390-f9c37688fbd9	1	linux	RMoqDpvIA2nUtOa0x6pJF0MWV3lbkamW	WaNxqlN9hmCflupmt/8+VE3NdApLFXQDt5u2qgAj1b87hkkgXlV+SxCrBGvJ4CQpbtWjPacV0hfSagfQAqOVQKe5zv95koOL3qxSYsPpI4/jKZFWyLYfLvc1gIwa/nXDWJnSwzo75c6zBOtbR1FlrCFhsorSQHZCnR8PEbkUewpGrfzO/RqHldSJJAcGRS2AOfAWO0/x0Eft+tq5RJCfX0E1hdTmx8+xheVC
4907f4c6-b410-4707-8390-f9c37688fbd9	1	macos	twsbkHbjixnjptJJEPKx9Cy9rmlNQ36w	UhPgUXqx21y2y+6kSVCKvNeMsxM8doHMPEjUiijCY4DKzB6xZQhZ2cnEdp5z8DiE7WlV6YzQQJPh6WbvvVE/yTBsSj5voQb+Qjr+re+6XgvMBUtIjKEXcqsUc1wYGBQiA5bPWnGO+RnfVoAeDvBfRrFsq+Mt6SP3TTC7G96u+vhQDZBhhTnFM6hZGefuJq5Ln8q6cEYNHkXSIbgstJM5qZwgYukHpk/OwnvJkCIfnoFAvIfqGTQRMlX26Nxkj5ZmgcG1E9eEFXTv0u0zwqtv3Fnt/YC4D9EcON++ikTZ0UzBPYJNXn3/J1mGkEWqCZ32vZLQdUlhvbwV9GodfqVpTwiDSjWd8piG2Cpm/7axZsCBKOvwVvI4I5dZ2QPmiIomW2OGtKxiaS65PcxcHtnJDp3PuRBlMu2zdZCFDA==
4907f4c6-b410-4707-8390-f9c37688fbd9	1	windows	BHTCjKvHRUGhJ4FQ+zKJXP+OeTD1HIAp	VJyFA6nJzrSpHNcJLvBOVpjn6UbaDc/fc07oxvkz8NIBu2hdJFJXOVI/3rcsbt0qV3PErNuWaA6y2tIXKPM5mJNnAZk451x0Aq03nr2T
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	1	linux	MTrB4UWbGV+umLGGZ39lE9cVtBOrYg/0	uEHC7l771M+bHViCwOsDlOWZs7aGmSLq29exztzDCiOr1LgdwsQMjMQQqw+0IaXZ8Wr3GuZIsQ5PBjt3Fz0/J486fmNOkYiFqeLhWSP3jJA4KwcMK+jwUcVYI7kqwQHxLfHEIgHakNASOLzTLmXJr+z4P1tJgL5whJOuc3PQojLO9OMET2ETQCdgKE2pdvRLqbdcCDfXCai2BvrhTiMwhKSmCnuFt5mH4KvR
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	1	macos	EivguI00JWnjutDBho1XFZUsKTKEYQeu	FdQ1xmSIGVjjxcH8msZMweUIIhPk2LYZVUqgTRQv8uDJfpM/qZMmKW894v5FBzDRD5vQuuqz5tV6nC1bDpkB6Szm49otF5eDf8WYjBZ2fOmAd+vzqQcZ8RrJ+3vlloviDuBlQPLsHMY6vjFl0YQ77QqFhJXnZ16xJj6QvGygKyUCZRZQk/wYu8u4Bn7fq0WvLVgoJz7YAdAdVkIOpicRS9VrHSjjsJg/+XrS5pxoDiKtPWgMKIsUu92Wt6Am2WUhGXTnK5cK8oJ+Fx3JHk3Av5uS+21HUfVNiPeqxtCZ1yzeZc5N4huMZCbP3VLe5+yGgsQm81SuK4W3dPOLN/SOprzmsU20GMRvj10+B64NkrHvlqvAnW386vIiN/vA1nFwsrkuJI/XCopidlfgK5jTC0aWbLBIXs5QcXU7tA==
b6e7dd37-1470-40e3-8b21-f8c31f9edef5	1	windows	6IBVz4X7tiOF189+QxlQQ0x2+A0wmRdf	qKm7tUX3DD7H8QPqa/CIBIv/Nmpz+oHLgstgUUfLkyu7kXRMm9lT11CqP1GT7y8F0wOvkpK3CRncobhoBD4yJu0bhCpy0t6NpjHdodX1
1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	1	linux	GvWcvkNlNEtkWzJIssPjAOOMI1MYYJRn	hOkiwpBCbJAaRA/qs1y9KaLyzNNJhqJfI01RgCkPVYu6aW21wEMnnjKGIy/qcqfs64TFDiYr4ylBzydf8J8qV9jCylWtrsHpM8Xx4xbl/xFNyhLuB5gY9RQzm3EKZANuCWzwwYer4y/6wqwnTNtRdodpd8R/YP1TeXK6iUClJSMMTcfWCTeGSAGtY/7P5aqvoCPHYMZy9Y7qQ4DRKM4EgnGp1Cu8pFaFwB8d
1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	1	macos	L/h9TiijSABSExuIS+NDg1WkGvrx4brQ	w/wfLe4IoaweD/bSwHmh2uSugl8m920ZGkXjstxTfnJ41uSyFKpY3iBqoBSFbdQ0zONhSnP2lWcHDW/WLkqDtuDnx57cp0y3sQJULJaUS2qzsMVl9cVukz5b1Znva9ZAkLbi4ZyenHRAmrCmCt26e4tEf6BcCT7ZiajkTaij53eRnD2nRAEUBiWeYQDgotnFJrJ9VBqY9hUDWkEB1BBJmAb75zgmLsZF0JnfTS/6TkbGKxSsJwshS+/0NvnK/pj8WraMGVeWfTHhrRyS4y9svydgfZyEsHsJZW5J3ZSh9hBd9JlJAHkQZ03u5TUHdNi5mNKNVD3I2mwNfQEzuK7QxtZIKbhOtEwvxXp9aCO+R3IY3rpIBRwL5qrUKiklgfvNLSy6m7It4VizMxk0ezaw4Uh4u7H3Oy3r/UOjIA==
1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	1	windows	un0TwFotneB9r8EEGUfsHXzbk75k2iNU	dmqA+JUPnZhQ4OIfaXid5wLKYPgXTLaVSKqK5R+ltv+mCpxSxifOoOd0hYu341p1kYfLDz7Tg3CxbBw/hXMgKVQcuEgmaQ0MV2UBc/Nd
b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	1	linux	fCDhvlNdOTm4vJtc+lv520Dj81nCoggg	qXkuhDhnR9jp4NrKGn7FDwxWo4rUr64/Xb1JGEupgBP9emEr49rYvOu+1X2Gq3wjfEY5i05SQcAvtdMY0jcCLcJhtL+U+EvdA83kZBx7gh049hQ7QX2DBqvMd2AEBQujLe7dJA21CpBzoQdMvn6ajQaVZoTTCDyFPhFcL1xbWLzHmKVQ+HKQJ0JiUquZw8JLJkXN0NotN3KWulJPUnGSBBtSP2aWzOAOPNv6
b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	1	macos	/Y9YvMFjjY3YRRlFUkgunuFeIVWYoaAD	lf1uhOTa/2MP1xB088sVqzRwi9Fe6dOO8BU5EidYlwhIQbxcKpEDGo+d1NLQ3DoqR6GGLU22nj9XEvOZ2HDQZghp+G+B9A2bvgt6QOGs1B+xo1/cR0GDaH5WYU6N9Zk+v8r1bxqAyZkZNQsYctuWuRhZH3E5cPQyr+yvMWnriyg7AQVUhtFVUpQcrr8CFCnK1znIipHO+0JS2eQlDSfw0grKfcKePETEt5tp+niY5bbaEVbnzNkB3OZf8Ri8uFhKMSjvi7B1AC+Adj9I/pSgwnjttvNSV+k3wMb6Jl77Xbt8Do1c8p4WqTwYE4hQ6X0DD4NNhur7bYAOpXdHBro+FLm8kjTUCBz3r+0PfUlejhfIVsPMNIzVKGXyJbeWRwWbccrodkHXhlEr2uF9axQY3hX3TSlFwekjzirpDg==
b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	1	windows	B0ocvWsXjdk6P20HblJBjGbTt1ZCgysd	3MyXLwUA6TQZO7SSiUv9mdRGE12P1J4dJ2xHlJxHr04UkX98RmVSgZODM60y1nppOE4TcDNGs5wwPtoQnxuFUYcv6qs9Za8PVylAkX/V
3ee61782-33bb-4036-b6ac-4419402a9a43	1	linux	+PEG0RFbrCCq7chYMqLFayu6KwYFH9f1	Yp7+jemO1wMNx6yooFryJ/AvITMd1RCpp1WLpb145Da3tJc31A6tI1yxgsiAti0e4lTs2uNwaEbR8JYxJVClE0yL0Yr51VprBU+7TzwPAC7DBZ1NoPL4ToZ/bFITL7eG78iKDYHtDHRZlE2Bi3DEYM/RezOP85mVnfLOhFm+dZsPx5SzFOTSUxFM4AyZaDaIf3m8ZM5DK+ElfBfko31towUQqANPF4wkc9vD
3ee61782-33bb-4036-b6ac-4419402a9a43	1	macos	6DIfztK6bDWQHX++v2U8O0Vn0lIbLUd/	kpOUeqk1Pxkr2O0AOePkh92gJDVPxY/es2tEgBIDH7nnVTq2BAAu4z4YNnm1xJ/vx8MzKqyI5QMiOZYJhYY2rV1Jc9nvEyhd+vxr7aeANAUxLZ8H5YKYUGmg/h/igiYNRwAcePjWt5AIemL2Qj+mlt74hix6DHFchnDySeM+rm/3ep+5S3VNhbHobpm2A+MbOassBPk4TUoTK9LRBCcClZM7lkieR1RHEVY/JusVtFYhpxGTckKVgx5CEa/c3ddlS3F1wp7TrWCnrWs1NpT8IB5bOa9AFIgpB+DZJbrYgr5vExY9NV0YgkCUePLkVnNaAmnZJcdZP1MFIvKDkxHy3xyRYFX9jmJIzymYGVqGeXmiGIHDsjmI6198X5yDg9g9lSfvH33w82PP0djU6mNv+MFMtJO3F0lYpQ/ZyQ==
3ee61782-33bb-4036-b6ac-4419402a9a43	1	windows	kOx1k7lYVc2iBh3Z8ABuBhMCIA/l1mSl	sX9ZrhJ62Ja8JTVLHzEwAGoNhz/Uk8sQO6JsqbwqdLcK49bujYquDA39I4tUGVfPXvEBIlgfbOoWtGsBOAn1NgledOtei07k775/j+aB
6053bccd-0608-406b-bb39-1b97f2c8cede	1	linux	lFAAioW2y5jKEy9AyHWDZeMyFdAKcnE4	h8FmZHA1GRkahdPPRPUYVW+vnwjmhPpLeEhiuE1jqlc4bnxCs+GfSCcMKJhwXi9c45A15iviTmAg77swt2BY0JpYeSITRQ9ntCSI+N7nK4EloyxMI53u9x8c55gNYhx3XCVq2TTtEZKd1gzUqA5CAGwyA8eoxuF0xS4lqqDPEYLbdIPYjgzjK64HI66vYZwiOXIxCY/gqPN7tfHIbWxFzuB/kB/J7/Dnx/78
6053bccd-0608-406b-bb39-1b97f2c8cede	1	macos	881V+gDpKqhDQeAUIr/Xgk+48hkXb6xj	ckMilabPqNm8q4LePi1r9eNWrP8hkuREhlksF5ohWs79mDYzGelwuhzqxfBIxZ7QYJKckj9SVZ2jEsJilfc3dCD5TJt6uwx2JFwxCB2LGAgar+Z+eem4d95kECKD9DdYSw/Q7kXe13O0TDg7d9lz3XEtyoH7Zq5Xt8UWDiTexhZUATv06ggyEOtDzgfrmTsP/MjoG60HTr8+JbuMXyHYi9kXn4rLnQaNqxzJMPJZvJL7DS4ABo83U7W1ZatNLT5Wq/8VBKjF0U2LfnDxx23EQLLETLhFsx2+1jQqwxvjJf907Mov5D0NO1XKuey7JxeB+0CoZ5AmqVsDb9B4A5xIoHZ7AJP8QimCaZnUc1Y663z3x8poovzgiK24tL2ljbdalWeYyGZfZTX2dPYBr8i1tL2AoTIN0+ghrcYEYg==
6053bccd-0608-406b-bb39-1b97f2c8cede	1	windows	iDXsz3SYba9nghLqqxXNnXRqqTKjNjKG	/2NxiZXmIjEMwyWHtgBgD4foJgbGx/pqFsnWbs5XCt+gTEcDxLRQxS0GNm6AEPgKPz8vefvi5W5OQp0dRFUbELcYAZviK5ca71oV+H6H
6d0a91bb-5b7e-4637-8061-fc88a766152b	1	linux	lD7O8hlEnPIkkZg6U0bOQmU7hOTFS2Aw	MrItLDvfXMcC4peWSemLNzRIVJARmCMwIzmbhCebNRjLk+R4L0Vf/m0u0bDyZDPggefjOJiHL9v26+OHOnl4nXPoORD8VmbY7ju5dMe+hnIm209MKl36+fRTwgmgkgpn5m4gmbs8sZwcEbl642rs/54JQoRznIV+xEgYqrNFeNa8ZJrO3ZvcppBsDoF9o5pMiqQYIZQ4RSZ+sJoI997U4u/cuzjKZkRt4h8D
6d0a91bb-5b7e-4637-8061-fc88a766152b	1	macos	olaeU4ydQwh1/S60vwua69f8wNlWuDrl	RRUJHXC78k2qxymvR76lKeigqJy9uBu8qw8KFK8Qlp3fVv9+4mZEZEKktraZeBsgPol/D/hwdZmjRbnC0jgD5CK6GwDlFo8P7FaVpkRc8/9b0FTo0bdS+a2pVHp4rS4zJSZfUi85gTaMoPCeKKBWrUeAAOOYJLJxWU+nJRBBY2E9dKwnmLYkqG99+ctrdAKkkemF/m8wO2CNYo6dRgTJTeyOOyirM0XluGCRUxGJ98WWKeR/88s+npKVx1095pG9lOZqiZUs3Wge79vDxT4ASFBk2p+FeLQAk4QyPk1QsDsaQCBaP91uVeoDZxtfDR0SYDKHcc2Tse9Fp1x4ZXSYgNIBFxxWdlvOGVwLNwLSluFYkFj+zzmbWFflMj5PvRYvlGSIUtlmWhaUcZbFx14x06TZ+GulQVPHKFuI/w==
6d0a91bb-5b7e-4637-8061-fc88a766152b	1	windows	nYAUkCwGUWoo6EN3xEcZhMUkFZ91IvKY	8mProYWo3P9LVaOKD8lKyCKSdJ0AboodslEY/eLnM4TETtQ6/T/LusKqSFzDAPsXyMaqiGte/OneqTfroxFLAz5XbbYfEwDVebL1rA1Z
\.


--
-- Data for Name: orgs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orgs (id, name, settings, created_at, scim_users, next_uid, next_gid) FROM stdin;
907bcf75-8730-4f0b-8458-eee4d31db9eb	default	{"password_policy":{"min_length":8,"require_uppercase":true,"require_lowercase":true,"require_digit":true,"require_symbol":false,"disallow_username":true,"max_age_days":null,"history_depth":0},"portal_attribute_edits":false,"portal_password_changes":true,"username_policy":"strict","unix_accounts":{"uid_min":200000,"uid_max":299999,"gid_min":300000,"gid_max":399999,"home_base":"/home","shell":"/bin/bash","take_over_local_accounts":true},"require_admin_mfa":true}	2026-12-05T17:58:13.228Z	25	200025	300002
\.


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.passkeys (id, admin_id, cred_id, name, passkey, created_at, used_at) FROM stdin;
\.


--
-- Data for Name: recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.recovery_codes (admin_id, hash, used_at) FROM stdin;
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_version (version) FROM stdin;
1
2
3
4
5
6
7
8
9
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (prefix, hash, kind, org_id, subject, stage, address, created_at, seen_at, authed_at, pending) FROM stdin;
ds_ljmyIpA4cQBI	f33b99ea0de4eec71f23384963733808756189fe8f5ffbfdb888fb41ecfa6c0f	user	907bcf75-8730-4f0b-8458-eee4d31db9eb	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	full	127.0.0.1	1796493495	1796493495	1796493495	\N
\.


--
-- Data for Name: signin_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signin_attempts (seq, org_id, at, kind, login, address, outcome, count) FROM stdin;
1	907bcf75-8730-4f0b-8458-eee4d31db9eb	2026-12-05T17:58:15.822Z	user	pam-5e09b3b2	127.0.0.1	ok	1
\.


--
-- Data for Name: signin_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signin_throttle (key, failures, last_at, locked_until) FROM stdin;
\.


--
-- Data for Name: user_counts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_counts (org_id, state, drift, n) FROM stdin;
907bcf75-8730-4f0b-8458-eee4d31db9eb	ACTIVATED	1	0
907bcf75-8730-4f0b-8458-eee4d31db9eb	SUSPENDED	0	0
907bcf75-8730-4f0b-8458-eee4d31db9eb	ACTIVATED	0	25
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (seq, id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at, pw_mac, uid, drift) FROM stdin;
4	63e129b4-6819-4b14-a677-e9bd0291f8e5	907bcf75-8730-4f0b-8458-eee4d31db9eb	ana-a75970e@example.com	ana-a75970e@example.com	\N	ana-a75970e	ana-a75970e	ACTIVATED	1	1	{"userName":"ana-a75970e@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"ana-a75970e@example.com","emails":[{"value":"ana-a75970e@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:14.835309806Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Q50HsxYaYtPJMI3nKqHpGQ$bWLV7gowhCJ+bQj+2/gBzfVE00AOrC8XVD65f59uUsc	2	2026-12-05T17:58:14.495Z	2026-12-05T17:58:14.834Z	4585baafd078bdf38162e43fb4cfac71ef58c3854516fd4475f8d8a143ef9971	200003	0
2	52863629-5005-4a85-a4bb-a0a36c75f1e1	907bcf75-8730-4f0b-8458-eee4d31db9eb	kim-74aae421@example.com	kim-74aae421@example.com	\N	kim-74aae421	kim-74aae421	ACTIVATED	1	1	{"userName":"kim-74aae421@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"kim-74aae421@example.com","emails":[{"value":"kim-74aae421@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:14.000147589Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$6L2wg/axE6JTbRwsqePB1w$qlsHsiZx1zbdoCPffVnXzIbMLawf+NfTtrIY46YwFHM	2	2026-12-05T17:58:13.866Z	2026-12-05T17:58:13.999Z	db85adcf22307fe9ed8075f8b641d9bb0a465f9ea2482706641667ab3d990260	200001	0
1	b8a3ff84-cd71-4f6a-bb7e-7935fc15d6e1	907bcf75-8730-4f0b-8458-eee4d31db9eb	jane-8c50cf16@example.com	jane-8c50cf16@example.com	\N	jane-8c50cf16	jane-8c50cf16	ACTIVATED	1	1	{"userName":"jane-8c50cf16@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"jane-8c50cf16@example.com","emails":[{"value":"jane-8c50cf16@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:13.621824178Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$HjddsKLwI3fODtixiOF69Q$zAzncpJZXrnhSI0819HVdJ2rDo1RKg53a48556KFfzo	2	2026-12-05T17:58:13.404Z	2026-12-05T17:58:13.614Z	2ce2db10aa001e1619335b65f53a0c9775583beeca37c316f2df252bf05223f8	200000	0
3	60a0c280-a3db-46bc-9a6e-d41fc398008f	907bcf75-8730-4f0b-8458-eee4d31db9eb	omar-c0e1276b@example.com	omar-c0e1276b@example.com	\N	omar-c0e1276b	omar-c0e1276b	ACTIVATED	1	1	{"userName":"omar-c0e1276b@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"omar-c0e1276b@example.com","emails":[{"value":"omar-c0e1276b@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:14.373279622Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$l+RYtcc0NKJpAofWLiSlTA$LMQ3j/vQcz50OchGwMUOj/4zYzCsCbSQq6LAAzEGwd4	2	2026-12-05T17:58:14.185Z	2026-12-05T17:58:14.372Z	67ef22e8e0c735e4cc272725d09915c53ac644762fb2620dd753f8cbd5c0421b	200002	0
5	853d84ae-0f19-4a1d-9c1e-d39462a2b413	907bcf75-8730-4f0b-8458-eee4d31db9eb	li-4f6e0fae@example.com	li-4f6e0fae@example.com	\N	li-4f6e0fae	li-4f6e0fae	ACTIVATED	1	1	{"userName":"li-4f6e0fae@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"li-4f6e0fae@example.com","emails":[{"value":"li-4f6e0fae@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:15.174311061Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$ZaUM5DJuSOTY2UUwAW1rGg$Vwc3Vo2iY7Ye7Qr8sP2CoaDokcVBa10gFol0mwhMZIo	2	2026-12-05T17:58:14.982Z	2026-12-05T17:58:15.173Z	c9a5681bad8d8174b267a116d3ecb20c3b66d23dc827c9937d47c1aa62336c80	200004	0
6	be2d3635-90b7-43aa-bc8c-92b863911e14	907bcf75-8730-4f0b-8458-eee4d31db9eb	wes-d4f749e4@example.com	wes-d4f749e4@example.com	\N	wes-d4f749e4	wes-d4f749e4	ACTIVATED	1	1	{"userName":"wes-d4f749e4@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"wes-d4f749e4@example.com","emails":[{"value":"wes-d4f749e4@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:15.479208809Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$PSVArsBYFY5awVi+hu8QKw$8EnHpbhqQFNOrZaKx2uCuLslHfzXPwrpjRN5/ZiFTDk	2	2026-12-05T17:58:15.345Z	2026-12-05T17:58:15.477Z	55a448827eb611bf25801515e72551304a2664ae35365ec9275f8a855387778d	200005	0
11	dd42d60c-a2fd-45eb-b910-ad450d772ccc	907bcf75-8730-4f0b-8458-eee4d31db9eb	g52639974-0@load.test	g52639974-0@load.test	\N	g52639974-0	g52639974-0	ACTIVATED	1	1	{"userName":"g52639974-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"g52639974-0@load.test","emails":[{"value":"g52639974-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:16.842458789Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$GJ49pLR2Wc816JtL+pjYqg$SqNJ8Mk4+iO9wEsAewbBpY7N42kN0Fe8wjzniW/ws80	1	2026-12-05T17:58:16.842Z	2026-12-05T17:58:16.842Z	7ab6cbfbe196bf33d920aaf124ddb7b2a7470d8b724154c211b89b00a71166b0	200013	0
7	01fb191b-9825-4278-b1df-6b01dea4f4d7	907bcf75-8730-4f0b-8458-eee4d31db9eb	lin-5a1a7ee1@example.com	lin-5a1a7ee1@example.com	\N	lin-5a1a7ee1	lin-5a1a7ee1	ACTIVATED	1	1	{"userName":"lin-5a1a7ee1@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-5a1a7ee1@example.com","emails":[{"value":"lin-5a1a7ee1@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:15.648529727Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Xn49XSGthrJ04MkTOtPhBA$X8Q36pMft7iThWhaI5svID/Av5vSgCF8zlnfuiIULb0	3	2026-12-05T17:58:15.577Z	2026-12-05T17:58:15.689Z	2b6c034ef5b43a23cbeed42059f2f3728941f73d613eebe5cca22bbfabc3120d	200006	0
19	4907f4c6-b410-4707-8390-f9c37688fbd9	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-2@load.test	b60b13bd2-2@load.test	\N	b60b13bd2-2	b60b13bd2-2	ACTIVATED	1	1	{"userName":"b60b13bd2-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-2@load.test","emails":[{"value":"b60b13bd2-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.170815686Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$jNoTMlzUkF149XnWBod0wg$KhjP2u+/b2822H/47JL0JnYkNEPB4fX459faav/p00I	1	2026-12-05T17:58:18.169Z	2026-12-05T17:58:18.169Z	dd753f4711a6573c1ae4a910583e3d432441df92595ed1d5d225ac42bc73da42	200017	0
8	e70ee7e4-6287-46b0-82b5-4bc5f14962b3	907bcf75-8730-4f0b-8458-eee4d31db9eb	pam-5e09b3b2@example.com	pam-5e09b3b2@example.com	\N	pam-5e09b3b2	pam-5e09b3b2	ACTIVATED	1	1	{"userName":"pam-5e09b3b2@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"pam-5e09b3b2@example.com","emails":[{"value":"pam-5e09b3b2@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":3,"source":"okta","changed_at":"2026-12-05T17:58:16.028920205Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$YlTQGAu0bLeh8zY+yaMDDA$3wF+QFOvEoZOE3l7H8G4zYftRFvHfQlwlgPRq4DkBf0	2	2026-12-05T17:58:15.730Z	2026-12-05T17:58:16.024Z	932b8acc8f41c0456ad0b2af2f014e1bfcbd9b9ff6d903782c8429ee3af53ee9	200007	0
9	25586e99-8557-4343-8525-01136c008133	907bcf75-8730-4f0b-8458-eee4d31db9eb	sue-820e6511@example.com	sue-820e6511@example.com	\N	sue-820e6511	sue-820e6511	ACTIVATED	1	1	{"userName":"sue-820e6511@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"sue-820e6511@example.com","emails":[{"value":"sue-820e6511@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T17:58:16.222058777Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$FU3MXM0e3f38zJQ5JkEPFQ$m67Yhy8p2o59sb1ssRSy1B17hJeK5E7k6oepIwMM37E	4	2026-12-05T17:58:16.088Z	2026-12-05T17:58:16.233Z	6bef7043915fcef01ebad5f6db1aaf37615e8499ca6e5827531c0beb54958c96	200008	0
10	33635b71-1aa7-4857-9288-a0474a9c0a82	907bcf75-8730-4f0b-8458-eee4d31db9eb	tri-c36d0787@example.com	tri-c36d0787@example.com	\N	tri-c36d0787	tri-c36d0787	ACTIVATED	1	1	{"userName":"tri-c36d0787@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"tri-c36d0787@example.com","emails":[{"value":"tri-c36d0787@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":4,"source":"okta","changed_at":"2026-12-05T17:58:16.659317122Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$tjWVSeNvSbgUR4JF7GZF/g$LPlh+N5keCxO7z3NsmcAzNLTm3iiUJ4k11REnLKOQko	4	2026-12-05T17:58:16.296Z	2026-12-05T17:58:16.658Z	238fb5255292aeb224414b94228624bce9309f0a8ef865138814c15810ebbea1	200009	0
14	0f87a450-065d-4302-957a-71bc36a0acac	907bcf75-8730-4f0b-8458-eee4d31db9eb	g52639974-2@load.test	g52639974-2@load.test	\N	g52639974-2	g52639974-2	ACTIVATED	1	1	{"userName":"g52639974-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"g52639974-2@load.test","emails":[{"value":"g52639974-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:16.953272317Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$8A8pV2LKJVJUf3jKHnIyiQ$vYxZb9y8nC+YfZEeS/rBxS2vRAi2n4kjAYmV8aKLCUE	1	2026-12-05T17:58:16.952Z	2026-12-05T17:58:16.952Z	9f7dfa5b9e6ed5367f92ca7a8d1afd10b0e0c799b3ea9b0e88d97dc8223909c7	200010	0
13	1a2a182a-7157-41c0-b20b-a2b869efcfd5	907bcf75-8730-4f0b-8458-eee4d31db9eb	g52639974-1@load.test	g52639974-1@load.test	\N	g52639974-1	g52639974-1	ACTIVATED	1	1	{"userName":"g52639974-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"g52639974-1@load.test","emails":[{"value":"g52639974-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:16.903633828Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$LmLzidN8MyWrRpBHJ9eFmA$OFUAjjadJzSorIXwlepc2/B7rXEYqeayuvlcVCFHpss	1	2026-12-05T17:58:16.903Z	2026-12-05T17:58:16.903Z	8c91e1e0bcd661478f0bea04a8ceed7aefa0da557197c913fe21314f6a71c931	200011	0
21	a7dd1972-44cb-410a-98f4-fc4688b8f72c	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-5@load.test	b60b13bd2-5@load.test	\N	b60b13bd2-5	b60b13bd2-5	ACTIVATED	1	1	{"userName":"b60b13bd2-5@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-5@load.test","emails":[{"value":"b60b13bd2-5@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.255313053Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$yeFAfhK1y5ZjkIKTu5Ntbg$PK2QnMych+13t9AV39YIBfXxHofrNbPz6POpxlEqz5g	1	2026-12-05T17:58:18.254Z	2026-12-05T17:58:18.254Z	6ce63a565bc3971ea005362608f90fdf687baf6d8e27bb6ea1dfd8cfea74fce4	200022	0
16	cb9d0aa5-ebbb-4891-9789-442665247155	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-0@load.test	b60b13bd2-0@load.test	\N	b60b13bd2-0	b60b13bd2-0	ACTIVATED	1	1	{"userName":"b60b13bd2-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-0@load.test","emails":[{"value":"b60b13bd2-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.073891263Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$qCJR5r4ZOcvg3V15Avy/nQ$z+/IfrdlurjYO+cP+dQ3kgFwOaW3lsH48L45Lsa2d6o	1	2026-12-05T17:58:18.073Z	2026-12-05T17:58:18.073Z	02882c6b0d41e850cce3dce8523001b4c1bcec06df88aa726b092f790b2249a9	200024	0
12	b6e7dd37-1470-40e3-8b21-f8c31f9edef5	907bcf75-8730-4f0b-8458-eee4d31db9eb	g52639974-3@load.test	g52639974-3@load.test	\N	g52639974-3	g52639974-3	ACTIVATED	1	1	{"userName":"g52639974-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"g52639974-3@load.test","emails":[{"value":"g52639974-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:16.893373993Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$pvuC2/vappfANAM4qJWYEQ$m+cbua4T3RJa1q0bf/ii1Sb+bojGA/ivK38p0cXtHTc	1	2026-12-05T17:58:16.892Z	2026-12-05T17:58:16.892Z	9bd77ed74245bc0e1887b96095cbce220a516fbea51a0f9bfa3d384b26330bd7	200012	0
15	f8b94ef4-c2c8-435f-9bb2-0d5f18b74d6d	907bcf75-8730-4f0b-8458-eee4d31db9eb	g52639974-4@load.test	g52639974-4@load.test	\N	g52639974-4	g52639974-4	ACTIVATED	1	1	{"userName":"g52639974-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"g52639974-4@load.test","emails":[{"value":"g52639974-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:16.980936128Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$hCTfFrO5aREGjPYZqi/Fdw$t8orX7xYDj6nbGxfEwxZY0B7XiqP1lusmgr6DPPJF2k	1	2026-12-05T17:58:16.980Z	2026-12-05T17:58:16.980Z	fe02933c32f2186e78b61bbe90dcc28b55433114c4a9d4717730815ed3fff62a	200014	0
17	66db7eb6-b716-4ec9-899d-a83087968727	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-6@load.test	b60b13bd2-6@load.test	\N	b60b13bd2-6	b60b13bd2-6	ACTIVATED	1	1	{"userName":"b60b13bd2-6@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-6@load.test","emails":[{"value":"b60b13bd2-6@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.089166565Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$CiW/wrEWn/pnmXhHyOkLdw$Ly2OvhdYdedgzrbc9REuerEPyueSVZLqZRpoanpY9iA	1	2026-12-05T17:58:18.088Z	2026-12-05T17:58:18.088Z	f05726230d97ee1972b21fd255eb7f9a23c30aaf9264aa58987b1c52751a1687	200019	0
25	6d0a91bb-5b7e-4637-8061-fc88a766152b	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-7@load.test	b60b13bd2-7@load.test	\N	b60b13bd2-7	b60b13bd2-7	ACTIVATED	1	1	{"userName":"b60b13bd2-7@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-7@load.test","emails":[{"value":"b60b13bd2-7@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.434750844Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$e4Ezox3fHEi1wPJrDGrozQ$kdTcqtVQEVGx2pOH/XgEKg5utXenAmsot2ch9NNVgAg	1	2026-12-05T17:58:18.432Z	2026-12-05T17:58:18.432Z	147e3c62cec7e14186a8018b63cf095a5fe7067e985b02cefe1ae255f6e4bcc6	200020	0
22	8959b70a-e43c-456b-9a83-99dc54cdc57e	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-4@load.test	b60b13bd2-4@load.test	\N	b60b13bd2-4	b60b13bd2-4	ACTIVATED	1	1	{"userName":"b60b13bd2-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-4@load.test","emails":[{"value":"b60b13bd2-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.280176799Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$P1vvkPNJ8Pah+8tO+zKnCQ$DY7LHep7E98HyTDWIOOZK9CoEXsd0uIW2TfkZvt+6cY	1	2026-12-05T17:58:18.279Z	2026-12-05T17:58:18.279Z	11ad9edbc6e060751be3870b1d00d7fb13dd6428c5f6a657a84ed6754c79ec98	200021	0
20	b4fa6ac7-e4d8-4479-9ed5-ec4c03f23682	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-3@load.test	b60b13bd2-3@load.test	\N	b60b13bd2-3	b60b13bd2-3	ACTIVATED	1	1	{"userName":"b60b13bd2-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-3@load.test","emails":[{"value":"b60b13bd2-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.219168828Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$wFFitvirw2dR9YF6d+wF7g$2RStY+bLSjB7yO+l7gt/Dmgo1G2dJk/DpOoh+bqE1RY	1	2026-12-05T17:58:18.217Z	2026-12-05T17:58:18.217Z	f9e55c41ffc065b79c8f34a3a45b5b9baa5a6c2677d518c0609dd9e195dd848c	200023	0
18	1cee6baa-c0a5-4ffe-ac12-404fb9ff9dc4	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-1@load.test	b60b13bd2-1@load.test	\N	b60b13bd2-1	b60b13bd2-1	ACTIVATED	1	1	{"userName":"b60b13bd2-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-1@load.test","emails":[{"value":"b60b13bd2-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.149047824Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$ltiW/ikohqQoeGhmK83O9w$8gUk1M/jsIDqpkDSPPFLf0Cjhz1lVHHaoH5iow/qaHQ	1	2026-12-05T17:58:18.145Z	2026-12-05T17:58:18.145Z	0734048070464b063d079f0234ab3dfd39b0237f009bf109084ed945960f3f1c	200015	0
23	3ee61782-33bb-4036-b6ac-4419402a9a43	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-8@load.test	b60b13bd2-8@load.test	\N	b60b13bd2-8	b60b13bd2-8	ACTIVATED	1	1	{"userName":"b60b13bd2-8@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-8@load.test","emails":[{"value":"b60b13bd2-8@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.349181766Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$bY4sm68cdiaAalmreoAq/w$yjBWUByfRUZjCcHRuRvEjzw3GUSPf2iAbMl3z63MXqk	1	2026-12-05T17:58:18.345Z	2026-12-05T17:58:18.345Z	233a1c18717b32b195a0d8d0da329921790e2fbe0e07308e08b565cfab39f31e	200016	0
24	6053bccd-0608-406b-bb39-1b97f2c8cede	907bcf75-8730-4f0b-8458-eee4d31db9eb	b60b13bd2-9@load.test	b60b13bd2-9@load.test	\N	b60b13bd2-9	b60b13bd2-9	ACTIVATED	1	1	{"userName":"b60b13bd2-9@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"b60b13bd2-9@load.test","emails":[{"value":"b60b13bd2-9@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T17:58:18.385182959Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$bL9KjTfmHS25bPekQraJRg$jP+ht8i81QQBvY+R9qmCKcQyTyDuWCS8kTK7mY15igg	1	2026-12-05T17:58:18.381Z	2026-12-05T17:58:18.381Z	c4eef66017e8694b6aff2f0c1ff5666fe16fc0984a6277169ecae058a5bf32d4	200018	0
\.


--
-- Name: audit_log_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_log_seq_seq', 199, true);


--
-- Name: groups_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.groups_seq_seq', 2, true);


--
-- Name: signin_attempts_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.signin_attempts_seq_seq', 1, true);


--
-- Name: users_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_seq_seq', 25, true);


--
-- Name: access_queue access_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_queue
    ADD CONSTRAINT access_queue_pkey PRIMARY KEY (org_id, user_id);


--
-- Name: admins admins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.admins
    ADD CONSTRAINT admins_pkey PRIMARY KEY (id);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (admin_id);


--
-- Name: api_keys api_keys_prefix_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_prefix_key UNIQUE (prefix);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: bindings bindings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bindings
    ADD CONSTRAINT bindings_pkey PRIMARY KEY (user_id, device_id);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (name);


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (user_id, device_id, version);


--
-- Name: device_commands device_commands_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_commands
    ADD CONSTRAINT device_commands_pkey PRIMARY KEY (seq);


--
-- Name: device_group_members device_group_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_group_members
    ADD CONSTRAINT device_group_members_pkey PRIMARY KEY (device_group_id, device_id);


--
-- Name: device_groups device_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_groups
    ADD CONSTRAINT device_groups_pkey PRIMARY KEY (id);


--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (id);


--
-- Name: devices devices_secret_prefix_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_secret_prefix_key UNIQUE (secret_prefix);


--
-- Name: enrolment_tokens enrolment_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrolment_tokens
    ADD CONSTRAINT enrolment_tokens_pkey PRIMARY KEY (prefix);


--
-- Name: group_bindings group_bindings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_bindings
    ADD CONSTRAINT group_bindings_pkey PRIMARY KEY (id);


--
-- Name: group_members group_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_members
    ADD CONSTRAINT group_members_pkey PRIMARY KEY (group_id, member_id);


--
-- Name: groups groups_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.groups
    ADD CONSTRAINT groups_id_key UNIQUE (id);


--
-- Name: groups groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.groups
    ADD CONSTRAINT groups_pkey PRIMARY KEY (seq);


--
-- Name: materials materials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.materials
    ADD CONSTRAINT materials_pkey PRIMARY KEY (user_id, version, platform);


--
-- Name: orgs orgs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);


--
-- Name: passkeys passkeys_cred_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkeys
    ADD CONSTRAINT passkeys_cred_id_key UNIQUE (cred_id);


--
-- Name: passkeys passkeys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkeys
    ADD CONSTRAINT passkeys_pkey PRIMARY KEY (id);


--
-- Name: recovery_codes recovery_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recovery_codes
    ADD CONSTRAINT recovery_codes_pkey PRIMARY KEY (admin_id, hash);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (prefix);


--
-- Name: signin_attempts signin_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signin_attempts
    ADD CONSTRAINT signin_attempts_pkey PRIMARY KEY (seq);


--
-- Name: signin_throttle signin_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signin_throttle
    ADD CONSTRAINT signin_throttle_pkey PRIMARY KEY (key);


--
-- Name: user_counts user_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_counts
    ADD CONSTRAINT user_counts_pkey PRIMARY KEY (org_id, state, drift);


--
-- Name: users users_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_id_key UNIQUE (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (seq);


--
-- Name: admins_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX admins_email ON public.admins USING btree (email);


--
-- Name: audit_org_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_org_seq ON public.audit_log USING btree (org_id, seq);


--
-- Name: bindings_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bindings_device ON public.bindings USING btree (device_id);


--
-- Name: deliveries_device_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deliveries_device_seq ON public.deliveries USING btree (device_id, change_seq);


--
-- Name: device_commands_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_commands_device ON public.device_commands USING btree (device_id, seq);


--
-- Name: device_group_members_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_group_members_device ON public.device_group_members USING btree (device_id);


--
-- Name: device_groups_org_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_groups_org_name ON public.device_groups USING btree (org_id, name_lower);


--
-- Name: devices_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX devices_org ON public.devices USING btree (org_id);


--
-- Name: enrolment_tokens_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX enrolment_tokens_org ON public.enrolment_tokens USING btree (org_id);


--
-- Name: group_bindings_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_bindings_device ON public.group_bindings USING btree (device_id);


--
-- Name: group_bindings_device_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_bindings_device_group ON public.group_bindings USING btree (device_group_id);


--
-- Name: group_bindings_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_bindings_group ON public.group_bindings USING btree (group_id);


--
-- Name: group_bindings_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_bindings_org ON public.group_bindings USING btree (org_id);


--
-- Name: group_members_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX group_members_member ON public.group_members USING btree (member_id);


--
-- Name: groups_org_gid; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX groups_org_gid ON public.groups USING btree (org_id, gid);


--
-- Name: groups_org_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX groups_org_seq ON public.groups USING btree (org_id, seq);


--
-- Name: groups_org_unix_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX groups_org_unix_name ON public.groups USING btree (org_id, unix_name_lower);


--
-- Name: passkeys_admin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX passkeys_admin ON public.passkeys USING btree (admin_id);


--
-- Name: sessions_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_subject ON public.sessions USING btree (kind, subject);


--
-- Name: signin_attempts_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signin_attempts_org ON public.signin_attempts USING btree (org_id, seq);


--
-- Name: users_org_drift; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_drift ON public.users USING btree (org_id, drift);


--
-- Name: users_org_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_external_id ON public.users USING btree (org_id, external_id);


--
-- Name: users_org_login_bytewise; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_login_bytewise ON public.users USING btree (org_id, user_name_lower COLLATE "C");


--
-- Name: users_org_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_seq ON public.users USING btree (org_id, seq);


--
-- Name: users_org_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_state ON public.users USING btree (org_id, state);


--
-- Name: users_org_state_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_state_seq ON public.users USING btree (org_id, state, seq);


--
-- Name: users_org_uid; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_org_uid ON public.users USING btree (org_id, uid);


--
-- Name: users_org_unix; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_org_unix ON public.users USING btree (org_id, unix_username_lower);


--
-- Name: users_org_user_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_org_user_name ON public.users USING btree (org_id, user_name_lower);


--
-- Name: users_org_visible_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_visible_seq ON public.users USING btree (org_id, scim_visible, seq);


--
-- Name: users users_count_insert_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_count_insert_delete AFTER INSERT OR DELETE ON public.users FOR EACH ROW EXECUTE FUNCTION public.users_count();


--
-- Name: users users_count_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_count_update AFTER UPDATE OF org_id, state, drift ON public.users FOR EACH ROW WHEN (((old.org_id IS DISTINCT FROM new.org_id) OR (old.state IS DISTINCT FROM new.state) OR (old.drift IS DISTINCT FROM new.drift))) EXECUTE FUNCTION public.users_count();


--
-- PostgreSQL database dump complete
--

\unrestrict fSWL7BHV04m36rBgXCQ4KCjhrcjIx9gnxF0WNfSTSGEEfKtNJ8gSvj01AL30VqH

