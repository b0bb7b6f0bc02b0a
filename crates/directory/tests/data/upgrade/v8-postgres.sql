--
-- PostgreSQL database dump
--

\restrict RKeJV6gvWBfMW75lQaT0pNyAbaBdD6cDBbAxnrSltQNYOdgIQidWA6fEsathVcP

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
5f0cbcbf-6517-43ae-b877-9f63fe98afc9	2e259994-aff4-4c6b-a360-3a577e02abb9	admin@localhost	tenant	2026-12-04T10:12:04.421Z	\N	admin	0	1	\N	\N	\N	0
\.


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_keys (admin_id, prefix, hash, created_at) FROM stdin;
5f0cbcbf-6517-43ae-b877-9f63fe98afc9	dk_wku9EB4O3vvs	6f48f38b68cd8d87fc80823f6299c53d6d3165c2bc07b14a3d443ac544c3a811	2026-12-04T10:12:04.431Z
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (seq, org_id, at, actor, action, target, outcome, detail, request_id) FROM stdin;
1	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:04.414Z	operator	admin.create_org	\N	ok	{"name":"default"}	\N
2	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:04.422Z	operator	admin.create_admin	5f0cbcbf-6517-43ae-b877-9f63fe98afc9	ok	{"email":"admin@localhost","kind":"tenant"}	\N
3	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:04.431Z	admin:admin@localhost	admin.rotate_api_key	5f0cbcbf-6517-43ae-b877-9f63fe98afc9	ok	{"previous_key":"none"}	\N
4	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:07.350Z	okta	scim.create_user	f5557e57-6c08-4531-b591-8bb3db11d466	ok	{"userName":"jane-ad6ccd20@example.com","username":"jane-ad6ccd20","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane-ad6ccd20@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"jane-ad6ccd20@example.com","type":"work"}],"displayName":"jane-ad6ccd20@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	f6f984d19a4942a28eb658f29eda9cf1
5	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:07.363Z	admin:admin@localhost	device.enrolment_token	et_lAvtvSnoTGJV	ok	{"expires_at":"2026-12-04T11:12:07.362Z"}	1a9bd6c0f720451b8f2cdf968a7daf3d
6	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:07.377Z	token:et_lAvtvSnoTGJV	device.enroll	8edb752b-113b-41fa-8665-8da76da66371	ok	{"name":"mac-ad6ccd20","platform":"macos"}	581788447dc3493e962504c510167ca8
7	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:09.035Z	admin	device.bind	f5557e57-6c08-4531-b591-8bb3db11d466	ok	{"device":"8edb752b-113b-41fa-8665-8da76da66371","uid":200000}	774c3c3b8f234a179e343c9825813421
8	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:09.045Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.agent	8edb752b-113b-41fa-8665-8da76da66371	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
9	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:09.090Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	a32a7dfe4e944963bdeeccf26f38d250
10	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:09.101Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	967a865466054fd5a2646680755f52ad
11	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:10.846Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.report	f5557e57-6c08-4531-b591-8bb3db11d466	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"8edb752b-113b-41fa-8665-8da76da66371"}]}	f680242cffee4b49b6b938510474a972
12	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:13.371Z	okta	scim.patch_user	f5557e57-6c08-4531-b591-8bb3db11d466	ok	{"userName":"jane-ad6ccd20@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	1c149fcaa2c042019eeff5de98ac8027
13	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:13.426Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	7818c64667e44e67a46dbf0e88d99785
14	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:13.432Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	0dbb426823554995bda656587e7c0dea
15	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:15.196Z	device:8edb752b-113b-41fa-8665-8da76da66371	device.report	f5557e57-6c08-4531-b591-8bb3db11d466	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"8edb752b-113b-41fa-8665-8da76da66371"}]}	83d74fe75d1b481eaa8ed3eb905980d2
16	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:21.345Z	okta	scim.create_user	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	ok	{"userName":"kim-85094873@example.com","username":"kim-85094873","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kim-85094873@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"kim-85094873@example.com","type":"work"}],"displayName":"kim-85094873@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	5c9bc3b3ff3b40458133d78d20a7a793
17	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:21.366Z	admin:admin@localhost	device.enrolment_token	et_yrWJcnkmZFmO	ok	{"expires_at":"2026-12-04T11:12:21.361Z"}	ffb6eb0497004b00bd7d581dddb52baf
18	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:21.370Z	token:et_yrWJcnkmZFmO	device.enroll	269ac7cb-163b-4003-aff8-5ea3b9a109cb	ok	{"name":"mac-85094873","platform":"macos"}	f559cc7c887c48848e24134570744cff
19	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:22.941Z	admin	device.bind	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	ok	{"device":"269ac7cb-163b-4003-aff8-5ea3b9a109cb","uid":200001}	bf27bca5e5a34e4f9829652f1be2f98b
20	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:22.947Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.agent	269ac7cb-163b-4003-aff8-5ea3b9a109cb	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
21	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:22.976Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	f0c7ce7fae8943838dbfbfd78735ec88
22	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:22.981Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	5378e8c394cd4f68852ea874572c141e
23	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:24.716Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.report	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"269ac7cb-163b-4003-aff8-5ea3b9a109cb"}]}	a724b4e7107545069d88b6a9123a5d82
25	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:27.072Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	3753b4292be74ec4a471a86484c8a811
24	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:27.042Z	okta	scim.patch_user	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	ok	{"userName":"kim-85094873@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	7e4ac9debfe048c5a4d3bc98aac8b8e6
30	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:33.635Z	token:et_zrmnSfwyb8F6	device.enroll	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	ok	{"name":"mac-824095ab","platform":"macos"}	c3ebf9590c974c3e88dbaad3b6ab7bcc
40	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:44.216Z	okta	scim.create_user	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"userName":"ana-b86caacd@example.com","username":"ana-b86caacd","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ana-b86caacd@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"ana-b86caacd@example.com","type":"work"}],"displayName":"ana-b86caacd@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	c68828de91234ff9940fc93dbd793fc8
45	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:47.433Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	2842e9c9ae2f480ba2e1f7195658f465
54	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:00.786Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.report	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"d3d215ee-789b-4775-9e2a-74b14dc1d8fd"}]}	b3dbd64e5673460fbea3189346d26da6
58	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:05.903Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	4a1ba988542f42d685d7a9d7c3c722f4
63	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:21.675Z	admin:admin@localhost	device.enrolment_token	et_JzpmseBto9fa	ok	{"expires_at":"2026-12-04T11:13:21.673Z"}	831c054beb64434bb581693895f75b54
77	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:31.263Z	okta	scim.patch_user	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"userName":"li-1b13bc23@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	4e4f113f3cb64741b5c794231fae07f4
78	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:31.314Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	c5859aa5bd184ac6b3f04e677332c55e
80	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:32.827Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.report	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"4e5c371c-706f-4ec5-a95b-e2b43864ff4c"}]}	edb449d9af9f4bc2a9b91a1b21daa731
82	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:32.891Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d91962c3a61c41a9bf721696444e2691
89	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.366Z	device:33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"33e5eb82-b20e-4cb3-8096-b0862f9bf5fd"}]}	88affdd84bc0496abc7201b0bb66c547
93	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:38.471Z	device:33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	64c760ed336c44baa399a729f15b57cd
95	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.126Z	admin:admin@localhost	device.enrolment_token	et_SdjTsr4IDwW8	ok	{"expires_at":"2026-12-04T11:13:40.125Z"}	19acf91e423f4c549b22a9e478d99365
112	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:46.172Z	portal:pam-f512df64	portal.change_password	9086a15b-46ad-4de8-b2db-d8df1564c980	ok	{"drift":true,"version":2,"note":"changed outside Okta: diverged until Okta's next push","effects":[{"stored_version":2},{"fanned_out":2,"devices":1},{"drift":"detected"}]}	49db4cd1bdb143e8ae925b51a3c7b1cc
113	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:46.199Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"837526df-dd2d-4eac-b9bb-2ee0fbd088da"}]}	0e80e960feb942d8bdbb36958deef86f
118	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.123Z	okta	scim.create_user	5acf5d49-a1fb-41da-a4ad-04e34d76c784	ok	{"userName":"sue-215085f@example.com","username":"sue-215085f","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sue-215085f@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"sue-215085f@example.com","type":"work"}],"displayName":"sue-215085f@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	9ffa1eb741314d0ab14d7a9570d266df
124	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.216Z	device:c9200983-fb5b-4be0-91d6-79bdbfddb6f7	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	119319d1d2a54b0bab692076b1ae4f5e
175	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.302Z	device:eef99078-788f-4638-9091-79de6653e62a	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"eef99078-788f-4638-9091-79de6653e62a"},{"completed":1,"device":"eef99078-788f-4638-9091-79de6653e62a"},{"completed":1,"device":"eef99078-788f-4638-9091-79de6653e62a"},{"completed":1,"device":"eef99078-788f-4638-9091-79de6653e62a"},{"completed":1,"device":"eef99078-788f-4638-9091-79de6653e62a"}]}	56770a1865744b37b63a1e50f6e8852d
181	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.324Z	device:8f2b61db-f3be-4be0-873a-f99a358620bb	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	670190b525b946bf933f2052d656476e
26	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:27.075Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	35351fc86f4c41798c243fedc1a57543
31	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:35.414Z	admin	device.bind	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	ok	{"device":"10c2bc99-3d00-4f2e-ba17-8142386f7d6f","uid":200002}	707af77561d84007a62235d23893972c
32	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:35.423Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.agent	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
33	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:35.459Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	8218316a2e054d9486f3d28aeeffae14
35	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:37.362Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.report	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"10c2bc99-3d00-4f2e-ba17-8142386f7d6f"}]}	62eb6ebd37394c55ab106ecf498930a5
37	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:40.292Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	69f307e576b34b8b86f6986e0a88db97
39	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:42.154Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.report	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"10c2bc99-3d00-4f2e-ba17-8142386f7d6f"}]}	ace66cacc7684892a1d7e97c962ecc1c
42	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:44.225Z	token:et_e6RbwHH8G9Y7	device.enroll	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	ok	{"name":"mac-primary-b86caacd","platform":"macos"}	0b1490b871d647aba487caa7fde5b525
50	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:56.042Z	admin	device.bind	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"device":"d3d215ee-789b-4775-9e2a-74b14dc1d8fd","uid":200003}	0c03da853a1e4ce29a8620409cd64ad6
51	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:56.070Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.agent	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
52	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:56.135Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	f36179c90ba943188ec198117317758b
57	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:05.809Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	57d58e14c7144006aa80fc2d00b08b0f
59	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:05.927Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	bf7c4e99c576427aa5d5cb285f0eacd6
68	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:23.761Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	adcd53b8696f4d84b0a39b3edfea8331
71	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:25.738Z	token:et_ylhBferbBLmU	device.enroll	0ada5a76-c937-4273-9e82-9a0e6774dd9d	ok	{"name":"mac-offline-1b13bc23","platform":"macos"}	0547859b854e4065af59576a14077ba2
72	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:27.411Z	admin	device.bind	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"device":"0ada5a76-c937-4273-9e82-9a0e6774dd9d","uid":200004}	de4eecb80e2e4e3ebc7f8f66446b6620
74	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:27.449Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	e9da4eb4307c4c0fa443c48bb525efbe
85	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.316Z	admin:admin@localhost	device.enrolment_token	et_P4LIPeyYfiNf	ok	{"expires_at":"2026-12-04T11:13:36.315Z"}	e7e2d95e67bd453fb0d9cfc00899f97f
90	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.372Z	device:33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	1c91af9b69194adab2a9435e2ff4e696
91	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:38.432Z	okta	scim.patch_user	f57acf72-b0d0-40c1-b62a-c28cf72eda9d	ok	{"userName":"wes-a5a8bad1@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","path":"password","value":"********"}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	d24b3e09966a4a4d9591057f1e591c58
94	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.120Z	okta	scim.create_user	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	ok	{"userName":"lin-b97226d9@example.com","username":"lin-b97226d9","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lin-b97226d9@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"lin-b97226d9@example.com","type":"work"}],"displayName":"lin-b97226d9@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	4af5fda67539491887be8f2f38cd72e9
100	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.233Z	device:7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	685dc7b12c7a44acb72bd6379695b5d3
103	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:41.891Z	device:7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d473fdf780144007ac59d43feac88c11
104	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:42.026Z	okta	scim.patch_user	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	ok	{"userName":"lin-b97226d9@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"unchanged","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]}}	6b72121958094455992c19093058d03d
107	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.519Z	token:et_eeA9JpGuztZ4	device.enroll	837526df-dd2d-4eac-b9bb-2ee0fbd088da	ok	{"name":"laptop-f512df64","platform":"linux"}	dcecdd6431594e85b6828586603d288a
27	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:28.720Z	device:269ac7cb-163b-4003-aff8-5ea3b9a109cb	device.report	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	keychain_reset	{"version":2,"event":{"event":"confirmed","previous_password_ok":false},"effects":[{"completed":2,"device":"269ac7cb-163b-4003-aff8-5ea3b9a109cb"},{"keychain_reset":"269ac7cb-163b-4003-aff8-5ea3b9a109cb"}]}	fa78f29b652941d7a732e213fccbd8aa
28	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:33.613Z	okta	scim.create_user	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	ok	{"userName":"omar-824095ab@example.com","username":"omar-824095ab","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"omar-824095ab@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"omar-824095ab@example.com","type":"work"}],"displayName":"omar-824095ab@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	505fe9f9a58746398f70017ca232e06a
36	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:40.188Z	okta	scim.patch_user	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	ok	{"userName":"omar-824095ab@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	dbc5151b0a3c414992c34bfa7f0e73c5
38	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:40.301Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d5bf1e353f0c4c66b7b8fbb48224168c
41	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:44.221Z	admin:admin@localhost	device.enrolment_token	et_e6RbwHH8G9Y7	ok	{"expires_at":"2026-12-04T11:12:44.221Z"}	1be060d1434b410ca7e021c0da3a0d6a
46	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:47.466Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	9021bba89c924d0a9ab36be876a7322f
49	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:51.026Z	token:et_slLb6wO2YJRh	device.enroll	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	ok	{"name":"mac-second-b86caacd","platform":"macos"}	d2a90f9007d34d9d912202e42cde0c7f
61	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:16.832Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.report	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"d3d215ee-789b-4775-9e2a-74b14dc1d8fd"}]}	ef46017482a8476490ba909471aa078f
62	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:21.667Z	okta	scim.create_user	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"userName":"li-1b13bc23@example.com","username":"li-1b13bc23","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"li-1b13bc23@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"li-1b13bc23@example.com","type":"work"}],"displayName":"li-1b13bc23@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	4be805c8d78e4b0b83800e778a47df26
64	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:21.685Z	token:et_JzpmseBto9fa	device.enroll	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	ok	{"name":"mac-online-1b13bc23","platform":"macos"}	5ea89be911954fb1ab2dc4321056de80
65	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:23.698Z	admin	device.bind	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"device":"4e5c371c-706f-4ec5-a95b-e2b43864ff4c","uid":200004}	f871544d866c4b0f8ac5690e5027f547
66	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:23.721Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.agent	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
67	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:23.754Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	5a4c5c2903094946b2362ba185e996d7
70	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:25.731Z	admin:admin@localhost	device.enrolment_token	et_ylhBferbBLmU	ok	{"expires_at":"2026-12-04T11:13:25.731Z"}	ef85a7a5bced4dda8fca2bca3567db0a
73	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:27.422Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.agent	0ada5a76-c937-4273-9e82-9a0e6774dd9d	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
76	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:29.195Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.report	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"0ada5a76-c937-4273-9e82-9a0e6774dd9d"}]}	b20ebdbff40448d09d91cadfe88947db
86	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.325Z	token:et_P4LIPeyYfiNf	device.enroll	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	ok	{"name":"pc-a5a8bad1","platform":"windows"}	75f76181098a46c69c877a2bb8458f6d
87	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.334Z	admin	device.bind	f57acf72-b0d0-40c1-b62a-c28cf72eda9d	ok	{"device":"33e5eb82-b20e-4cb3-8096-b0862f9bf5fd","uid":200005}	77da432a5b9b46ef9ffa17583f7757b7
88	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.339Z	device:33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	device.agent	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
92	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:38.454Z	device:33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"33e5eb82-b20e-4cb3-8096-b0862f9bf5fd"}]}	34ed602666c0463691a495c61f72648e
96	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.131Z	token:et_SdjTsr4IDwW8	device.enroll	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	ok	{"name":"laptop-b97226d9","platform":"linux"}	98f48ecfa62f42e8abd6229034e148c2
97	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.212Z	admin	device.bind	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	ok	{"device":"7c1a5b47-1a42-4520-84a6-6d46cbca1ec1","uid":200006}	7875e3bfff3e49a0b831a1b8c0e93e11
98	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.218Z	device:7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	device.agent	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
29	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:33.625Z	admin:admin@localhost	device.enrolment_token	et_zrmnSfwyb8F6	ok	{"expires_at":"2026-12-04T11:12:33.624Z"}	7e59d0e6805d43e7944c883506c02433
34	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:35.467Z	device:10c2bc99-3d00-4f2e-ba17-8142386f7d6f	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d9611dee913a4731bcfa9f671509c287
43	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:47.271Z	admin	device.bind	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"device":"bf0943c4-29f9-41fa-b7d6-29d659ebf82a","uid":200003}	00a7e705361e45afa7d3c04cb5cd3a19
44	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:47.303Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.agent	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
47	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:50.949Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.report	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"bf0943c4-29f9-41fa-b7d6-29d659ebf82a"}]}	b3237c2d94c14add912f387d397ccfcc
48	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:50.977Z	admin:admin@localhost	device.enrolment_token	et_slLb6wO2YJRh	ok	{"expires_at":"2026-12-04T11:12:50.974Z"}	599c56cbfd2b4e008235a619ce6d7195
53	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:12:56.163Z	device:d3d215ee-789b-4775-9e2a-74b14dc1d8fd	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	e92c53f99d014c8b9770389de9805c09
55	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:05.659Z	okta	scim.patch_user	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"userName":"ana-b86caacd@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	d73b1dd9ba344dccbd8c7c20874bb0c2
56	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:05.771Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	c7dfbb7690b04b189895cfb107e3102f
60	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:11.703Z	device:bf0943c4-29f9-41fa-b7d6-29d659ebf82a	device.report	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"bf0943c4-29f9-41fa-b7d6-29d659ebf82a"}]}	0f472ceeca9d409398d13d3f220fc5d9
69	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:25.705Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.report	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"4e5c371c-706f-4ec5-a95b-e2b43864ff4c"}]}	8cc6ab658f2d4d189bf64509f53c8224
75	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:27.458Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	b6152c675a954cd3962886f15109d41c
79	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:31.321Z	device:4e5c371c-706f-4ec5-a95b-e2b43864ff4c	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	9695ee19798b4b21b8a9c3f62a1f9985
81	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:32.888Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	0d8375d913a744a6b4ac314b11c74af4
83	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:34.296Z	device:0ada5a76-c937-4273-9e82-9a0e6774dd9d	device.report	42b9532a-4774-45a9-93ce-1c10435ccc1d	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"0ada5a76-c937-4273-9e82-9a0e6774dd9d"}]}	71b22601b1c94a54ab7c396f0e07f6a5
84	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:36.305Z	okta	scim.create_user	f57acf72-b0d0-40c1-b62a-c28cf72eda9d	ok	{"userName":"wes-a5a8bad1@example.com","username":"wes-a5a8bad1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"wes-a5a8bad1@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"wes-a5a8bad1@example.com","type":"work"}],"displayName":"wes-a5a8bad1@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	3bd9c05d4ec6498f98a333cab51300f0
101	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:41.872Z	okta	scim.replace_user	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	ok	{"userName":"lin-b97226d9@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"userName":"lin-b97226d9@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-b97226d9@example.com","emails":[{"value":"lin-b97226d9@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true,"id":"2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e","meta":{"resourceType":"User","created":"2026-12-04T10:13:40.116Z","lastModified":"2026-12-04T10:13:40.116Z","location":"http://127.0.0.1:40771/scim/v2/Users/2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e","version":"W/\\"1\\""},"password":"********"},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	811167f2ceb041ac8ebf15aaa7c56a39
105	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.508Z	okta	scim.create_user	9086a15b-46ad-4de8-b2db-d8df1564c980	ok	{"userName":"pam-f512df64@example.com","username":"pam-f512df64","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pam-f512df64@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"pam-f512df64@example.com","type":"work"}],"displayName":"pam-f512df64@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	8cf085f4d50c44b0b3655685798e0e56
111	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.623Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	d78381d849e6430c862b37a7b66a5cb5
99	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:40.229Z	device:7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"7c1a5b47-1a42-4520-84a6-6d46cbca1ec1"}]}	40710dd07bda457391ce205bd48bbd80
102	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:41.888Z	device:7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"7c1a5b47-1a42-4520-84a6-6d46cbca1ec1"}]}	5313d371e6a74136b771c7578bd24b86
106	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.515Z	admin:admin@localhost	device.enrolment_token	et_eeA9JpGuztZ4	ok	{"expires_at":"2026-12-04T11:13:43.514Z"}	9c0e9506869d4cc58868040471098eaa
126	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:50.585Z	okta	scim.patch_user	5acf5d49-a1fb-41da-a4ad-04e34d76c784	ok	{"userName":"sue-215085f@example.com","state":"SUSPENDED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":false}}]}}	acfcee440e834d219c3b9f2f60da14db
127	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:50.602Z	okta	scim.patch_user	5acf5d49-a1fb-41da-a4ad-04e34d76c784	ok	{"userName":"sue-215085f@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":true}}]}}	10ca6a9ee42040bc889e28047fa9fd4d
128	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:50.613Z	device:c9200983-fb5b-4be0-91d6-79bdbfddb6f7	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"c9200983-fb5b-4be0-91d6-79bdbfddb6f7"}]}	8adfacc17e0149e887caacc06b186428
131	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.059Z	admin:admin@localhost	device.enrolment_token	et_BjEQJbsah5iP	ok	{"expires_at":"2026-12-04T11:13:52.059Z"}	b32c2e5e030b41669d66531fa2ce639c
136	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.932Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	492512c27494476aab3b47d99ba3f089
138	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:55.767Z	okta	scim.patch_user	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"userName":"tri-f7269fa5@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	b931c49b95df4845b0c85d2406970365
142	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:59.722Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	5603e53118164af499601ce379fb5b3e
146	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:06.211Z	okta	scim.create_user	35839e78-0c25-4ee8-9265-cdb794454ec8	ok	{"userName":"gff4abbc9-4@load.test","username":"gff4abbc9-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gff4abbc9-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gff4abbc9-4@load.test","type":"work"}],"displayName":"gff4abbc9-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	c45fdc7c34694493aa13f035fce6c586
153	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.653Z	admin:admin@localhost	device.enrolment_token	et_oBOtYpMyGEDY	ok	{"expires_at":"2026-12-04T11:14:07.653Z"}	0da874423ea8453a81bd73359c033525
157	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.661Z	token:et_oBOtYpMyGEDY	device.enroll	eef99078-788f-4638-9091-79de6653e62a	ok	{"name":"fleet-ff4abbc9-2","platform":"linux"}	ebc3865c2a42483d8d65ea5e09d61b59
163	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.677Z	admin	device_group.add_device	b37f022c-81c8-41be-a99b-75b927465043	ok	{"device":"ab522993-bc11-41d1-a974-a17080c09cc9","bindings_changed":0}	bb04f37a75544ee8b1b8c18327ae425d
168	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.695Z	device:71e997f9-fc97-43a2-bc33-0e5c092b6560	device.agent	71e997f9-fc97-43a2-bc33-0e5c092b6560	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
108	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.603Z	admin	device.bind	9086a15b-46ad-4de8-b2db-d8df1564c980	ok	{"device":"837526df-dd2d-4eac-b9bb-2ee0fbd088da","uid":200007}	939f341637dd4e5caa072b1fb3942388
109	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.608Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.agent	837526df-dd2d-4eac-b9bb-2ee0fbd088da	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
110	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:43.618Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"837526df-dd2d-4eac-b9bb-2ee0fbd088da"}]}	124a7b337c9f482ab6704fbe05708add
116	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:47.659Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":3,"device":"837526df-dd2d-4eac-b9bb-2ee0fbd088da"}]}	195e0d93bcd9485993b1420e41561592
119	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.131Z	admin:admin@localhost	device.enrolment_token	et_Uy0Owjku46SJ	ok	{"expires_at":"2026-12-04T11:13:49.130Z"}	3d79f839908b4a11bc318c1e2be88e9d
125	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:50.575Z	okta	scim.patch_user	5acf5d49-a1fb-41da-a4ad-04e34d76c784	ok	{"userName":"sue-215085f@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	abe98f838b074ff1a365245670bb03ea
129	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:50.617Z	device:c9200983-fb5b-4be0-91d6-79bdbfddb6f7	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	8bca059b87fd444cbfce666a69e22872
145	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:05.014Z	okta	scim.create_user	cc766dcc-189c-4568-8a9a-d5611156e990	ok	{"userName":"gff4abbc9-3@load.test","username":"gff4abbc9-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gff4abbc9-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gff4abbc9-3@load.test","type":"work"}],"displayName":"gff4abbc9-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	a6bde21639614ec09546aaa378190be2
149	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.635Z	admin	device_group.create	b37f022c-81c8-41be-a99b-75b927465043	ok	{"name":"fleet-ff4abbc9"}	b2910097eece4d66b15ed4aaad6e0e08
151	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.648Z	token:et_8K2V4FADcOsa	device.enroll	8f2b61db-f3be-4be0-873a-f99a358620bb	ok	{"name":"fleet-ff4abbc9-1","platform":"linux"}	d6ecbdb81ce04ac8b741e63d020944ed
167	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.691Z	device:eef99078-788f-4638-9091-79de6653e62a	device.agent	eef99078-788f-4638-9091-79de6653e62a	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
170	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.706Z	okta	scim.create_group	e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	ok	{"displayName":"Fleet ff4abbc9","members":0}	f73814603024489d85dfd8acd3f1d1c1
173	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.285Z	device:f4d27829-0832-4b8f-ba98-6a84326a869f	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"f4d27829-0832-4b8f-ba98-6a84326a869f"},{"completed":1,"device":"f4d27829-0832-4b8f-ba98-6a84326a869f"},{"completed":1,"device":"f4d27829-0832-4b8f-ba98-6a84326a869f"},{"completed":1,"device":"f4d27829-0832-4b8f-ba98-6a84326a869f"},{"completed":1,"device":"f4d27829-0832-4b8f-ba98-6a84326a869f"}]}	420677a2ef26441e81825682e46c6716
176	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.312Z	device:ab522993-bc11-41d1-a974-a17080c09cc9	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"ab522993-bc11-41d1-a974-a17080c09cc9"},{"completed":1,"device":"ab522993-bc11-41d1-a974-a17080c09cc9"},{"completed":1,"device":"ab522993-bc11-41d1-a974-a17080c09cc9"},{"completed":1,"device":"ab522993-bc11-41d1-a974-a17080c09cc9"},{"completed":1,"device":"ab522993-bc11-41d1-a974-a17080c09cc9"}]}	c5870f23531c4b49b0d0a298d996f67a
189	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:14.455Z	okta	scim.create_user	b0d11fbd-6714-4c34-af9c-55c23f55ad86	ok	{"userName":"bf44d954-1@load.test","username":"bf44d954-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-1@load.test","type":"work"}],"displayName":"bf44d954-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	e439ccf955d540d3a94ba3088e3d2315
114	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:46.203Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	55a54a49a4574540ad0431e29fbfda54
115	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:47.641Z	okta	scim.patch_user	9086a15b-46ad-4de8-b2db-d8df1564c980	ok	{"userName":"pam-f512df64@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1},{"drift":"resolved"}]}	28a647d97ff4438ebc46669d77c889f8
117	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:47.662Z	device:837526df-dd2d-4eac-b9bb-2ee0fbd088da	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	18e3a40f252c4390a48a01e13082ec5e
120	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.136Z	token:et_Uy0Owjku46SJ	device.enroll	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	ok	{"name":"laptop-215085f","platform":"linux"}	b9c72cc8bc044365bf255842ac86c59d
121	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.197Z	admin	device.bind	5acf5d49-a1fb-41da-a4ad-04e34d76c784	ok	{"device":"c9200983-fb5b-4be0-91d6-79bdbfddb6f7","uid":200008}	85ec3b2efd404f4ca4df7cc458b3cac5
122	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.200Z	device:c9200983-fb5b-4be0-91d6-79bdbfddb6f7	device.agent	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
123	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:49.212Z	device:c9200983-fb5b-4be0-91d6-79bdbfddb6f7	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"c9200983-fb5b-4be0-91d6-79bdbfddb6f7"}]}	3b804b5031924e9792c45420d56cba29
132	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.063Z	token:et_BjEQJbsah5iP	device.enroll	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	ok	{"name":"mac-f7269fa5","platform":"macos"}	44a652a4c388400faa9c46103002847e
133	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.914Z	admin	device.bind	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"device":"2ad9ef33-f575-4649-848b-a79f1cbdb3ed","uid":200009}	aedd63ffe1014e50abfc19de8b05c0c3
134	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.918Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.agent	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
135	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.928Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	9e44a5a162ca4eeaa6846169d61d4a92
137	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:53.786Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.report	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"2ad9ef33-f575-4649-848b-a79f1cbdb3ed"}]}	9c0441a2132f4a8db0079580a9283eb8
140	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:59.637Z	okta	scim.patch_user	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"userName":"tri-f7269fa5@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":4},{"fanned_out":4,"devices":1}]}	89a824ad2d0240a6aec89d8f084df37d
141	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:59.706Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	8af92ef2d1964ab2a2bdc9a316888b29
143	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:00.887Z	device:2ad9ef33-f575-4649-848b-a79f1cbdb3ed	device.report	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"version":4,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":4,"device":"2ad9ef33-f575-4649-848b-a79f1cbdb3ed"}]}	e92328d0cfe344459d32cf5c4ae52054
144	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:04.845Z	okta	scim.create_user	3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	ok	{"userName":"gff4abbc9-1@load.test","username":"gff4abbc9-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gff4abbc9-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gff4abbc9-1@load.test","type":"work"}],"displayName":"gff4abbc9-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	41da0faece24432fbf1b06159703d5c7
161	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.671Z	admin	device_group.add_device	b37f022c-81c8-41be-a99b-75b927465043	ok	{"device":"f4d27829-0832-4b8f-ba98-6a84326a869f","bindings_changed":0}	b8858a8a47684d138fb5b4d79db463f0
183	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:10.059Z	okta	scim.create_user	d0387aa6-b8bb-4c75-910a-07daede82b50	ok	{"userName":"bf44d954-7@load.test","username":"bf44d954-7","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-7@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-7@load.test","type":"work"}],"displayName":"bf44d954-7@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	ebc8550aba0e48539e757280428f5367
198	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.248Z	device:c1cea21a-3368-44ed-82eb-a7b730d77026	device.report_batch	\N	ok	{"reports":10,"accepted":10,"not_applicable":0,"effects":[{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"},{"completed":1,"device":"c1cea21a-3368-44ed-82eb-a7b730d77026"}]}	28aefb501a724134be7a1f4961d2d252
130	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:52.054Z	okta	scim.create_user	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"userName":"tri-f7269fa5@example.com","username":"tri-f7269fa5","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"tri-f7269fa5@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"tri-f7269fa5@example.com","type":"work"}],"displayName":"tri-f7269fa5@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	42e56a5e2cc1448b91632a2c36721081
139	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:57.751Z	okta	scim.patch_user	9fa11b28-20d3-4d92-9675-ad15832ffddc	ok	{"userName":"tri-f7269fa5@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1}]}	9f4641e024bd4c6b8e9f41a25649482c
147	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:06.446Z	okta	scim.create_user	f388de2a-1015-4154-9fc4-b05a6e6aad59	ok	{"userName":"gff4abbc9-0@load.test","username":"gff4abbc9-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gff4abbc9-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gff4abbc9-0@load.test","type":"work"}],"displayName":"gff4abbc9-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	1d42c21d88fb46a9bd888e0ec5d64e33
148	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.628Z	okta	scim.create_user	be48c8e6-8bf8-42fe-9711-3172fbff805c	ok	{"userName":"gff4abbc9-2@load.test","username":"gff4abbc9-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gff4abbc9-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gff4abbc9-2@load.test","type":"work"}],"displayName":"gff4abbc9-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	d3e1a20c70a44f1da6d35982d2ba96f1
150	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.642Z	admin:admin@localhost	device.enrolment_token	et_8K2V4FADcOsa	ok	{"expires_at":"2026-12-04T11:14:07.641Z"}	ac49b07a520c4d2aad038d7b371417de
152	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.648Z	admin:admin@localhost	device.enrolment_token	et_8R1l28LfkL4B	ok	{"expires_at":"2026-12-04T11:14:07.642Z"}	e09ac312da09470690f9a846e778345f
154	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.654Z	admin:admin@localhost	device.enrolment_token	et_h1BjAeqCHb56	ok	{"expires_at":"2026-12-04T11:14:07.652Z"}	76b679dab38a48238ff5c0de5a3dcf23
155	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.654Z	admin:admin@localhost	device.enrolment_token	et_z60h1TWOjfHL	ok	{"expires_at":"2026-12-04T11:14:07.652Z"}	9ece70772b194e0495f29e100e3bd4c8
156	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.656Z	token:et_8R1l28LfkL4B	device.enroll	f4d27829-0832-4b8f-ba98-6a84326a869f	ok	{"name":"fleet-ff4abbc9-3","platform":"linux"}	f54f70de239a462ca4bc4a8cc3b63e54
158	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.664Z	admin	device_group.add_device	b37f022c-81c8-41be-a99b-75b927465043	ok	{"device":"8f2b61db-f3be-4be0-873a-f99a358620bb","bindings_changed":0}	a9f23b74c4b04879b4fd4db8378c2e03
159	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.666Z	token:et_z60h1TWOjfHL	device.enroll	ab522993-bc11-41d1-a974-a17080c09cc9	ok	{"name":"fleet-ff4abbc9-0","platform":"linux"}	8b52ecb8c3cc4f92a47bab2c16f2fc37
160	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.667Z	token:et_h1BjAeqCHb56	device.enroll	71e997f9-fc97-43a2-bc33-0e5c092b6560	ok	{"name":"fleet-ff4abbc9-4","platform":"linux"}	a77a9fd27a334d769e56239d72c4322e
162	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.676Z	device:8f2b61db-f3be-4be0-873a-f99a358620bb	device.agent	8f2b61db-f3be-4be0-873a-f99a358620bb	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
164	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.681Z	device:f4d27829-0832-4b8f-ba98-6a84326a869f	device.agent	f4d27829-0832-4b8f-ba98-6a84326a869f	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
165	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.682Z	admin	device_group.add_device	b37f022c-81c8-41be-a99b-75b927465043	ok	{"device":"eef99078-788f-4638-9091-79de6653e62a","bindings_changed":0}	6bb90b88fe6f45f195a2c7a12c3fc6b7
166	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.686Z	admin	device_group.add_device	b37f022c-81c8-41be-a99b-75b927465043	ok	{"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560","bindings_changed":0}	05342548bcda4a1c86c744597aae9c10
169	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.694Z	device:ab522993-bc11-41d1-a974-a17080c09cc9	device.agent	ab522993-bc11-41d1-a974-a17080c09cc9	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
171	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:07.717Z	admin	group_binding.create	0479889f-2893-4d07-9a19-c0e475b9979f	ok	{"group":"e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4","target":{"kind":"device_group","id":"b37f022c-81c8-41be-a99b-75b927465043"},"admin":false,"admin_until":null,"bindings_changed":0}	17564fcb15264cee8d5457d7719c66a8
172	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.258Z	okta	scim.patch_group	e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	ok	{"displayName":"Fleet ff4abbc9","members":5,"bindings_changed":25}	bcda39b3adce43c783e964ffae0851ae
174	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.290Z	device:f4d27829-0832-4b8f-ba98-6a84326a869f	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	11fedfc811494917a17e9e8a5b9b5dcb
177	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.314Z	device:eef99078-788f-4638-9091-79de6653e62a	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	4c4da256be1c4dde9e51b5233de5163e
178	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.315Z	device:ab522993-bc11-41d1-a974-a17080c09cc9	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	7e56b74a233747889f32969bd46b017e
179	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.317Z	device:8f2b61db-f3be-4be0-873a-f99a358620bb	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"8f2b61db-f3be-4be0-873a-f99a358620bb"},{"completed":1,"device":"8f2b61db-f3be-4be0-873a-f99a358620bb"},{"completed":1,"device":"8f2b61db-f3be-4be0-873a-f99a358620bb"},{"completed":1,"device":"8f2b61db-f3be-4be0-873a-f99a358620bb"},{"completed":1,"device":"8f2b61db-f3be-4be0-873a-f99a358620bb"}]}	4f4d50359869435ab1efa45e935a40ed
180	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.322Z	device:71e997f9-fc97-43a2-bc33-0e5c092b6560	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560"},{"completed":1,"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560"},{"completed":1,"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560"},{"completed":1,"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560"},{"completed":1,"device":"71e997f9-fc97-43a2-bc33-0e5c092b6560"}]}	a9c2667e29f24b299205bb2684307585
192	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.063Z	okta	scim.create_user	1a600ec3-3750-401b-b176-164ea9d1bf42	ok	{"userName":"bf44d954-9@load.test","username":"bf44d954-9","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-9@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-9@load.test","type":"work"}],"displayName":"bf44d954-9@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	5f80a0a539724747b141433979d0546a
193	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.071Z	okta	scim.create_group	b6006d6b-736b-47dd-b6a4-8341797c1709	ok	{"displayName":"Everyone f44d954","members":10}	b5d2bd9097d841eb8fe835fc0d912eb5
182	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:08.330Z	device:71e997f9-fc97-43a2-bc33-0e5c092b6560	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	2809e9d6fdeb431ca8c0c779deab0f30
190	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:14.936Z	okta	scim.create_user	f23ae990-f12a-4730-822c-7928b3d60e98	ok	{"userName":"bf44d954-0@load.test","username":"bf44d954-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-0@load.test","type":"work"}],"displayName":"bf44d954-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	52148a706c2140f08cd8f61ea8d8991d
196	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.092Z	device:c1cea21a-3368-44ed-82eb-a7b730d77026	device.agent	c1cea21a-3368-44ed-82eb-a7b730d77026	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
184	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:10.116Z	okta	scim.create_user	e95b115c-dd05-4ef9-b547-d60238b3ffbd	ok	{"userName":"bf44d954-5@load.test","username":"bf44d954-5","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-5@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-5@load.test","type":"work"}],"displayName":"bf44d954-5@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	c91ba28144894145a02245cc1274ba99
199	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.255Z	device:c1cea21a-3368-44ed-82eb-a7b730d77026	device.status	\N	ok	{"accounts":10,"not_in_sync":[]}	5e2ffb0a2e1a44208fafa8a29d6ec748
185	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:11.500Z	okta	scim.create_user	8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	ok	{"userName":"bf44d954-4@load.test","username":"bf44d954-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-4@load.test","type":"work"}],"displayName":"bf44d954-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	b65e87352e6f459abc08d255d25cc740
197	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.173Z	admin	group_binding.create	891517fa-5a81-44ea-8feb-1c6f37807967	ok	{"group":"b6006d6b-736b-47dd-b6a4-8341797c1709","target":{"kind":"device","id":"c1cea21a-3368-44ed-82eb-a7b730d77026"},"admin":false,"admin_until":null,"bindings_changed":10}	272bfc89d1aa44a1ae1542393efd6d5b
186	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:11.572Z	okta	scim.create_user	ec3a5064-b208-4f06-a623-f27b6f53c677	ok	{"userName":"bf44d954-3@load.test","username":"bf44d954-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-3@load.test","type":"work"}],"displayName":"bf44d954-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	a4ac94589919490cb017e6d66bad0a7c
194	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.078Z	admin:admin@localhost	device.enrolment_token	et_PVrmfDjAKAnc	ok	{"expires_at":"2026-12-04T11:14:17.077Z"}	3052a2b87fc74300a73b74125dce2aa6
187	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:12.953Z	okta	scim.create_user	ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	ok	{"userName":"bf44d954-8@load.test","username":"bf44d954-8","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-8@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-8@load.test","type":"work"}],"displayName":"bf44d954-8@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	2175a6b18dab499a83b4ea9e5dd7fc25
188	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:12.974Z	okta	scim.create_user	b2a21e49-2e53-481f-ba4d-00ff1afad892	ok	{"userName":"bf44d954-2@load.test","username":"bf44d954-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-2@load.test","type":"work"}],"displayName":"bf44d954-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	825c477c30c141d38e896e46fad77dea
195	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:17.083Z	token:et_PVrmfDjAKAnc	device.enroll	c1cea21a-3368-44ed-82eb-a7b730d77026	ok	{"name":"big-f44d954","platform":"linux"}	37552ae370fc4aab8a0ddb428a02da3a
191	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:14:16.571Z	okta	scim.create_user	19d0b8b6-843f-4a23-9c15-7129c43ea89c	ok	{"userName":"bf44d954-6@load.test","username":"bf44d954-6","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bf44d954-6@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"bf44d954-6@load.test","type":"work"}],"displayName":"bf44d954-6@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	b26de5df64904ea0a00aa7127d046d4a
\.


--
-- Data for Name: bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bindings (user_id, device_id, org_id, completed_version, locked, created_at, agent_state, agent_detail, agent_version, agent_at, direct) FROM stdin;
35839e78-0c25-4ee8-9265-cdb794454ec8	f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.238Z	in_sync	\N	1	2026-12-04T10:14:08.289Z	0
f5557e57-6c08-4531-b591-8bb3db11d466	8edb752b-113b-41fa-8665-8da76da66371	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:12:09.028Z	in_sync	\N	2	2026-12-04T10:12:13.432Z	1
9086a15b-46ad-4de8-b2db-d8df1564c980	837526df-dd2d-4eac-b9bb-2ee0fbd088da	2e259994-aff4-4c6b-a360-3a577e02abb9	3	0	2026-12-04T10:13:43.600Z	in_sync	\N	3	2026-12-04T10:13:47.662Z	1
42b9532a-4774-45a9-93ce-1c10435ccc1d	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:13:23.682Z	in_sync	\N	2	2026-12-04T10:13:31.320Z	1
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	269ac7cb-163b-4003-aff8-5ea3b9a109cb	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:12:22.933Z	in_sync	\N	2	2026-12-04T10:12:27.075Z	1
42b9532a-4774-45a9-93ce-1c10435ccc1d	0ada5a76-c937-4273-9e82-9a0e6774dd9d	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:13:27.406Z	in_sync	\N	2	2026-12-04T10:13:32.891Z	1
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:12:35.405Z	in_sync	\N	2	2026-12-04T10:12:40.301Z	1
35839e78-0c25-4ee8-9265-cdb794454ec8	eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.238Z	in_sync	\N	1	2026-12-04T10:14:08.314Z	0
35839e78-0c25-4ee8-9265-cdb794454ec8	ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.238Z	in_sync	\N	1	2026-12-04T10:14:08.315Z	0
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:13:36.332Z	in_sync	\N	2	2026-12-04T10:13:38.471Z	1
5acf5d49-a1fb-41da-a4ad-04e34d76c784	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:13:49.194Z	in_sync	\N	2	2026-12-04T10:13:50.616Z	1
35839e78-0c25-4ee8-9265-cdb794454ec8	8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.238Z	in_sync	\N	1	2026-12-04T10:14:08.324Z	0
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:12:47.267Z	in_sync	\N	2	2026-12-04T10:13:05.809Z	1
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:12:56.018Z	in_sync	\N	2	2026-12-04T10:13:05.926Z	1
35839e78-0c25-4ee8-9265-cdb794454ec8	71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.238Z	in_sync	\N	1	2026-12-04T10:14:08.327Z	0
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.244Z	in_sync	\N	1	2026-12-04T10:14:08.327Z	0
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	2e259994-aff4-4c6b-a360-3a577e02abb9	2	0	2026-12-04T10:13:40.210Z	in_sync	\N	2	2026-12-04T10:13:41.891Z	1
9fa11b28-20d3-4d92-9675-ad15832ffddc	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	2e259994-aff4-4c6b-a360-3a577e02abb9	4	0	2026-12-04T10:13:52.912Z	in_sync	\N	4	2026-12-04T10:13:59.722Z	1
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.244Z	in_sync	\N	1	2026-12-04T10:14:08.324Z	0
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.244Z	in_sync	\N	1	2026-12-04T10:14:08.314Z	0
be48c8e6-8bf8-42fe-9711-3172fbff805c	eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.249Z	in_sync	\N	1	2026-12-04T10:14:08.314Z	0
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.244Z	in_sync	\N	1	2026-12-04T10:14:08.289Z	0
be48c8e6-8bf8-42fe-9711-3172fbff805c	f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.249Z	in_sync	\N	1	2026-12-04T10:14:08.289Z	0
cc766dcc-189c-4568-8a9a-d5611156e990	f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.252Z	in_sync	\N	1	2026-12-04T10:14:08.289Z	0
f388de2a-1015-4154-9fc4-b05a6e6aad59	f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.254Z	in_sync	\N	1	2026-12-04T10:14:08.289Z	0
be48c8e6-8bf8-42fe-9711-3172fbff805c	8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.249Z	in_sync	\N	1	2026-12-04T10:14:08.324Z	0
cc766dcc-189c-4568-8a9a-d5611156e990	8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.252Z	in_sync	\N	1	2026-12-04T10:14:08.324Z	0
f388de2a-1015-4154-9fc4-b05a6e6aad59	8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.254Z	in_sync	\N	1	2026-12-04T10:14:08.324Z	0
be48c8e6-8bf8-42fe-9711-3172fbff805c	71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.249Z	in_sync	\N	1	2026-12-04T10:14:08.327Z	0
cc766dcc-189c-4568-8a9a-d5611156e990	71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.252Z	in_sync	\N	1	2026-12-04T10:14:08.327Z	0
cc766dcc-189c-4568-8a9a-d5611156e990	eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.252Z	in_sync	\N	1	2026-12-04T10:14:08.314Z	0
f388de2a-1015-4154-9fc4-b05a6e6aad59	eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.254Z	in_sync	\N	1	2026-12-04T10:14:08.314Z	0
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.244Z	in_sync	\N	1	2026-12-04T10:14:08.315Z	0
be48c8e6-8bf8-42fe-9711-3172fbff805c	ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.249Z	in_sync	\N	1	2026-12-04T10:14:08.315Z	0
cc766dcc-189c-4568-8a9a-d5611156e990	ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.252Z	in_sync	\N	1	2026-12-04T10:14:08.315Z	0
f388de2a-1015-4154-9fc4-b05a6e6aad59	ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.254Z	in_sync	\N	1	2026-12-04T10:14:08.315Z	0
f388de2a-1015-4154-9fc4-b05a6e6aad59	71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:08.254Z	in_sync	\N	1	2026-12-04T10:14:08.327Z	0
19d0b8b6-843f-4a23-9c15-7129c43ea89c	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.152Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
1a600ec3-3750-401b-b176-164ea9d1bf42	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.156Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.158Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.160Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
b0d11fbd-6714-4c34-af9c-55c23f55ad86	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.163Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
b2a21e49-2e53-481f-ba4d-00ff1afad892	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.165Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
d0387aa6-b8bb-4c75-910a-07daede82b50	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.166Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
e95b115c-dd05-4ef9-b547-d60238b3ffbd	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.167Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
ec3a5064-b208-4f06-a623-f27b6f53c677	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.168Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
f23ae990-f12a-4730-822c-7928b3d60e98	c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	1	0	2026-12-04T10:14:17.170Z	in_sync	\N	1	2026-12-04T10:14:17.253Z	0
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
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	8f2b61db-f3be-4be0-873a-f99a358620bb	1	linux	applied	0	60	2026-12-04T10:14:08.308Z	2026-12-04T10:14:08.244Z
f5557e57-6c08-4531-b591-8bb3db11d466	8edb752b-113b-41fa-8665-8da76da66371	1	macos	confirmed	0	1	2026-12-04T10:12:10.844Z	2026-12-04T10:12:09.028Z
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	2	macos	confirmed	0	14	2026-12-04T10:13:11.703Z	2026-12-04T10:13:05.636Z
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	2	macos	confirmed	0	15	2026-12-04T10:13:16.825Z	2026-12-04T10:13:05.636Z
f5557e57-6c08-4531-b591-8bb3db11d466	8edb752b-113b-41fa-8665-8da76da66371	2	macos	confirmed	0	3	2026-12-04T10:12:15.195Z	2026-12-04T10:12:13.367Z
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	1	linux	applied	0	25	2026-12-04T10:13:40.229Z	2026-12-04T10:13:40.210Z
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	269ac7cb-163b-4003-aff8-5ea3b9a109cb	1	macos	confirmed	0	4	2026-12-04T10:12:24.715Z	2026-12-04T10:12:22.933Z
42b9532a-4774-45a9-93ce-1c10435ccc1d	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	1	macos	confirmed	0	16	2026-12-04T10:13:25.704Z	2026-12-04T10:13:23.682Z
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	269ac7cb-163b-4003-aff8-5ea3b9a109cb	2	macos	keychain_reset	0	6	2026-12-04T10:12:28.718Z	2026-12-04T10:12:27.040Z
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	1	macos	confirmed	0	7	2026-12-04T10:12:37.361Z	2026-12-04T10:12:35.405Z
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	2	linux	applied	0	27	2026-12-04T10:13:41.887Z	2026-12-04T10:13:41.870Z
42b9532a-4774-45a9-93ce-1c10435ccc1d	0ada5a76-c937-4273-9e82-9a0e6774dd9d	1	macos	confirmed	0	18	2026-12-04T10:13:29.192Z	2026-12-04T10:13:27.406Z
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	2	macos	confirmed	0	9	2026-12-04T10:12:42.153Z	2026-12-04T10:12:40.179Z
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	1	macos	confirmed	0	10	2026-12-04T10:12:50.936Z	2026-12-04T10:12:47.267Z
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	1	macos	confirmed	0	12	2026-12-04T10:13:00.765Z	2026-12-04T10:12:56.018Z
42b9532a-4774-45a9-93ce-1c10435ccc1d	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	2	macos	confirmed	0	21	2026-12-04T10:13:32.824Z	2026-12-04T10:13:31.256Z
9086a15b-46ad-4de8-b2db-d8df1564c980	837526df-dd2d-4eac-b9bb-2ee0fbd088da	1	linux	applied	0	28	2026-12-04T10:13:43.618Z	2026-12-04T10:13:43.600Z
5acf5d49-a1fb-41da-a4ad-04e34d76c784	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	2	linux	applied	0	36	2026-12-04T10:13:50.613Z	2026-12-04T10:13:50.574Z
42b9532a-4774-45a9-93ce-1c10435ccc1d	0ada5a76-c937-4273-9e82-9a0e6774dd9d	2	macos	confirmed	0	20	2026-12-04T10:13:34.295Z	2026-12-04T10:13:31.256Z
9086a15b-46ad-4de8-b2db-d8df1564c980	837526df-dd2d-4eac-b9bb-2ee0fbd088da	2	linux	applied	0	30	2026-12-04T10:13:46.198Z	2026-12-04T10:13:46.169Z
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	1	windows	applied	1	22	2026-12-04T10:13:36.366Z	2026-12-04T10:13:36.332Z
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	2	windows	applied	1	24	2026-12-04T10:13:38.453Z	2026-12-04T10:13:38.425Z
9fa11b28-20d3-4d92-9675-ad15832ffddc	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	4	macos	confirmed	0	42	2026-12-04T10:14:00.886Z	2026-12-04T10:13:59.632Z
9086a15b-46ad-4de8-b2db-d8df1564c980	837526df-dd2d-4eac-b9bb-2ee0fbd088da	3	linux	applied	0	31	2026-12-04T10:13:47.658Z	2026-12-04T10:13:47.638Z
5acf5d49-a1fb-41da-a4ad-04e34d76c784	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	1	linux	applied	0	32	2026-12-04T10:13:49.212Z	2026-12-04T10:13:49.194Z
9fa11b28-20d3-4d92-9675-ad15832ffddc	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	1	macos	confirmed	0	38	2026-12-04T10:13:53.785Z	2026-12-04T10:13:52.912Z
9fa11b28-20d3-4d92-9675-ad15832ffddc	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	2	macos	superseded	0	40	2026-12-04T10:13:57.748Z	2026-12-04T10:13:55.765Z
9fa11b28-20d3-4d92-9675-ad15832ffddc	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	3	macos	superseded	0	41	2026-12-04T10:13:59.632Z	2026-12-04T10:13:57.748Z
35839e78-0c25-4ee8-9265-cdb794454ec8	71e997f9-fc97-43a2-bc33-0e5c092b6560	1	linux	applied	0	54	2026-12-04T10:14:08.310Z	2026-12-04T10:14:08.238Z
35839e78-0c25-4ee8-9265-cdb794454ec8	f4d27829-0832-4b8f-ba98-6a84326a869f	1	linux	applied	0	58	2026-12-04T10:14:08.282Z	2026-12-04T10:14:08.238Z
35839e78-0c25-4ee8-9265-cdb794454ec8	eef99078-788f-4638-9091-79de6653e62a	1	linux	applied	0	57	2026-12-04T10:14:08.295Z	2026-12-04T10:14:08.238Z
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	eef99078-788f-4638-9091-79de6653e62a	1	linux	applied	0	62	2026-12-04T10:14:08.296Z	2026-12-04T10:14:08.244Z
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	71e997f9-fc97-43a2-bc33-0e5c092b6560	1	linux	applied	0	59	2026-12-04T10:14:08.311Z	2026-12-04T10:14:08.244Z
cc766dcc-189c-4568-8a9a-d5611156e990	8f2b61db-f3be-4be0-873a-f99a358620bb	1	linux	applied	0	70	2026-12-04T10:14:08.315Z	2026-12-04T10:14:08.252Z
be48c8e6-8bf8-42fe-9711-3172fbff805c	eef99078-788f-4638-9091-79de6653e62a	1	linux	applied	0	67	2026-12-04T10:14:08.298Z	2026-12-04T10:14:08.249Z
cc766dcc-189c-4568-8a9a-d5611156e990	eef99078-788f-4638-9091-79de6653e62a	1	linux	applied	0	72	2026-12-04T10:14:08.298Z	2026-12-04T10:14:08.252Z
f388de2a-1015-4154-9fc4-b05a6e6aad59	8f2b61db-f3be-4be0-873a-f99a358620bb	1	linux	applied	0	75	2026-12-04T10:14:08.316Z	2026-12-04T10:14:08.254Z
cc766dcc-189c-4568-8a9a-d5611156e990	71e997f9-fc97-43a2-bc33-0e5c092b6560	1	linux	applied	0	69	2026-12-04T10:14:08.319Z	2026-12-04T10:14:08.252Z
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	f4d27829-0832-4b8f-ba98-6a84326a869f	1	linux	applied	0	63	2026-12-04T10:14:08.283Z	2026-12-04T10:14:08.244Z
be48c8e6-8bf8-42fe-9711-3172fbff805c	f4d27829-0832-4b8f-ba98-6a84326a869f	1	linux	applied	0	68	2026-12-04T10:14:08.284Z	2026-12-04T10:14:08.249Z
cc766dcc-189c-4568-8a9a-d5611156e990	f4d27829-0832-4b8f-ba98-6a84326a869f	1	linux	applied	0	73	2026-12-04T10:14:08.284Z	2026-12-04T10:14:08.252Z
f388de2a-1015-4154-9fc4-b05a6e6aad59	f4d27829-0832-4b8f-ba98-6a84326a869f	1	linux	applied	0	78	2026-12-04T10:14:08.285Z	2026-12-04T10:14:08.254Z
19d0b8b6-843f-4a23-9c15-7129c43ea89c	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	85	2026-12-04T10:14:17.239Z	2026-12-04T10:14:17.152Z
f388de2a-1015-4154-9fc4-b05a6e6aad59	eef99078-788f-4638-9091-79de6653e62a	1	linux	applied	0	77	2026-12-04T10:14:08.301Z	2026-12-04T10:14:08.254Z
35839e78-0c25-4ee8-9265-cdb794454ec8	8f2b61db-f3be-4be0-873a-f99a358620bb	1	linux	applied	0	55	2026-12-04T10:14:08.307Z	2026-12-04T10:14:08.238Z
35839e78-0c25-4ee8-9265-cdb794454ec8	ab522993-bc11-41d1-a974-a17080c09cc9	1	linux	applied	0	56	2026-12-04T10:14:08.309Z	2026-12-04T10:14:08.238Z
be48c8e6-8bf8-42fe-9711-3172fbff805c	8f2b61db-f3be-4be0-873a-f99a358620bb	1	linux	applied	0	65	2026-12-04T10:14:08.309Z	2026-12-04T10:14:08.249Z
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	ab522993-bc11-41d1-a974-a17080c09cc9	1	linux	applied	0	61	2026-12-04T10:14:08.310Z	2026-12-04T10:14:08.244Z
be48c8e6-8bf8-42fe-9711-3172fbff805c	ab522993-bc11-41d1-a974-a17080c09cc9	1	linux	applied	0	66	2026-12-04T10:14:08.310Z	2026-12-04T10:14:08.249Z
cc766dcc-189c-4568-8a9a-d5611156e990	ab522993-bc11-41d1-a974-a17080c09cc9	1	linux	applied	0	71	2026-12-04T10:14:08.311Z	2026-12-04T10:14:08.252Z
f388de2a-1015-4154-9fc4-b05a6e6aad59	ab522993-bc11-41d1-a974-a17080c09cc9	1	linux	applied	0	76	2026-12-04T10:14:08.311Z	2026-12-04T10:14:08.254Z
be48c8e6-8bf8-42fe-9711-3172fbff805c	71e997f9-fc97-43a2-bc33-0e5c092b6560	1	linux	applied	0	64	2026-12-04T10:14:08.312Z	2026-12-04T10:14:08.249Z
f388de2a-1015-4154-9fc4-b05a6e6aad59	71e997f9-fc97-43a2-bc33-0e5c092b6560	1	linux	applied	0	74	2026-12-04T10:14:08.320Z	2026-12-04T10:14:08.254Z
1a600ec3-3750-401b-b176-164ea9d1bf42	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	86	2026-12-04T10:14:17.240Z	2026-12-04T10:14:17.156Z
8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	87	2026-12-04T10:14:17.241Z	2026-12-04T10:14:17.158Z
ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	88	2026-12-04T10:14:17.242Z	2026-12-04T10:14:17.160Z
b0d11fbd-6714-4c34-af9c-55c23f55ad86	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	89	2026-12-04T10:14:17.243Z	2026-12-04T10:14:17.163Z
b2a21e49-2e53-481f-ba4d-00ff1afad892	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	90	2026-12-04T10:14:17.244Z	2026-12-04T10:14:17.165Z
d0387aa6-b8bb-4c75-910a-07daede82b50	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	91	2026-12-04T10:14:17.245Z	2026-12-04T10:14:17.166Z
e95b115c-dd05-4ef9-b547-d60238b3ffbd	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	92	2026-12-04T10:14:17.246Z	2026-12-04T10:14:17.167Z
ec3a5064-b208-4f06-a623-f27b6f53c677	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	93	2026-12-04T10:14:17.247Z	2026-12-04T10:14:17.168Z
f23ae990-f12a-4730-822c-7928b3d60e98	c1cea21a-3368-44ed-82eb-a7b730d77026	1	linux	applied	0	94	2026-12-04T10:14:17.248Z	2026-12-04T10:14:17.170Z
\.


--
-- Data for Name: device_commands; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_commands (seq, device_id, user_id, command, created_at) FROM stdin;
2	8edb752b-113b-41fa-8665-8da76da66371	f5557e57-6c08-4531-b591-8bb3db11d466	accounts	2026-12-04T10:12:09.034Z
5	269ac7cb-163b-4003-aff8-5ea3b9a109cb	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	accounts	2026-12-04T10:12:22.937Z
8	10c2bc99-3d00-4f2e-ba17-8142386f7d6f	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	accounts	2026-12-04T10:12:35.413Z
11	bf0943c4-29f9-41fa-b7d6-29d659ebf82a	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	accounts	2026-12-04T10:12:47.271Z
13	d3d215ee-789b-4775-9e2a-74b14dc1d8fd	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	accounts	2026-12-04T10:12:56.041Z
17	4e5c371c-706f-4ec5-a95b-e2b43864ff4c	42b9532a-4774-45a9-93ce-1c10435ccc1d	accounts	2026-12-04T10:13:23.697Z
19	0ada5a76-c937-4273-9e82-9a0e6774dd9d	42b9532a-4774-45a9-93ce-1c10435ccc1d	accounts	2026-12-04T10:13:27.411Z
23	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	f57acf72-b0d0-40c1-b62a-c28cf72eda9d	accounts	2026-12-04T10:13:36.334Z
26	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	accounts	2026-12-04T10:13:40.212Z
29	837526df-dd2d-4eac-b9bb-2ee0fbd088da	9086a15b-46ad-4de8-b2db-d8df1564c980	accounts	2026-12-04T10:13:43.603Z
33	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	5acf5d49-a1fb-41da-a4ad-04e34d76c784	accounts	2026-12-04T10:13:49.196Z
35	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	5acf5d49-a1fb-41da-a4ad-04e34d76c784	lock	2026-12-04T10:13:50.585Z
37	c9200983-fb5b-4be0-91d6-79bdbfddb6f7	5acf5d49-a1fb-41da-a4ad-04e34d76c784	unlock	2026-12-04T10:13:50.602Z
39	2ad9ef33-f575-4649-848b-a79f1cbdb3ed	9fa11b28-20d3-4d92-9675-ad15832ffddc	accounts	2026-12-04T10:13:52.914Z
43	8f2b61db-f3be-4be0-873a-f99a358620bb		accounts	2026-12-04T10:14:07.664Z
44	f4d27829-0832-4b8f-ba98-6a84326a869f		accounts	2026-12-04T10:14:07.671Z
45	ab522993-bc11-41d1-a974-a17080c09cc9		accounts	2026-12-04T10:14:07.677Z
46	eef99078-788f-4638-9091-79de6653e62a		accounts	2026-12-04T10:14:07.681Z
47	71e997f9-fc97-43a2-bc33-0e5c092b6560		accounts	2026-12-04T10:14:07.684Z
49	71e997f9-fc97-43a2-bc33-0e5c092b6560		accounts	2026-12-04T10:14:07.715Z
50	8f2b61db-f3be-4be0-873a-f99a358620bb		accounts	2026-12-04T10:14:07.716Z
51	ab522993-bc11-41d1-a974-a17080c09cc9		accounts	2026-12-04T10:14:07.716Z
52	eef99078-788f-4638-9091-79de6653e62a		accounts	2026-12-04T10:14:07.716Z
53	f4d27829-0832-4b8f-ba98-6a84326a869f		accounts	2026-12-04T10:14:07.717Z
80	71e997f9-fc97-43a2-bc33-0e5c092b6560		accounts	2026-12-04T10:14:08.256Z
81	8f2b61db-f3be-4be0-873a-f99a358620bb		accounts	2026-12-04T10:14:08.257Z
82	ab522993-bc11-41d1-a974-a17080c09cc9		accounts	2026-12-04T10:14:08.257Z
83	eef99078-788f-4638-9091-79de6653e62a		accounts	2026-12-04T10:14:08.257Z
84	f4d27829-0832-4b8f-ba98-6a84326a869f		accounts	2026-12-04T10:14:08.258Z
96	c1cea21a-3368-44ed-82eb-a7b730d77026		accounts	2026-12-04T10:14:17.173Z
\.


--
-- Data for Name: device_group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_group_members (device_group_id, device_id) FROM stdin;
b37f022c-81c8-41be-a99b-75b927465043	8f2b61db-f3be-4be0-873a-f99a358620bb
b37f022c-81c8-41be-a99b-75b927465043	f4d27829-0832-4b8f-ba98-6a84326a869f
b37f022c-81c8-41be-a99b-75b927465043	eef99078-788f-4638-9091-79de6653e62a
b37f022c-81c8-41be-a99b-75b927465043	ab522993-bc11-41d1-a974-a17080c09cc9
b37f022c-81c8-41be-a99b-75b927465043	71e997f9-fc97-43a2-bc33-0e5c092b6560
\.


--
-- Data for Name: device_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_groups (id, org_id, name, name_lower, created_at) FROM stdin;
b37f022c-81c8-41be-a99b-75b927465043	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9	fleet-ff4abbc9	2026-12-04T10:14:07.634Z
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (id, org_id, name, platform, secret_prefix, secret_hash, created_at, last_seen_at, applied_seq, agent) FROM stdin;
8edb752b-113b-41fa-8665-8da76da66371	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-ad6ccd20	macos	dv_MBBldlWXBZLK	7b36eabefb50cebdd9bcdf49c169c3ed63ef3721aa521927e9ac061d419cac8b	2026-12-04T10:12:07.375Z	2026-12-04T10:12:13.414Z	2	agent-sim/0.2.0-dev
837526df-dd2d-4eac-b9bb-2ee0fbd088da	2e259994-aff4-4c6b-a360-3a577e02abb9	laptop-f512df64	linux	dv_PF6w45cHrBFM	cf6f2c1edee0384f73e71bf4cc1d29848c8f914052517bb610bf1496d5489a7a	2026-12-04T10:13:43.518Z	2026-12-04T10:13:47.655Z	30	agent-sim/0.2.0-dev
4e5c371c-706f-4ec5-a95b-e2b43864ff4c	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-online-1b13bc23	macos	dv_QZbHkkZJdP9i	e28f03e325f57107566d54ccedd342a995aa4c31ea6c36b8548faa5e5714ad4e	2026-12-04T10:13:21.684Z	2026-12-04T10:13:31.293Z	17	agent-sim/0.2.0-dev
269ac7cb-163b-4003-aff8-5ea3b9a109cb	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-85094873	macos	dv_WjX9T5gx6SOT	012eed3b486c1be76eaffeadf0dfcb2e83f551e363e52475d75d453b815befc0	2026-12-04T10:12:21.369Z	2026-12-04T10:12:27.060Z	5	agent-sim/0.2.0-dev
0ada5a76-c937-4273-9e82-9a0e6774dd9d	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-offline-1b13bc23	macos	dv_cNkdCcfePtFz	633a5090cae7519761cb486f44ebb9857b9af5798109e97a2ad1111b83e9f8eb	2026-12-04T10:13:25.736Z	2026-12-04T10:13:32.876Z	19	agent-sim/0.2.0-dev
10c2bc99-3d00-4f2e-ba17-8142386f7d6f	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-824095ab	macos	dv_kLghcEf136lL	38091436ec6c5a522d7593885453b642d19962a51efa508ef64c70b5e71fcefa	2026-12-04T10:12:33.634Z	2026-12-04T10:12:40.278Z	8	agent-sim/0.2.0-dev
f4d27829-0832-4b8f-ba98-6a84326a869f	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9-3	linux	dv_C6PoBsglO9Yc	f209e5154ab1bb020e09189bc0916651b8e770ed47b0046000bce5c8b070eb53	2026-12-04T10:14:07.655Z	2026-12-04T10:14:08.277Z	84	agent-sim/0.2.0-dev
33e5eb82-b20e-4cb3-8096-b0862f9bf5fd	2e259994-aff4-4c6b-a360-3a577e02abb9	pc-a5a8bad1	windows	dv_LMY4GwlIYMzC	4bec1ef4557025470cc7d56f71ea57e66aeb555587d250d7d827fc97206d3f24	2026-12-04T10:13:36.325Z	2026-12-04T10:13:38.444Z	23	agent-sim/0.2.0-dev
bf0943c4-29f9-41fa-b7d6-29d659ebf82a	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-primary-b86caacd	macos	dv_NpYPQ1b37zUe	f72f56ddd7a6cf478708650ebdfd96a69b2e862fce3b62a7e9c474225d5de067	2026-12-04T10:12:44.224Z	2026-12-04T10:13:05.742Z	11	agent-sim/0.2.0-dev
ab522993-bc11-41d1-a974-a17080c09cc9	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9-0	linux	dv_5xGoYY4zf95L	b5f4f4673dae9d25296fe1085f3bfc211121871759fc7fd960d0e9b1b40cbbab	2026-12-04T10:14:07.664Z	2026-12-04T10:14:08.292Z	82	agent-sim/0.2.0-dev
d3d215ee-789b-4775-9e2a-74b14dc1d8fd	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-second-b86caacd	macos	dv_5BIDXcCAPC8n	e26b33ca61ad7e93d724f8dc68e179ea528368f1618eedb3a49f107ab792f11e	2026-12-04T10:12:51.011Z	2026-12-04T10:13:05.868Z	13	agent-sim/0.2.0-dev
c9200983-fb5b-4be0-91d6-79bdbfddb6f7	2e259994-aff4-4c6b-a360-3a577e02abb9	laptop-215085f	linux	dv_eBP1ADT6CHvG	0464dbb394d22da6c5a4d52b1cf351a42048afaf902317b2ff8ffb749f6af197	2026-12-04T10:13:49.135Z	2026-12-04T10:13:50.610Z	35	agent-sim/0.2.0-dev
c1cea21a-3368-44ed-82eb-a7b730d77026	2e259994-aff4-4c6b-a360-3a577e02abb9	big-f44d954	linux	dv_AQ9FIjRomZvL	d480580a87835b0ef9317dd031bc5161bf00ead33ebe181c46340f9a35ba9298	2026-12-04T10:14:17.081Z	2026-12-04T10:14:17.232Z	96	agent-sim/0.2.0-dev
7c1a5b47-1a42-4520-84a6-6d46cbca1ec1	2e259994-aff4-4c6b-a360-3a577e02abb9	laptop-b97226d9	linux	dv_Lo2AA6QwFBFh	9e708a3b89730442e9289b581484d8033fb555eed819c14d46fe05fd2c9e8351	2026-12-04T10:13:40.130Z	2026-12-04T10:13:41.882Z	26	agent-sim/0.2.0-dev
eef99078-788f-4638-9091-79de6653e62a	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9-2	linux	dv_EFDM1BsKZj5t	421ce8c0bd0948154394dcb6ee69b2ef1dae3c4cc40d43158a2041da38ee2589	2026-12-04T10:14:07.659Z	2026-12-04T10:14:08.281Z	83	agent-sim/0.2.0-dev
8f2b61db-f3be-4be0-873a-f99a358620bb	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9-1	linux	dv_RSMZnfC0ulBM	135be72bf3eda5b8ccc8022dcf4597608a0921eccd03269036b3a0d1899cb5d1	2026-12-04T10:14:07.647Z	2026-12-04T10:14:08.298Z	81	agent-sim/0.2.0-dev
71e997f9-fc97-43a2-bc33-0e5c092b6560	2e259994-aff4-4c6b-a360-3a577e02abb9	fleet-ff4abbc9-4	linux	dv_qAt4innZRiuv	02ca1aea2828205a57d36caf8324d741d9514b5b41bef6a62b2860243b82b4bf	2026-12-04T10:14:07.664Z	2026-12-04T10:14:08.301Z	80	agent-sim/0.2.0-dev
2ad9ef33-f575-4649-848b-a79f1cbdb3ed	2e259994-aff4-4c6b-a360-3a577e02abb9	mac-f7269fa5	macos	dv_rAHUW0ygFCHu	22b64645fc31f0403df493c894027b993f3287922e2cbecfc6cfa8ba8a9da66f	2026-12-04T10:13:52.062Z	2026-12-04T10:13:59.695Z	39	agent-sim/0.2.0-dev
\.


--
-- Data for Name: enrolment_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.enrolment_tokens (prefix, hash, org_id, created_by, created_at, expires_at, used_at, device_id) FROM stdin;
et_lAvtvSnoTGJV	e6a80c1da0e433465eabddb7895c94e4218f5a553bc77fd7901149209667f44f	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:12:07.362Z	2026-12-04T11:12:07.362Z	2026-12-04T10:12:07.375Z	8edb752b-113b-41fa-8665-8da76da66371
et_yrWJcnkmZFmO	9f385533b26138f6323f01a3b8686ab7c59e2c541af447cd415c53907323d00d	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:12:21.365Z	2026-12-04T11:12:21.361Z	2026-12-04T10:12:21.369Z	269ac7cb-163b-4003-aff8-5ea3b9a109cb
et_zrmnSfwyb8F6	69827e68c14daf55637a77a24dfed58864809c8c2782e9c32e809799438a423e	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:12:33.625Z	2026-12-04T11:12:33.624Z	2026-12-04T10:12:33.634Z	10c2bc99-3d00-4f2e-ba17-8142386f7d6f
et_e6RbwHH8G9Y7	9947185000f648bc26f98ba2e003f964f5a639a693f47fa71046bdb3302de470	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:12:44.221Z	2026-12-04T11:12:44.221Z	2026-12-04T10:12:44.224Z	bf0943c4-29f9-41fa-b7d6-29d659ebf82a
et_slLb6wO2YJRh	80bdd55eb0ccba743c7cd3a2b37a3bdb998c513ba7c906512934f228934b5d59	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:12:50.974Z	2026-12-04T11:12:50.974Z	2026-12-04T10:12:51.001Z	d3d215ee-789b-4775-9e2a-74b14dc1d8fd
et_JzpmseBto9fa	8ddfc4bb755ef2dcd6a1678c8d11f4e74f25d2f9d1e7bb6642c4ef76df297f6f	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:21.673Z	2026-12-04T11:13:21.673Z	2026-12-04T10:13:21.683Z	4e5c371c-706f-4ec5-a95b-e2b43864ff4c
et_ylhBferbBLmU	8748de90f3ae528bf19c07cff80bdd74017faa73f5d8bc3d0df82bf604bf1ff0	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:25.731Z	2026-12-04T11:13:25.731Z	2026-12-04T10:13:25.736Z	0ada5a76-c937-4273-9e82-9a0e6774dd9d
et_P4LIPeyYfiNf	eb599afb62fc4077ab63636cdc343cd0ff5477168b04ed88ecdf1cb4831bb9f9	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:36.315Z	2026-12-04T11:13:36.315Z	2026-12-04T10:13:36.324Z	33e5eb82-b20e-4cb3-8096-b0862f9bf5fd
et_SdjTsr4IDwW8	019bd09f0bbb5c4d7ce915f000bbbde04af001ef23c18155857847839bcc0c89	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:40.126Z	2026-12-04T11:13:40.125Z	2026-12-04T10:13:40.130Z	7c1a5b47-1a42-4520-84a6-6d46cbca1ec1
et_eeA9JpGuztZ4	aeba8142c391506500ffc9e2000f81ab031e2fd50f1278b191b12760355b4fe5	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:43.514Z	2026-12-04T11:13:43.514Z	2026-12-04T10:13:43.518Z	837526df-dd2d-4eac-b9bb-2ee0fbd088da
et_Uy0Owjku46SJ	1c61864ac80986164be059ea8d78e59df025f3f7edd12d22584325879808ad11	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:49.131Z	2026-12-04T11:13:49.130Z	2026-12-04T10:13:49.134Z	c9200983-fb5b-4be0-91d6-79bdbfddb6f7
et_BjEQJbsah5iP	efaa1064ccc8a88268dfe3897f52a25be601bb9ce821a1cd2b162978dd5c051a	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:13:52.059Z	2026-12-04T11:13:52.059Z	2026-12-04T10:13:52.062Z	2ad9ef33-f575-4649-848b-a79f1cbdb3ed
et_8K2V4FADcOsa	5e5d36674ca81421f09eb2d6488b99e7fc4867426a7e9824ed73db4cf833e113	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:07.642Z	2026-12-04T11:14:07.641Z	2026-12-04T10:14:07.644Z	8f2b61db-f3be-4be0-873a-f99a358620bb
et_8R1l28LfkL4B	2e46fb19ee9486c14312738761f682ea76006ec69edaa930b785bf5072d932cc	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:07.645Z	2026-12-04T11:14:07.642Z	2026-12-04T10:14:07.655Z	f4d27829-0832-4b8f-ba98-6a84326a869f
et_oBOtYpMyGEDY	b21716f2db79610c10f9312a5f4f931516cf3d3764598000910a6dc2c46ecd55	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:07.653Z	2026-12-04T11:14:07.653Z	2026-12-04T10:14:07.659Z	eef99078-788f-4638-9091-79de6653e62a
et_h1BjAeqCHb56	036472f69b43773879f7a5f92520a5320ee6c834b7c0db863b099557cead4c40	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:07.654Z	2026-12-04T11:14:07.652Z	2026-12-04T10:14:07.663Z	71e997f9-fc97-43a2-bc33-0e5c092b6560
et_z60h1TWOjfHL	202a579e46d5dc11fb1a52df505e4723906d93e6dea6b81109a4ee18faa45753	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:07.653Z	2026-12-04T11:14:07.652Z	2026-12-04T10:14:07.664Z	ab522993-bc11-41d1-a974-a17080c09cc9
et_PVrmfDjAKAnc	78e9eb5f9d4866e8430ee7021ccebdfde63a6b386f2317b498ebc3bd4acc0294	2e259994-aff4-4c6b-a360-3a577e02abb9	admin:admin@localhost	2026-12-04T10:14:17.077Z	2026-12-04T11:14:17.077Z	2026-12-04T10:14:17.081Z	c1cea21a-3368-44ed-82eb-a7b730d77026
\.


--
-- Data for Name: group_bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_bindings (id, org_id, group_id, device_group_id, device_id, admin, admin_until, created_at) FROM stdin;
0479889f-2893-4d07-9a19-c0e475b9979f	2e259994-aff4-4c6b-a360-3a577e02abb9	e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	b37f022c-81c8-41be-a99b-75b927465043	\N	0	\N	2026-12-04T10:14:07.713Z
891517fa-5a81-44ea-8feb-1c6f37807967	2e259994-aff4-4c6b-a360-3a577e02abb9	b6006d6b-736b-47dd-b6a4-8341797c1709	\N	c1cea21a-3368-44ed-82eb-a7b730d77026	0	\N	2026-12-04T10:14:17.148Z
\.


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_members (group_id, member_id) FROM stdin;
e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	35839e78-0c25-4ee8-9265-cdb794454ec8
e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	3b1f2af3-fecb-4258-b1ba-e2a47815ba7c
e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	be48c8e6-8bf8-42fe-9711-3172fbff805c
e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	cc766dcc-189c-4568-8a9a-d5611156e990
e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	f388de2a-1015-4154-9fc4-b05a6e6aad59
b6006d6b-736b-47dd-b6a4-8341797c1709	19d0b8b6-843f-4a23-9c15-7129c43ea89c
b6006d6b-736b-47dd-b6a4-8341797c1709	1a600ec3-3750-401b-b176-164ea9d1bf42
b6006d6b-736b-47dd-b6a4-8341797c1709	8629ba34-6c2c-4b7e-9d93-b2fb4856eddb
b6006d6b-736b-47dd-b6a4-8341797c1709	ada3f43a-b4b8-4ba7-94ce-ae9426c37e94
b6006d6b-736b-47dd-b6a4-8341797c1709	b0d11fbd-6714-4c34-af9c-55c23f55ad86
b6006d6b-736b-47dd-b6a4-8341797c1709	b2a21e49-2e53-481f-ba4d-00ff1afad892
b6006d6b-736b-47dd-b6a4-8341797c1709	d0387aa6-b8bb-4c75-910a-07daede82b50
b6006d6b-736b-47dd-b6a4-8341797c1709	e95b115c-dd05-4ef9-b547-d60238b3ffbd
b6006d6b-736b-47dd-b6a4-8341797c1709	ec3a5064-b208-4f06-a623-f27b6f53c677
b6006d6b-736b-47dd-b6a4-8341797c1709	f23ae990-f12a-4730-822c-7928b3d60e98
\.


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.groups (seq, id, org_id, display_name, external_id, resource, version, created_at, modified_at, gid, unix_name, unix_name_lower, membership_seq) FROM stdin;
1	e8f835ca-19f3-4f6e-80e1-5fbba5c86ca4	2e259994-aff4-4c6b-a360-3a577e02abb9	Fleet ff4abbc9	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"members":[{"value":"f388de2a-1015-4154-9fc4-b05a6e6aad59"},{"value":"3b1f2af3-fecb-4258-b1ba-e2a47815ba7c"},{"value":"be48c8e6-8bf8-42fe-9711-3172fbff805c"},{"value":"cc766dcc-189c-4568-8a9a-d5611156e990"},{"value":"35839e78-0c25-4ee8-9265-cdb794454ec8"}],"displayName":"Fleet ff4abbc9"}	2	2026-12-04T10:14:07.705Z	2026-12-04T10:14:08.230Z	300000	fleet-ff4abbc9	fleet-ff4abbc9	79
2	b6006d6b-736b-47dd-b6a4-8341797c1709	2e259994-aff4-4c6b-a360-3a577e02abb9	Everyone f44d954	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Everyone f44d954","members":[{"value":"f23ae990-f12a-4730-822c-7928b3d60e98"},{"value":"b0d11fbd-6714-4c34-af9c-55c23f55ad86"},{"value":"b2a21e49-2e53-481f-ba4d-00ff1afad892"},{"value":"ec3a5064-b208-4f06-a623-f27b6f53c677"},{"value":"8629ba34-6c2c-4b7e-9d93-b2fb4856eddb"},{"value":"e95b115c-dd05-4ef9-b547-d60238b3ffbd"},{"value":"19d0b8b6-843f-4a23-9c15-7129c43ea89c"},{"value":"d0387aa6-b8bb-4c75-910a-07daede82b50"},{"value":"ada3f43a-b4b8-4ba7-94ce-ae9426c37e94"},{"value":"1a600ec3-3750-401b-b176-164ea9d1bf42"}]}	1	2026-12-04T10:14:17.068Z	2026-12-04T10:14:17.068Z	300001	everyone-f44d954	everyone-f44d954	95
\.


--
-- Data for Name: materials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.materials (user_id, version, platform, nonce, ciphertext) FROM stdin;
f5557e57-6c08-4531-b591-8bb3db11d466	1	linux	mTpytIA+CzS6MOuCaPBkk7PfD19kwv75	Tc0AIFKlM7SPiFd7Y2i6HtlnqpmOGn2X4tv9ScoBfSO/HIvVMk5oX36VeBASS6CFHwrs7DSsw23djv9XQEWmf6LrcnNA4Il6dK7C4/aUQ8Kedh6vWe24K+KWkpnoCjP9GndOUGi8nHrf97u9s1Uh8eUgw7/E4mhJO5uIY7zW7F1qLfUDqNFYDgIJ53DW0o4x3nRyaRemkB+04TS8ULyzoxUUh4UuERGnZEao
f5557e57-6c08-4531-b591-8bb3db11d466	1	macos	uPumStN/hkOWqCGlnhtBNeB5/stVfEdG	ZKtFf9Vpgu19Tww1dy0Mhs9m091oKD58twT3G5XwLnqUufxBKBtD4F1PBPtvw+Hi3YP5w8DJkJYCSxnsP+tLQLZBlo9VFR2jYsHjIm/P1Wj+HrEF/gArGNHLddpM+/2QdobS1eZVVATGUalJzXPaI/ZGX1XJn0OCpwo6wCXIh5loFwAZrCZJrgP8Dtz5+YGz0e+RFIzWi7GnoZ3lWVZZ912NV1Fb2JzBtBA+/pMYN1UZl7kxQ7/ynlq1reWd3ao1Whqmxf5NKJPoExLU0YcaKdBzvSw9MU/feVzicbYRO6M2B5FZqiQWP8bnU8yAfj7uVVXRgW3rMbd10vpUSzBBm9udM305KEEXkjm9dGs17jZ9rCDFgqT4v7RnvgNhNV17Kt3phX2r0HNph2RhRDR5gWEi/H8dpv6a5BQYdQ==
f5557e57-6c08-4531-b591-8bb3db11d466	1	windows	iSLbc+kAkjiemEqEAP62XEXysjPxPWwY	3YTBtOMaIWHVHfb+6e3W56QugAEQUzZSUDJG0S7DSXBvZDh81JKk2a3XDRmHjnZM5u77fotB9jlQDXd+7BBkbTjBDHIXmOO3HUGcjbnl
f5557e57-6c08-4531-b591-8bb3db11d466	2	linux	mwXsio6wC1SBQ+s9c7Gxjv1UjcHTLEWl	KyB84jpzU5HN+Xqh3eiWuVhViCtw+jKJ0MXTI57q+MfiMMVWqAGIqB4pUOwFhU8aEK10FiajlQiTLzrbztJvM/W0LbnoaiLQF6/8BjObG0m1Maf72H5q+gn1IgMukt+qlE0ZbTQ8BzNtrewzZihrcacBIF/kwt8mzcHFtW1yLEk2DO9DQm9wpvkXR0gVNMsq9kX58D0oX7vS+nq4cRJS+VlYV5xO4ar/ll7D
f5557e57-6c08-4531-b591-8bb3db11d466	2	macos	fQ02voXn/oUkN0Pgb+p8Lhx2fU4sElVu	Fy96uGSNuAKHF8nYBXhEX4MmA40Cl57dN6UXfjffjF9rzrapAjWbcx61e3E2vbMupAH5Q6T/OHLjWafNG/vDbFhXB66nhpR/xPqNQxr3z/I97Hx0CWGKIDtDudch/DhBbrlh8IZuiOjmxDsnW7N6J/xlA+6RgDwglQawbF3PZpN9SVK1ZqRYtFQQGAoFcBKR05vWzKVg093soZrE2CnPctN90E4ZXP7Tabaa54qAvdAkzix8LJTDAuIJSJhip0a9jsE6SSUWJuBWwhsSf0LUXDEtOq50Lk0gbd9QFtJ35S3ZLVUZcFFtAut0jqtOgMbyhlBK6XFm8VRCM+sDgzipFBTBnmDYYmdbw2tJSr8Bp6tuE9n9ABxy4CZHx71hBi6C7Dtq7c3sA6RP+KQ6qh1mor5ZEXDh2qnEwZsyxw==
f5557e57-6c08-4531-b591-8bb3db11d466	2	windows	Wos1wUSV6jLahZTa2TmG49ct17oadpTI	rbs6XbxR3uM63ANtnYC4ceOp+8WsGXZu5MJtir7vr5yJqjw5F8DjuK737OrZ1NXN/StW2C9usef/hb2Y2sl0ftCSNuPfllA1W6fXNA8Q
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	1	linux	Dl2g5zNc0SwEgu4D33NZ9qOWfwGayrnD	JXmg1yX6kgmDYNzkVe6Rv3iKo4c20DBZL76fasUichLoH2GNDjEGCcyETc/YAUDReqIHgtDw/Kj+7noxGZ5UB89DXXdqAFiO+aNlATKEF4VsbT6a3aWjrAPmqZ1Qize0ZdTshC3yYojDo2Fn1vxXZy8lEkQ+LLXhL9r8ynCAFnOr2jfTwvY9nD0y4SOuUxMRQrJ83xc5y7NUNwqRbHqFMdExTmwqd5hAM48h
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	1	macos	wQa+3WEDRv+1aadfNXhYokxYCMGziDHC	Ap9tW4jsD3sXBkxttW+JGlWW7SAi9oo8+9g3VUCUdik2eMEtgzbFIu5l5l0xSPMHuIWiZ68lvd6cp02fBZLswR0YqfHfn16gbmcwGlbkvxko+CbRuH2/FuMWAu7iudm8xIZOr249rVeY3hcxN3hQlYgVwsx/npeeRLtlg84i7J/fek/zoiM10OHAi4GFSJipdJCQutRf1C8QuCkLLeH+jl9+8KCqUHEn8Koz/5u7aDS2xGGrgZoJqmEfO50oBkBIniTxJ5jEqvTi5h3mUbX21Urxd20mI6ShAnpMqWElPIEsb77YDaG6MWeEiI8RN/1FXoTR6F92MIPgkJ7tt0aO+5n6AM8epbBKy7omKrxc4Nd9KgX8CMXwKmkZqMkLOrwmmN4wRVYSkmOas8OzvXsfd+3EQjmM0/AAQFgccQ==
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	1	windows	1JppQKwaZvcAcnUYhHXTCoUCmLGWXUQA	ThpzV0a0JT/QyTpEqI+GhbUx/IP5om+54yRphsMHTPdgW8RW6HZ+DxSZiibWUO0eTWCYLqzChqPoX9Kc/NzoG7NH6A74qYSR/AwYZDmX
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	2	linux	NWmKihW13x8U6JrRurGgXFRQYf4CZlWt	L7pBcE5KMxsFXVr7nLLshmn6JeoI21yP2gAyI9L17CSyvw4RL4yHcEEg2FXbfH1PpRnaPtBwlNAEjIXUMioGQS6VPw0KpF5j0oNXzrH437Tuti2jBNkV530gJFlZagIkndhwCYyoiGuqvk0oxmpC594qd2KWNfbqnV517nTKZWCYDfiqp2CvvKN+gRD/CzrFveqvMkeldS8YNByqWrxoHlJlkDoAUcgLaM+O
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	2	macos	ORzLiNJnhxtnAw48gmACoUpsFsKIFhx6	Pqtdu84erTNLXP/qPrvbMEsHB3wUE410e1Qxd+Q7LGZIkXDVwBqQXDEMaflH9WSahhCtPmjT5zQqz8waBe0W0oGEADEAEBfW+r+OutIilXoh0axhmRkXcgDtqtjxvmvgrK7iLx2VwTDL+jYOZvqPf+arI83lpcsBiZRCWHgNDh0/59DXMhDIPGOFdW2kcVrMfeV3yFz6hVoqaxaYJcB39jLgS72UorBHsolFXooImWXRp5ALwrif5IrqiKWg8p5IlgAb+E7Y92f3yqHsIjjG7g59cBeWo9PCnOg9GWZxeMYb7/z8Ec31IfOJTDkBkgWVYIPA5a5MZw4o4wyu1lw+nu5P83rwKFY0puUPWiaQhw2vVpruiALxkkYrtwFLP/wisx6rSCMfxwx+NS/xhyUpJuUJX/n4YjvJz1y9YA==
9b0887a6-7b0e-46b8-90f6-6f023c148ae9	2	windows	Yu4+gFneqMRBRIo3QdX4FNYJQc9NNNzS	WUVynFqEKYKbzhPCZfPI0aMxsImCVUl+2Lw/RPKKPOjTFpc/HIO1d+D6am3NeHwumyU9b+Q7VX5e/Af8/VL+GZFLwJxNSw1bU0fuWVXu
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	1	linux	/WHGLOSpwqemzXyenOWzBny+x7slBe4Z	pkQe+Kxhee8j572XDeArNhz7oC4C9YrRI1CQCG0ZNxGmYkdVmm6cLyTtMaWFbh4t+7jKpshO+LaeNBGcoHlu1JpU66D6jrgO5KFAb2WwR3emn6MhM4W7eJfWzDTswI97b2WojI2V+xZ8962/jn0muEPbuV6QUsglVvYHEudy8LTFTpiMmOrncFMtkQOuZSfrLqSZ7rhnBFBv9QEkwEdtjqxzNIb9rFUHoFzW
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	1	macos	CKQu8HRROcrkbfltjsheLtYNqPSlAx04	QFCTrbT3IRo1uEQJqWgDn3B8hF37VO4kuwU5MuSwyLnWa34YZb74hzsxD2wcCZ2OkU4WYWLv/y+25ijvTCZC/Bw0n/Rnr7x8EKr9mTTx+1eyJXkcWmqMxwgDOmCfmoWlB7bW82saf7XtPJIfVqnQcS7PwtXuBVNwDCFPQWMmAoxYUcYoOjNvE04/Y2L5J0aWTv0b9DsWROBdYgmQ0cnTX2Xz37TbOHOsrRT9Ecjt+FXM4S+/FnyvyL1s3Tg8zpXmqhWHQ//WPRQ69Ht0wwzHD4XZdoCHDUdIahl8iWaoCvpz6Cyz/4l61D92acYcF6HwmnZNNaXfzrmOJ21e5Eo6E/lJAoemS24TWUoARoyC5oj2Tz7vG82ZjwHKKx0D5vJRTy/30Gy2F7LKy1Ik0grBx6Gz+Oaw0n+Hz7G8DA==
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	1	windows	N/1h21YX8sPZYhJBYjLzK8KjB+Coay7Z	CheaJVhcjYpAux2N3N6JJzXfEg20KNpleluPvdltp0q5/1fauDFXL9hLcs1LlS+0Lk6IDld4BE2yO/wNiepTlFbcux5B1mowV12qhgNm
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	2	linux	7Qnuufv1qoC9zUk/pGJqx30DNgW2d5Hc	XoOdwu3p5X2DmZaTh/NA0iUNHO9yn4x79ogmkR70Mp72eLqgamvQSOcNIx6A6CFkPmLnMZVClpL+32W0dBy94lvhOwIlHNyDrL0977uEgtfRBAHsRk2DXe05R6sT8pBHjuj5cfoVGxFvx/dQhGsJSbeEGK3tQS6lRQWjHf4vMDiLjP/IVN84TzBTKd0KbJiYYjTD2Kg9mCYtFrnHVa0isanb5YenozDch1me
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	2	macos	eZ5qQ/HeK8XqC/bTb4E3c+Q8/rdu3Bp6	X9ABE0TqdJ1Mm9lMOSqEEetkP516hxWNtRad6Heyikm9ji8Fij0X5Lx/yI8JX+pEyw7yNVHtTZ8dPpL/XaFXhlNqS0x1rlRtHpKX2QY0mq+H7XmdriIl1SJ7TT1w7AfEHJXcSUfn08/B0csupTKVQKEnL637cmKH+HVFDm0RjEvXMy5PxF+Aw0c85j2f7ccG07co1y4KnIjSHacSXSPihBM7gjFjMcQvDIFLZGMWYN4XEUxWbjU56ProUYHoq9SRHJPu/VlvP/uJjgIe356onktlHjaonYhZQulbhM6PA+zBj2L6S7guqgq+BR6DI6Vc4W4sbrKLCPiZrJpavzBPRQwuWdE8GWArs3SWit6OkKSJa73zsdJFq7W++8PC7FsyXFocvev01Re52kwI5LI9HRCUWW5Sp9doFFftGg==
7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	2	windows	4hr8jPsocw5XdtXYSpP8havWvOyh3Jzi	Qvgqh1oYP2lFBmxNroAJW5u5mahsnIUzB7IwfRtvaOTTDYYNvRnBFGvV7FQlMAEGSmNo6UQsDQ4vTfTFHUbX8GEm99GdDi7lGs3ikoNJ
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	1	linux	IKotLWwCHuZI4VlBFnX0BghEEr2La5Zp	TBKv8SKWLbbImlJzCBjxmC7mdpr5VMukOQjocY5JYTsRxV8G4unqCs69fgNsgFRlPXicP+VlXrGS8XnPvrS0WW8A60giSFXdFYm1jVUNdKGSETX5u8KNKQYYXz0xqQ2wMqnPl3Dh59J94SSRisHlJ38NlJS2ygWUJwE0RxDoW5X7zbkbokFT+3fp6M9ENwdSpmvagHGaGh37teZff/dLD0DnXofS04SlWJxr
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	1	macos	UfkGXLKX2zc7jUJd3jc00C5iB1sV5cGW	y2sXgp+duIdReoreTiOlAyVTvEt7tFgUOdAb7qEayQWhI8VxHVEwn7utt25EAA8qzH85UGpUhN+3dAE8m72EapS4r4buZ+/5SDt9kHwZNhlQJ0p21jTpNOASPYKL/0BzdRSZMFRcI91yJrKJwlpbbNqgVgM4LrJbO4axR+B3QjeVeqnijd9piSD8Mq4RWXDqVioSftJq5FKtaCKClbtJn9KyOAp+bBODBENYMuYfSToScyC4HEDnOeFhO9F7MeUFQxgbhwMNlvptMpCv1UgS3SOgU1MM69CLmMgLCo2aQBCV+H7RPShUrORUbll/F0axf99kYKDfVbuhF5o/4P/TMIDXgjrcPLDFb1KZsjZsKaeiTyH3szO5qAaZnA91Ru64IrBC37PnbYQJwxF8Ar1boONQmMqWkJZaxsGuFg==
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	1	windows	1ftkuM0RZFlqDC6V5TTgTCxT7Nf/BQYT	a1ppRRwyMvCLZL35DxeckceZr7JLtlbMMDYIadUHuP4O8tML20pZ0cZ6e766j0jTee+Wu3hok9S6xFyBqvBdwhKa4NzuGGINnCXcKhDY
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	2	linux	4XBiw31w05m5HBe1SLb/fBT61cgoSk0d	Y1Mc7qZyTmhQMtCR367s3xgYaH/N6s4Dvz0jfwSInlsFG0GUzt0dt9vAP/qqLR+uFK3gv1ZARkhwK1XgziRtnEitlrOCFvOzqmHY6j5zGQT9eWhUD4zyaySJOJWOKDdDRtp14C+SIXQtf8uRAZ13TGz6JOYqt65eaWOv91aWO8LjhgEp7AlQr0YgEfT6gMbadBGD00nGu1yujwBOCLm7piK9HMIwktncDuSm
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	2	macos	UBqAax+w90nR9Jcd3JnaI2Gc8kSlnKXh	Pwtb/VpVJRFiov3OB+YEdUj58qI3L9dkUih38uAJMajfKkFE7gCH2pCjzRJE8DQuSaNquvjgehlqkIbrlrh/Q/qPvmE5ou37N5W3e2qJuO3jf5EF9JLjC0zoFNj4lm/FvGHWdxJNGAwlxyaUcZvRjelszqR1wIfpKHk4YGPlEBcksCPLJz4z3LvomnkRUX92JXO2IlSWaw5GT72qBXCWDXikO9J4BGPxjnr/Y1uId43dBGOqXcHljp/pxzHax9HTCBnw5inUJbq/VOv0ibcRLS4EVqXaYN9RVpA3Lxr79ctoV8jsjzqm7bxWPpStXMsXOwuyejaEoGMZ1Rz+BmPUA0tpxlzRWprFuFFl3fijvghEsfnzTQzak0I9v/ioDf5SYs0qnv0EimGnD00vflIyZizoTPjatirZ84UwRA==
78805f9c-0fe7-4b64-b52b-3e50fc2a4397	2	windows	+WMh4LLLlccVfhaiciEOXPZXMTsJadY5	t+XJGKn4gLZVSFB719Mte23fG9hehBzBj0cHrtwfVVLSOHC+9C5UFT+BwOhYefbBtkaU0P5bD0ghYwudBuWbOVZJro02HARNqecIs+bp
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	1	linux	cSyOKltNBgAkptbXDcpUXkLsWjm+4UVD	te+ztWStc+20bEN3kYNZs25Fn00ZgaOdhYoE2VXrbiwHVfHct8vP9VQkPPqH2o4IyZ6StsuXNwwYE41Mw9zIaIGCG/lCMxCxPrOOmPaPkX3drrXCv57a/Z/ExUEPzKaGgr35kU2IDFq3kB//cilsuCX3RQCWnMMuCsh3xR1gW1Zxfjb4eWFanilhtUT5m9W/U6xhxwGR0LsW7ogEnH8/GnKCDMRzx9SRG8CF
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	1	macos	UHPvfhEEv14t2qE+8K+gt/TyXo4SA3y+	JTcw/NOldP3Pq4oZpl3P/EzmTUKkReHy/cRlQOmANCpV+KVd68qukJwv6qKAPsL3RHgclIKudqwHNMlrwZVtNM0cNRz0vZUmvc164mGvUmYDft7nWJYoxafp5IVmjyY4GT8pj6MvtRgIahjntdldSPR8q9XIQeNzqeyYPtNF4RB0vKedyI5hbyCMWtMumI4n2lmNkgfWMoRi7C+GaylOvPMEAOlTYK4efm4HkOhF4u/IrJX9yCNrbcS9Rgpw5mlJbzNaEHTvGArOATmve1+4nGRB+pZEtT1VkHsHjcbbXCGfsLAPiSr/3465IL26g3GDe/zaMNYz6LGHzX3GeHsMqgGorkzJ0xH/0W/WzCOCx/72CBDcFA5831Yv6tyhkBtpk8Cu0sYb8ZQVqDkiWHBKAmU/NLdGM0jhM0mUHA==
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	1	windows	l3tT85QER8Slhs2i+KYqHHBYaHo93IVi	+c1bG9Tr3BCOK4qyMdSrZzpKQApBGzfeWGZCoWdPmWcUNXTxuQMqwjEEWMnSi1Npie7yVFi1OoBGx7e+e358owxvlvRSDFYLJHVjy+un
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	2	linux	GvCzABtXg7SllA2a+2sDN4UzEvzXTkAW	ZR3+buwGA0F3Ub1nGh/C0cHP6z/Lwj1obfIL1TZizHbjGPFnaL1SSOo5t6jybopgStObutUMJFfw07/s4u3+n9Tu7n17QjtBSaRMxYuPDAVhcbmGZIoIzimYPX9HOcRV9eswNUz1dhR4+rp9DZm+XL/eoZpPysTNPnX/Dx4LE0dVscunyqjZ32+0g3ZIw6xJ3EmKUaMz+5YQQVgAi9CqotJib6M3Cao3Ecjh
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	2	macos	KOyMXTVpGA2qf7e9RqBb91IUaV5NnjFA	YKbMt32Vyr3y/4PHvJwDbCo3qZszNjM8XkrB5C8ArJvCy4RTVJWwyx10pLSOo8GD41Gcz0ylhScjYbbqRKhrFJ1eU7eDbWOjIM7sZrnMgdSqOi9mO4qKEnnsnS5gXktWp8CjyDNV3iUIvxVNE+pyl9jUd9aWWW3wj0inr7wojeSmQNhVdAgLhGxcJ9lm4RAdjPH3XnoqIPFJrbaIVyS53OvleKq9fizJ3NVsrvxAeQR3W7KG7nv7pMYH5wi8jP55lDmtIKnmzLlpXF2ec6mj38oSc3obeZuhknrJqF3oATBoUYmVx6TPUdmgR+sCNfzLHKR6YLi1O+03f+GXOzEA8mSgzx8sZsGziG4SiXNPgMm/KKSUdei5caOe5pXI1kB/bBO0Niu6X7z+BEwQHiCUIIVZNNwCB1bjD+IkCQ==
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	2	windows	iu+lhR7gihdTi7N1xg+I1xfMc5YiliYr	MLuHxQAVDrQWihAOtRSE+PmXYBj+3dzxLJSBmoHKZ4SOZlwpXUqg60OsPexeebgCOGrS1paheZ2/WgMFKkm1mBI8vyNYueCwkG4SdpL4
9086a15b-46ad-4de8-b2db-d8df1564c980	1	linux	LjEFZ5rwbdn3HY6eyAKLQiDIJGcGSoLa	+9AOzKpoh3ENDkUQcLdp6kiq0RtjdH5bIVNZeYnYvKgm5CzFNA23C1oRzU8Q+LInh02xhaJ38MmA2z10eTDu6XqpU9VtiZGk+YqLtKHe9vvVHVPREoWO+SShayvLMG4c4zGHP+9RPPbElEhhF48VTNwUmtRLyK6/fYwz4wJLNnggvWn8JwvcwXqkbrCOXCtQp7unO8UTFg1KXj3voZJJknEsL/5bjTT5k40J
9086a15b-46ad-4de8-b2db-d8df1564c980	1	macos	F5nr3IUCoZxh7sBDn1PVgPkJ6m3or0hQ	2aRwJtUZ9YH7X5NcH+Z/Z65bzyzmRckqlpHr7vnigXWlVWtX9u+uvCQwBQyWwMXjNdV11YciOTAUx7eDFUt7vdJWLZWxwI1XnALQtk5wfiIhpGznPnRtWwWy1SIGy7jc8WxmcKQB9qtG+fdjmOedm61eu7iTmuq69Vj5UxaHvBvHcIWShKrLjyQzl6KH4bwe8Oa2wnPabOQ2sTwt2mm1XnNQCRCH/VYjZPFNF/ursi3HJf7uHoprLalm5g/KrJ9fpgA8XeTAeHjKkoSUGJgTlXEhoveEPosJUDFbQ0yZYa4r8IEVxGndHKBKYbZIJOQI6LROvOSVd4TDU+LcJesHpgvBbfdvIzC7LQSq+2/BYnvPuIxY01J0i1zN/INRQ3pR/YlFUP/dl2ba57zWvKyJPJT9StaaI7oA4RS22Q==
9086a15b-46ad-4de8-b2db-d8df1564c980	1	windows	pIc/x52UWeY3kUcDD9xmjlsT2n0+0tZa	eW1Zwu1Tlbafik0V1WzfqGLp7ywSQVfgdO+3VAteztXW+XpB2ymdjUsvYOaFDTBcRmpXGAHmjN3S8UUW47dsmad5ve6Fq26mfoFd17/O
9086a15b-46ad-4de8-b2db-d8df1564c980	3	linux	9kBwjZxbVrskmQZN1YQB+T8Z+YDiX7Jj	0xsE4+ubQtxsTeMqNifkYBwwKTkOZUCx13ZnQpFLxhxF2g9BV3DzKHnRCgBiDGQ2GvLtflzCeNALsObmpr2bR8k2IuXPizlGkHMAC/PS0D4VB8K8D1pAFYTr2ftO5zOr9iPBOBYBfGfWyxr2o47Haj4ap4NJNYPoGsa5WRoMIKUbRDEgOMePeNIYSvrF99KIeNN1IgcosbZIfzBi3tO9ePjxRBHPGMsSaQdF
9086a15b-46ad-4de8-b2db-d8df1564c980	3	macos	W0NrY0EHnKiLNhB4+hFi9/2sQczEDAKI	sOpEhc4ph549kDGufqEK6isZ4TB0l2hhL5k/968AuJ7sFSH+jzwBFS3FlMedk4zgucWdwqEyARZnpniIUusY8szsH96mwjuwaBVvBOlBqr+6Hys5xHThCeRCK+uZGCKoiZ2mvWCczU96w4yJ3hfjoe/BLPCT4KrWIQaqiEcXS/YNTd4nHvB6+7x3Sn7cGeL3mc7qJSGJYEBskU+CiECBy78RpkFXjLY8YQGfXT1JsVi+KdBtg0Ji6lwdwl7uDNw2LU9/brMAjr7X6nJIAjVMcwKE068FE4+vTJdYnDmOTMscryQWDvwm7RLsRCSsDB34Eq7V5U4aJv/YyOu4kmhmKzWnQ8qTzoeFbL3Kp/8SnK3EP/0SC2Glf5d/6ELCwkTyYC5ZHxTKOLwte6+9gKR+pG43gFyiqypxF0TkVg==
9086a15b-46ad-4de8-b2db-d8df1564c980	3	windows	d/v6NyI63qJpwuOzTWERDAcnU6O15CKn	WxHP2h9AcBfJg9ruBhjAEFiWtA5jqOML1vD1ySrcmXnDy3BNpweIwUO7jQadFrTtjJufTmJ8igbvK8sQUtIroO+UD2vmj7sdbo/ALTMP
9fa11b28-20d3-4d92-9675-ad15832ffddc	4	linux	D6AJlAO8JUKvOPC5nlDA/bUmdurf72Wj	nuD+WmV7vFnqNahvsAKz8txFgmXoyRvWC1f1v9XuN6rKVoqdBk9mYRIu5pCw8cpTx71AcU0NytpK0nj/yH33fB5AlmjZvVpW4DjHDD1yKLbWU2SFz1tEl9c6/vsR5J0pYdsua8TieDQkIxREuzsDAcqpo0IQlcLb/GjJdGuc0sEe9uEatyl7i6bSQbFx8dwXXhZm1jcaA13fj9aaWMT0iAq3OQy8lDMlNRNk
9fa11b28-20d3-4d92-9675-ad15832ffddc	4	macos	+dPCVme2BC0eiTJnMJW4pMPPhH9u8RzY	0JIkawf2THiicowLM+6DFYgA7ZCGJOYcR6q5IDedDkvvcJ1vFwTz7DnzE3yAJWxA5JYfT1a1PJ4tx+4UJiHlK9F9tcza/5yMR8j06UR1Ao3hR5IUZJ+QTgvYTSMMEDVEuZoLNVhlpw9uM4thJklsfDxXwOnE44Ey4j+cYdBGzNl3GbZc+QSp2dLL1KuVcdEo2u/e9YD80w6LnqIHkX6GPllXJjPVzZxhUTrt/TMdcDb84UORMtpKC1fC0/xkaVoF9GVNfGej18htljpIcSK5bVOLEK3UzLe6ATG6FvgKEyR1xfB9M4op53hgHHA4PLt+T467ZTgAoxxuEnFDAe7w8IxJ5WBHbrTDulTeHKaWoVMj4N4aSPJtx3jit3/pKZCYVSZ72KuUhg5laMPo3rw25lE6gCi9n8lbV9Bwww==
9fa11b28-20d3-4d92-9675-ad15832ffddc	4	windows	+47hzYqFikcEQLjq3Yh4cZ28Sv7TtA1p	jnpz+K+DVMEWjVBPHjyaXGCGBk4TTDDzwJDpEplMuIZP6WV1vy9guqojWfBEEDGo6dPDYUrwD28qKE0MAwSyk3pmZruLUpP3DefueoId
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	1	linux	HSt9/3pEQ7M5Vbet3y5IAcXvIvBXPI+r	29e3OS4FWgahVRNhExy3LOLrTSkUhZq4UFapHnEalqezZc5zWLm4oK46dgwp3k4jl51hTO2M+HmFrAqB7OfMtCgpPcbjC/4PqdkJeUmyeQQyN3yLg12YJDPKbdbsF+dguE2kogjdPj9JhrzOnnHuJSehESCM0UYsNCh86d5QRDhWldNCEQUG4MwBF2gc3bj6SGzshpMHP1auuUP3CkA5rQvAUUzCtcHBLbC3
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	1	macos	jaQwTTAmh5dbXJ2VXMjfr0HhkWO2kdEJ	eDyGCoyXWmkLuiGr2Y0sD36JO7R/649ynu7ogmRihbfJRRcnQyEaoBDktqTNl5D1XBy19OsGrDuWXERlDPVnLRutFQbah9MskyYktVtHhl/jYJADkdZaZd0zOTkOqW0ShBvX2l0anlt9AHUE7jsBT2p6pHo8qe6QNAjj1hVEYdCRahp+i5PpDR6ae+GQuiiBNh21uOnvzdidNZPHkYnV4Yb5PFBqBnLH55iYNrHfCanpQAYTiMSPoxY7/xBS/K9iRmLHcEeMnF4JQXSQnQRc4MlC8pnpJs3eX5ai2GMiKb8zyPlycayOj5ymvdgfKzu4y/lGX6cukviXS6vto3VtMfp/gUHdU9r5GF8S6T4/ITSGfTNdwbeNKC/ikKhfSr9CbLBZpR8Op37pnnMCyLDUMVryJ3Ofr5P8iDelcw==
3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	1	windows	npar7XHkdcWs4ANOq7j2F2A9eiIJRwl9	l+xGMBWqlamsTqob1c13eQduWMRdokRddZo67A/4tMhLIjWkYFKOu1hBsxHSsql33EVvGdWTA5K38revnycZ1AfOtBZA8hfRocBWXjuy
42b9532a-4774-45a9-93ce-1c10435ccc1d	1	linux	kLKnwjHw7um1wTy1IaRT5pUnQEzTizLr	ukoI/1rDgwrigXesxiZ8H4MdQzFIW05wEDkEnjvJelsC6YuhjjJ5vAnkp+jgLYzlWU9wHMB923pOM+7Wf7Oy3DjRXOAdubjhQpI/Lc7WSc/9uWkcUv1qALbkk5FzIO5Rztr9YLNqAJIc2AzDsiDDOXfs6RY4pvjuiHWTNyJIVMDuil8/xORenUWr9/fLXXptgYLkrgRa+QKWCjWQ2gZuFdy9uk+I2ix8QVur
42b9532a-4774-45a9-93ce-1c10435ccc1d	1	macos	ffulqW63px/2WVCBRWZR/JuEQkCeYpE+	cgJybEE97uLpOpb5f0nIeYw3MQ+N0tXGu/+NVAWHnNFRmue/XMzVkaqLFueoS4iD0MEBy7XmbTsg34NuT4TNLfIfMJZ5ybWInfkJyxK1SOpZiWeyWh03pEDBCbI3BYzcp+xMehaj/sJA5FrS1oQe26SJj1ixEreYuOoGSdXVyNn7gZSrvwMoVuz8tka7w+09oaPXy0mwzuMtOEL4JhDLKSrr91M3+Bh3xA92aRz22Tm9fDyiZmrsB7XJbR/2NaENhUAp8xCKVsFdS+gV0MytrBB9bIQrHWCBqyrlQ7wglrId+4eQbv9IeHpWVQAomG2i5gC2AKsN+CaOhWwmVfkIYpBzMT1wF2z8EXHddVLigWkgKpJ8+SIjmWo0vlipLf7nnZlUimzJua0275sDIJPnOLeWoWEbqcHU37GgsQ==
42b9532a-4774-45a9-93ce-1c10435ccc1d	1	windows	YwkDN0s9c7456RTA3HCyypwEtqtmlbbt	0dIRNtt0H1ohJJCZM6Ry5wkMtCJWdjRXm4tbKjf0lPohQ5yQVeWZcbmHKPxEoQVsI71Ab/LbLfoEneZkjMIP5xEMQ1ytNJuKvQTjW026
9fa11b28-20d3-4d92-9675-ad15832ffddc	2	linux	Qxofln8Itv2G8jiUFAJY4rR7DBTh6cIj	H0pvRVJJy/42ckUmnSrubUmN+ryli9uIl8+ljLz2P/cmeormhgdUphyH1sJaYOsHj8BVR+4O9XNd26L2C0dQpUSPKmxUQgSeaqibqd4ttHEmTV2BVvyYWGJURTf6efZgZDVEuJHR8wLPoFzNOU5YHUgXgp4baoUWnfbNa67ZwSOd1mfg3Az8q/+lS8ic9U9BPbDFlg/jMzP8cfICZ6UDigbbJ24Eh8fHM6qp
9fa11b28-20d3-4d92-9675-ad15832ffddc	2	macos	S6Ml9n5aFe0lBCs+vw+BFa2raHOyvc0P	V4m1YCaz949Hh4GriuAT8fptJdVOmOCMHYRT3FLQC2QjJEBW/0Tc07fF1BrrvzJCqGm7ut8ZG/0Fgy83lEqr8Ln7Qov24n1jd92sGOiag7bdjrAJiwFTOAxN6fwI1uIpx+fZnCoLAaNeBd0Im2UEL0Kghk1W1CrOlWs2z3HZ6xbgCCsa753RBFpwDt3G1kzbrXqoP8C4ULZiHDWTQ8FlugQeQhzXuhPLsAgd2+8xdlsvShULxHkxCveeBShdB51WXOKcxRTIaTJNwHA0o1ogp7o/RegtuPe3xzGHOQFDHUTdIyqBQKXB2SwQwodSo8OZyIjENlPvlCVwAtFiakm+qifQeh7M91u8hgViWNbG2lonmGjwDs9CQFmqH4konEyW4FT2ype/pyi9Vhlh2xPXTCil2bjSf57E14gGTQ==
9fa11b28-20d3-4d92-9675-ad15832ffddc	2	windows	ngRWsSipfQQkdtybHF/VNhI803hftRzC	BHbAVNnWIRksSHSbRKP+5hURtCuesH3L4S1ZUfi6EyvlhcSkxfjrjzNQj7oGW3hRFm7ZDABOgGTWTLTmqWF+YJeL+nlkFakCTb+JYeMF
35839e78-0c25-4ee8-9265-cdb794454ec8	1	linux	F4FHZRG7la6bRVdVMvK6NEce5wsH35DF	wRp+VUL1FyYxtggmhLcFDRP+09IIcgVbdgyoM3UPCyxq6XYmgL27MF6RBcMra0s8Q+sm6kzoXJ7QoM3HTeiJj81wbW1+C5SAQPu435SyuZiiHKhzYpwEQMh7XYZkgiaMusXqA0O5QC2YC9zjxf4QrD4a3ohSTK/ANJiLcmi0PXV2ubTgsNPejawnJ9gE8sqdsxSTuSwQvk9olxO0wG5MnEnPXoHsWMeyrcFH
35839e78-0c25-4ee8-9265-cdb794454ec8	1	macos	sEMUgOtq//fjbC8+FNIYAUECm9JR9yyy	K2hJ+Iq+XzXUSCIeTl13egKs9MhmCXnOyyX8K6bseR+dYam53HHVU/fIBzWVCsJWKMx+M3H03VuM/FYSQ/bmm6h7mwPjhr4vmjYqeH6i1wqbCbnC9TQJoyI5rxAsHf9wOKx+/oU2FstTw2Tkx4UtaKbqvhlx4qiaCi3qKtby++YENbHf6VAlIZ1fgvCIwvNVNLVA0suNgIBvT4vzCHLrim6IOOVANk6RrIFBRKxMEZQhHeAIJAAggVsQRfkEMJZj5WGT9H3+wepc3zvlZAENGgqN8/ytpBB/BQDDhx2v1dMjp42Oo5yaJue0jn2V60tVcumT/m3ITcLEABQyx/6f2Wmr/fYSA5ubBCGgFK8+bbzXyVVwbQUgAgXV5zCFePbgaqKWbAsHh59qz8uRsoe/N59BoM3mo9D4abs7Ig==
35839e78-0c25-4ee8-9265-cdb794454ec8	1	windows	B25f/mE8QCrxLkiqGL7ezCV+5F2vhPlw	LqT5X44Xi4CnGILOcsAkZakSJRwQYs+J9EYfdb2GKVVGY1Q5tKTtv2+Y/m571GBKCpI0jxa0ZUoSrR60YQsGuSGDtSJmdO7Py0d699YN
42b9532a-4774-45a9-93ce-1c10435ccc1d	2	linux	XrMFoDhMlDHbcKZqMm+E8aBS/zrmSmWQ	WfqYkvPU9fLuQGSVWKmi740N8f1dOXDULm3XL83rQmaGeKAxlklTE7vSOriZ3UB4i8kWSE+10LJ20jLNWjU1YYtv3sryRv3hLOcl+XG5LcyhapWCi2kb/r5vKt+lxwNpOWxxdGJ30lbZFKcT2OQbpTVwT4aqSVAm60SFe14mifS7fbw1dKQ25nblltcerh9r4AChxZwaAxD2tSJMKraV412BRa1A2GM7aWQG
42b9532a-4774-45a9-93ce-1c10435ccc1d	2	macos	++cYk2nf9WBp+SSdIBbUQoyYRuNs1p4h	mWtK0zJxST4CbLXqYnI/y9Rro1Jksxy9Jou2yXKMWldn9WIFG4nhyYgCtlA5fepSX25lWI7fei5iCJWFfI68indVogUmXlqWt4EKuZapLtoI7dzNPmsWMPKuy+xIvvOO/gx0ImZ8i+wPnvTqZaKvD3JkfwaIXYCMBdmrh1I+L90Av+iAVM6hO3Ia2s6aTqVn3CrIia428gcp0aPe9aPxtXTcEKZANEM+6E/58uO1F8gIH2CTrh7oszOYSxnmg1q2/bLMDEcodon2rIIlv1TwaJzIQcq4krOvmCUC2g0eW7U4uDXAKlYoDLOJE9At8KVRy/dgzoKvO40mvW9BJsRIhJ3fM/XkWFYjVcQB+XM6HmQoRnbpqLRSomPc3A/hekn9Oh3/ad3eMPI/8p/EGGvkg7+NgGmR1WKsdvbs4Q==
42b9532a-4774-45a9-93ce-1c10435ccc1d	2	windows	kMPrUXCmMJN9tD3FsTh9FGpq529DYtlc	19Z5+GzLotqTkZSckn8Ds7oHk1nwl8JAZRToGtAj5oZSP/wauzanRazBr7mdE0V7YGy75tM7dyoG3KBgmsPkoT/5vdFeGgYROKWpUeSu
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	2	linux	J82UqOKApe8b4tkVwfOKL+JfV2JnNbtY	vpgppMBUi3qDPDJl6VJHQzqU9yzPsQoaqEI+0arPF3WorVx1sXEB31oh8YLpcUb635urTi70ERjc8Lid6PKx3MoaixRplEnRgm2JVVlzSlgEY03gTGjvtr79G3CiZyiGSjObZgpVd1Z4HGpUWeJUNocaV5qcatHxT7N+e+T9O8qln5iZopR7mm7c5sKu5dKcHBQ8BG1dtkEz6le1D5JXZ5sZtJ67b4Q1z92c
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	2	macos	7w4G7Y9g5qV4L/6O/wSl+yJNaxBAx7Xo	I5Fy4a+pEhKfKp0J+sL/sSxKmk1Nmzemkxf5Mmf75iwC7nuN4a1zntsaWsYlPGqL07KDjDJjuDWfIdweRGKig/87X99jzvMY9h97+ndh3Nn0jMnFq1clTHxWYd3iL8/BgYec6jPV6qXP0kbS8AeyUAVysGDBeisV9w7bMLE5CRug+F4C0pdx/wZKn69pfcathNM5wir7msRKctl34KDiJ1CSq9kIRL0ddCDKyLhvL+XzQDcCGEPn/dF9QmIBwNbpKOT7OL2s2aNqDyAv9X9tViDRn+I3+FTaWf3I33qZBNsX7YC8mqBHuIgPLSk+hax+KzCAFEe7AL0BozN/dkinPEmZYCQkAzDxYUVj23jM0rcrUQ5ueR2zQpTS6+Dx8ZO/WjsvxGa0ocTiwr7RdS7qc+eR5uQbE/WCaqxDTg==
f57acf72-b0d0-40c1-b62a-c28cf72eda9d	2	windows	Bt65j+ytSyv0d7jK9i+iLbQl07ATwyMY	8J6AJw23b90RGL72xcXHb3FifejpRpdN3ey0CsD4PY4xtw/mMQqtjJhh0Nz/aOklibXPwQ7eu/dFtMn/P5DieRH3tb63wFDwzQV5NPhe
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	1	linux	/Cah1fgKcsjlRTlx+BHAumQyYLH9FaEA	ucDrwThgvk9ER5BoKu2HgOaZOvcDADHghRCVobxW5EH0j//0thggYzKL4pbGeXtBWxvJhCNizKjzU7G201/few6IGCr559+zrvpF1LnF/DQulyPb1q4DJc8IenqbzF4JY3hBSrz+rGT7JsQuGGfhuPz97jHGIvA43LDRQFNA8kzCJ6sJ7u6/YC8RSj6YE0RmERADSqte3k6zAOGNovyyfGLvbsveXwQ/M5Iq
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	1	macos	PSSMimdq2B6fO21fvNAc3wMZXRpwk90i	5ZwuGHf3ZLQCDuKxbzuSwbH8Jgq6Lfwjf2Erc5dQna1e/TbusgHPhznvmCaa2T5KtbYqTLp+tSUImyE2nX/sW2nLAgrbRdlIEsVZj/KrNPfQmaHUOWx9A7Fo1Oz2mUA5Sk5tZxD02yzpMkFJLn/npKMKKvyOh1dbH7DGgTgoNn+3lPdkjZS6zGIeX2jFuqjCR/gsO9Zk6nxKMxaHdVkzxbWNLOP4+4pkd2WGrusjTossrkh9SJ+SsmBtdu90bX4LRDXTo5nM1aE+0mmAhiDa+MwyXmi50Q9B4RwTt1fEK7CHKkyAN3VD1wuH4vcchFgQVWjcIRza+mHv5f4fYapwocc/pWSovV56dsxI+iwnmAsa0vY+0ymbkSVoUFiQK2kXjc4+iC7ZC2qCEojuXS4iCVcwkSL/LcFYRrMHTQ==
2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	1	windows	f1+HEduIsk62UUKltW+uk3Nb9pW2kRs2	jpf8OGTqN5mqnVz+ZCHh5UbREjIn0quvrWAvNZEwXwdH6MPQzFYyLy3XX5ZJt3rKIsrdFXzTidk91Aymyo75IVAtA/pahEjDWXheimBZ
9086a15b-46ad-4de8-b2db-d8df1564c980	2	linux	FyQAphSDFDaopRepNvQV6PhA3Muo5QH+	O9ZW+Ac3/NPCEinapPTpCz0LtIFwONlLhVuj9E+BseXSzQaBJqaFc91XGIa3uDUTbxHAph3CX24jz8Q/Id44qZ/c/2Ttj/VXeCbkFI3yfPEXUHhcFM+TxL0cLKNOeqUaVTlAgsDmAezn9HgnBrzgvViZqfkecR2ygkUrDrpMf5AReD2rL9iVnrYxhd6kBRDz5BGTcn36eSxiS89kAZCB+DnoHM9iE9Q+pHhe
9086a15b-46ad-4de8-b2db-d8df1564c980	2	macos	smoBGOcf8fIc4mztcyoVlmgdrig7ihUR	HGZuSQ9e0DT/joJb+/1y5Fo5lDYeF8n5EuTTg8RTW0FtgLpgwGMRF2Dakr+hZVh9Llk2h5mgLJ3x9sGWzzko31QkQW3M1v0OKgw0U1qvrLzD1K7kdR3fg1CEiPO8m1h15mf83vFwwKxl/Iry50iqXnQRCwFf7l38lGwxOwA1E6m/dZZnQVjO3RqqdKeiD2tFYZU4skpxPoMW1aFqx4Q08N4FqX32fykxuz88Gw8uRFr5PrhskSIG4ITnq0PglhmgpLme0o2eEi8DJQVIbDp20rK4UT5CZ1KpAiF85VbyBTalMNcy7ROaWGRUBulX+g96ILKY5ry/FJcVvMNrIV74ZjukSXGCi6+Ph6TZmTlCqrMTCMco/oe/OPjaCU00WWqsoGiPy2EnFB5tnquvjDYppWU5xveVTDdPb42cdQ==
9086a15b-46ad-4de8-b2db-d8df1564c980	2	windows	24fDlhPvYiUpt6iLaGmKqcj770+h0z1/	oYzJECR2hKPGPrqRO/Tvkt/9Yd6hrgMjHEa8iKA5EZUeeLj7IbPD35jeLPb33jeidr+Fjw0y8C2uheJ0VaBJwfHsXKAu0Xgyf/gP5z9y
5acf5d49-a1fb-41da-a4ad-04e34d76c784	1	linux	YFu1InSY45ASCWgaXwKrYYEoDFhSM2Xg	gcIT55rdoUc1T3E1V14RPXygcCFKHaz6oqWMVoTdJq4GsVuojGUYoXchD8E2pWV5hyKFOlbOnJGP48vyzLLpauVZzxQ2GzsXf/rHdcoMs+79PjUPOEapFVm0jTesq6cgggKQKTjNXcnJYYz4Dg2stHbrB+obV5mG1xq7xsMiWU8XAfGgQDXuw+S2gDhWENWdA+itSgm1N7nmhj/9PbdBUebHFAZV9Vjrv2h8
5acf5d49-a1fb-41da-a4ad-04e34d76c784	1	macos	vgIrV4SuVASl31QbHTpFAJPTciErZMzR	rssL+JJ/hBhHxlXdQzMS7PvaZXlpvYIQBLJU7z3gHjZ26EtK1U9w4V970qA0BEXdWdEPytcF4a8hI297PnF6cgbQK3qb3DEzH2iKLoy1SijicTGn2zuFH2jUP8QAkQ1TJ6zB8+wn4+KnxOmc6khDpAy59wtf4SYpDALpsd9I2aYWiu0tYagWHiYPBpaPwtdcBqlIOAOrKEUPDgrrX7nfivXwKFN/2G/BPoHXVv5AKufHh8It2Ff+/D1BzSOm1y0K0adr6UftJJqFiYgPEzu0eAlRPE7RUElcjTUndIpPGv4YeXzh1k6svYfIefUZRrrI8CeLR+II3zr4nR5Kh8EjQkcF8LtPuo6BxdxXjHJ+cECUumaK0sKu+L/UwiDwFoo7joBPS4XSfrQkaitZGwNvRrHQEbyV8hYbwPPFNw==
5acf5d49-a1fb-41da-a4ad-04e34d76c784	1	windows	HJJexEtkI3AT9lQCjpYYEWCqt/ARA/nh	kak13rqHgrkcByx6Ljg1r/isgJ+nDKVjBwIo5rX4VKOScewIzZnGA84TRJnmPWWfrQnyaWpjivU1hOHQ7FtHNsQ18x6OE4tlNkd3X6se
5acf5d49-a1fb-41da-a4ad-04e34d76c784	2	linux	0D21iHKyPAKj7i+gU072b2Hg4/dGJfhO	vMzTE8A/fWuhyo7+rrZ6ahK5NEOir9RWitGgCbG6KeIP6YpQacFkFVyOU9twFqkG2BJursylSaYPPby9k8OvjLMXL+PgoTMWe/1ZgsS/Myp/YU90KON6D5XSl5W5jfvCkQzL83r2UWJ7aNnfmPnykUUSqM0UwAp5YxSPya49FNbSAUz8tPOwqn6y/9gNZzbeSmdcZRJV4j3EGX3zLpsdGmWW4BBnXvLwTDHb
5acf5d49-a1fb-41da-a4ad-04e34d76c784	2	macos	X409YmqWLpn28vz5ZYrK04AH+c3giBzr	4ndJ+FEbmtkj7/TRHYKjLyoI66mTYEIXN3I866RLCOcYHkEzV9w+m/qWhR3flNcW49HZFhEsJW7no6sID7m4jftBKxF1rPN21FNo+YdQWGwUXMgkz+2ty2hlemuvgisV+LcYr2jshWOnTXG+uwjWVSb+XL7Xc1A6TVqIz6a8rbXN7eLwfu0J9R/zY5JXP0OHdpGHWI4hXXMIlxp+8cG3oC6b97XaObBORJxNqEPckNMmOB+i1M3yMp+9lm2YUGeCSfBMTIK1cyNDhpxax5MdZDh9cThnvHtjb5c1bWIdtEDEeo3YxrVShYV4vlWCNXVpwE/4QdLIUh23Qg2p0akoOaVbiYeAsKJ7wBW4s/bKMtT7hPV+HPVEMupt96zYv9VFrxRKO50KcxBnyIO8DucxrPFVGuSAddxQrGsnpA==
5acf5d49-a1fb-41da-a4ad-04e34d76c784	2	windows	fKAUDd9A+OG84L5IDbolQb5N18lKYKvz	2uDvb2ISVi0rM2KwwOgYi1o00kmyV6kVBnZGSBraC9KfXl5GrcRIUO0/XSJcVld+waHGpUFOgLER6x0T9FU/kV2/1vjZDcJsLq9B5s7G
9fa11b28-20d3-4d92-9675-ad15832ffddc	1	linux	JuaT6xWK8fNeyo1+ayzO8CPzf+LFfE85	NvI4N07K1amj+SDUuNOPsHXJhFpoBOGyE60cpm0LtVdxiI2P4xErGNS6hjrRRtOb9rLvaP90D3aONu5+tslT6qmkMYDnyRUfqxxiI9BVs4RtmTTHFdI8MX8g1M4hNV3gH1PFAQtmwd3yJfRfMc9dx4/ias1NZVZN7fiiCl1v4tyNuZE2XidFQexPh/Gdi6Us6YLI+FEdWWPOf4/r5Qxa7Zolrb7EVpYn39MU
9fa11b28-20d3-4d92-9675-ad15832ffddc	1	macos	ezqhotAnoTmYQZiHU6oKZZ1OtYrRYvEu	Zgzrr8rhBsCfPorYE3cX/8sAE3xboF300bIaTHlIVbHrhnXjO074dOqTk2VZM35NdQxGd0iqFpTvwBSFHqr6D516DHmoafaFj4peflsX0ReR/mLR8Kk6C0kfSf5j11PfkrX8sWatryHbIShIo23OrcyiPH0UUjNzS+Sy+FC1ZRTWHPgnXLEYx9trIJfNleQcL2hzPYgsEXBDhBPZyw6FQapt4k/kjOOhBxbOOqxu1FRdN/dfqXHXHb6ZXPwPRC8ofnnrQA2QavD69eyNXthTqEWrrxLm9a13+F+JeKxvzkecFiVYXqtI4qd2+N8C6lbJbYYrB4MjouUcAXl4HlXdS8IyjyWeAzg9qCnzf/zGp/38NdoaMapsXuYb0XZeeQF3OaRY4Qy77p37CnaQZ/PWqqkI2x5Ki8Gu5fG+rA==
9fa11b28-20d3-4d92-9675-ad15832ffddc	1	windows	X8VtwI/jXBHgyh+/Ln027/IyZ0Bj1Zh8	gpIHx72TKr1jv1KlQneSkrf9RZHBW5qTzd4rim7O0uwZomBmwHzWzHxRMkqHJ7boekC0V57GSJkVKGQVUZO8UXqCpglc2clNdGP2jBqC
9fa11b28-20d3-4d92-9675-ad15832ffddc	3	linux	BxWvdkQxkkWOnNSOdOvO4yZGHftt8NHV	UYBJ/sMVseiXbfoI0o10JTv/z8eMFS3KXvwhVDJK76Q45uuqg/nApUAReSN5snu1c+TBilFBckZ46fqSyst14ul9bp5JKJYkP2aI5nvxmdsMRZEZw+220sIxDMHPiTyHRSt5Es/PNJbAX04XUB7rFO8ugjtg8VPbQrJH1hoYw8LgkszHpmUW1GjZHJnK/Dxa7ltCP4rR/Y2+5/gBi7zY1XEgg8lSg5DGwOuc
9fa11b28-20d3-4d92-9675-ad15832ffddc	3	macos	O6y6D5q/IKRE9jSdHNrw3YuGlEk65jBf	SPvZ2senavf+rLvDEh/Ac2SoEjdz3+1eictee4zGEA44gdIRJgy3G3EPqHVNs3WodY/yAc+mx65OoezhEdUop/jQobBAVNjiKQcdAv+IitsosW9YAiGU1phAmoCwifAAIa4f61UQuMMwFxlRq+ZeWGLahBUoa0d195wFjF+/1ZKHKcQJpx0klFHC+n62Cw3HEPZyPmag/qaV269ClAn/bErKk2EuJoj5E6S9MxA2TO7xjt1SutuLoiB8wWNl5yNA+q+I1bbBlaFjv0HRj7SuubsmA2nNvKZhhjbeImaqUH+P40qXKhG9efuRsjke4vqvPFLNmfJJJB5CEZiJrc2408BTKKcIk1GdntFIItUm2qNOMSIgauXpHO1+yHO7ib6UlcaZZGrCPA7jJLHRDx6Y4ujt2B72yB3+ach4FA==
9fa11b28-20d3-4d92-9675-ad15832ffddc	3	windows	jJc5v/Huy14bw6IqTwqWDHULIwCAKjQX	dEC1aPHPQ92FWyxAyZdydPwRI3EcHeDF4ydwI0j8bBLHcVTOqY7AS0wwyNm1b5Ql7dJ1WJAHQ2hGg6R1vasLacIKzJksZ04Oko4rPbsu
be48c8e6-8bf8-42fe-9711-3172fbff805c	1	linux	OvqEUm4U6SyVLxq9ra06kyF4EL5OCbX2	NcFazBIPgZDD12jCwxgao6xxt6VWc72Wn2PVcYLtLb75hIIskuqbo4vzAa/R9HTLRip2OiKdOcZ1rVrU9CAlicWNDdp1YTEpfVK0P7GM3WPoUEwdOYWLkAOPQKU0nR611FUs5rvTeC37c66wwFdJUQq9VduC4sitBlytXXEkh+I6u2Zkrb0Z/+25Ke6SnRWMMPPXRqAXR37Eqhsx+TyscqPC5P04rJkOmEOj
be48c8e6-8bf8-42fe-9711-3172fbff805c	1	macos	JVgcyuegfBfi9ihsgT+UBQx5shMpxfPW	ex8idXTuFqKn1RwVucklgWMI73XewYknpCyu5EJQAX39xc6poEgxKSKOym5+h1aMm3bNe4mBUMK/g94ZFVgzacAvwlCXxM0GsNEr819dKWXDDCt5L+v6M3tVgAh25eK9IW3Rql1puwGGEDkMse+yQsGtNxifPu3PtjDVkHgcs1IMbLivnbyjH8cebGqqBX3c9Cqi73tH1Wg5m+vIOwwSysBZ2KgRuv0Sv3DPnSVk7LXP2w2YBAs999cOSEVGsEbshfBYsPl8vlOtHn9+QRSGMqw+uKu2N2t30HUOowEVY0VQ8fWWKs57HZ+pzjlG5+pTs1RSielIfRJn4xcfAU8HXIVVS2Q0BdKfeQP3E7LtQJQj53Xym+VQFvRmVNzI2zqalGG2b9N2f9EE2xc9bR/XeaTwKB1jvZy2N1IkUg==
be48c8e6-8bf8-42fe-9711-3172fbff805c	1	windows	DC/oibKytwkQ/xK2MWuGLuu34ZF5mw30	ItCG768oz+wBVqrjFC9TxUxeGOwIXW6w/sA4DGfgJhQgvuL0rS39bgURj5tH0TUmgdtqEhyYgDu/LCM74ZAtzZ6RFRnkZMOHiHl/m9Gq
ec3a5064-b208-4f06-a623-f27b6f53c677	1	linux	2bsv7pVE0RaSsPgBWB5eq3R6++VnCHfH	xuCWjpO3DT2NrXOD4jQTPvYx39Ou/XTSOuVfjcHHRrtmfi6gtqJlBGsqabIlPGurrS+6ljzdTJ7V//XonrhZi9sWyf4ejDKqmdu0UVAITVU5+NrsPtQWvL9c2TUoSf6NNyp2ja3vh9wx5nrqz+iW+VWqzo2veJdKP+eO76JFmJLmAdr4rnY06lbM9isfPGRkXceZWSrYmyZsckis4vjFOCVxC8bkBAUwyU+p
ec3a5064-b208-4f06-a623-f27b6f53c677	1	macos	ScpQ84KhjYdyHE4rx9D22g3Vt1cXzr6x	7NwgPsPKhLgIqnaWcI+CtxJMCpdgYzfKN+npXmZ9IaSjqADfjeCN3Gg+K2cfkE5S/RwlhUqMqCHpdahEf2tpTdI0AhkiGC/Mjjcfm1n06xsE3j0+A6q25BiqqcfOojeZZTZJxHGJi/NmYl4tYtSTHoZcNmcIH3pdlTlzbXz8fBFjiw14apGWK8S54X7R182EM0TvHbzFayQYTPvWXtV/ozhA5w/wq4JavVTKq1dLAJS65yP8DfOq/Vu5fDSFGFh/J4zWAt8atmjLZ09WlHeCm+omtAfJp5uS4Cc4y0nIslm+qFU9nKnCEwDl3clodnXFotvjvcqkm9o3ZQnxMK22SOC9DuaHa9lktDRMvCKsN9/4VV0ekDo+0GCWTGcw80GRuwRd3qBu452YbhscDiDH5X0MEuUhm6ucSLO5QQ==
ec3a5064-b208-4f06-a623-f27b6f53c677	1	windows	gsHbt3h4YpAR00jv1MzlSs5FQxw6b6Sn	02wITuakptliqcohekU3vZwGCUHubzXfgM0Z7OkyLW9EKmFiGnxC1tMDJ2rx1u0jzXr14H1nLCkyjxFU1GaH6/AqLtNTfOgmv+00SKSS
cc766dcc-189c-4568-8a9a-d5611156e990	1	linux	g3HuZf1tuSnsiqSe0G0AUdnB194s1Hpi	5SMaISy4cFIpprSo1oOQg5QRaGZUC+2/NGSSTbpLHSad/NXSj/NJGajnVEaVK3PY9re1z2xTTHunpayOQh3jkvNlGaqqcrKysHSMVSLzPjd4MrTAsVwKYCPs8THoig7YJC9UfiJLc5zyGpAJ7Of1Lq1a+mrbp8pfr+pXgF1OvPaRut1/cGAuk+sc69/ClRka1EJ6zFCpMNVmMlK3Lqei60Y1q/rmMpga8dcu
cc766dcc-189c-4568-8a9a-d5611156e990	1	macos	jICZfJDTBt9yKkoVkeuE5IY6roXCpp6t	N998TzxeExObLw7LvsVtdvCSZ9ABicry1MKlFan7H87MyjMqmArk4Z4F0TRjzhavD7w5hVx5cVoTHyv7Tg6XMXt8pRbGBITTkFc9mEgva7t7KADx34lkVF3r/12RIOinEYtF/lXPJDY6H2CE94Q8+zE1Cpf5Sgn2igmZgR1buyIwkeQ/r/EqduWEF7dJumEsHd7Lj0TMfteKQL8C6/5ikCTWY9HLNh8ZsrYnAuJPAZSE9CeAD6vtuXgsAwFbtVOTxg5ei+5Cm7A0/7XI9ZzPmHFMChKivm3QUitOeTLvicbiDxFDSt8H1qdo7na66k6HctPmJhImEz7RQ5b4eeVX7yeBkVsobRrWxuLRQiW86vjdeEOOdSoDHuAG6W/LsYQDQWD51QGBwARlEWO5u0e8ydvisPY3Ykqu5Uvvhg==
cc766dcc-189c-4568-8a9a-d5611156e990	1	windows	BNOSmQJzpQA2lzGccX2VbXCESszneoAz	o5SC6MqPWZgWkalpBsPx3+75pnFfgZef6AsH/6rjwdZRuj3F2wMCuNU9vjAxfjr1f6Km2nvHdVVAonLx/LNRvq9ywfl7e07qbE1BY6Xk
f388de2a-1015-4154-9fc4-b05a6e6aad59	1	linux	5w3sR91/JzL2KTPLixDPcoFBZPc9e4EY	3y4euBmM+GXFH0Qk5p+exYzrefjsV12UeRi3gZyDENPOES9+kMMdfZtP23wuoz6WpIJZciNw3t0AK/Oxz7TuXqW5Azs29Tx+Aq/Mnt7TeJB/FfVZ7CQAPgGPPMP3KmCeQtT/t/+p6sJVB+EUmnXyFdGX/6TFqd+d3ctQqfgNYWJGEeZQb4qt/dRprn71qifbdoHZv00KmVvkv8RSC0imKnuaDdQwS2vlr85D
f388de2a-1015-4154-9fc4-b05a6e6aad59	1	macos	4H/8vjI/+wf9nKBzpfElW8gjXa7/p4X+	hmeFV+DYZCxhJO8CrAdrXAexTf3NbQgsuc647D54DNF0But48EqQJlNrKit36Wq893PuQXs71K5FHLH/DwN5IJNymfv28fSuUEC/RlU2BKN9qLLTPlhVFIl6WZYeQuEEZSHd0C2dSxnO9uDXy+9IonUUTEJYcdaPxnIiD0ZnOM7AQDQGjz/rZ1UrpQlg5vgBnSjcfmOQ8alGhVb69XGCAPdQLAuFv7RLITLzFUFnEcQkVeP/J0TM6IWSxgxSqWZ2G6RMEsQf2/MAcwUlMLKx9JnJONKdpyyEErkMMXcGcTXGCvZkZ9l5GyInysaBXE9TZescTc8Z1Bedihy1934N0WxHz9hP8ojIXwgUTkSe5OOc5S//3bwgCH84luKPKGNoOj0R1gt5eQ2ZBQLyH0MKkghjJBdgQJ56F/T1KA==
f388de2a-1015-4154-9fc4-b05a6e6aad59	1	windows	cSRKU2ahYSaUsBTfkE3mJqGzDmv7HbNZ	0d7Q8ke4P8zf+X7TOVw6PGiQ722hQfdJBUFo/SNQcvNVDETfMB0Ty1A2wFSA2HRQzzuL0ufPIcAqFam1x/Ke3FyOxO0iQhcoVfxP63SH
8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	1	linux	Ck591ur3uvG64M4XUuPD/5QEfUhGqwuA	Elq1FL4HonteGGDJ9T32tsqVdczpb8WYA2vstjgAxdPcbSwZFAgC7pSoyQq44zdV/0tKd1I0eJAEYWifxYvRW6mKqW7RMItGZNx9Hp+QKyRADhNLuJgLOHq7dSTs7nd5DYU8Ta9C17lhX9BLjwUXm8FBriEJsCl/j6/uCW4IibtOyXp+/5Bo4q3GbOCfCU38rXBSy71INTgFrBsj2L5gt6eS/gahrN8aiTC8
8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	1	macos	JqnRH/zT4MXq+I/knHQNxOq7Qzf0Olwi	wtPDkOFLmA7BnUizjQmqlEh/RjhOM7vHFXiNCMoRUbXBbFWA61NxDqRyKhsTOLwhpIs8I+vRjHAZy34gZqy3LBT646+6xTzIVm+2fZKR3ItDRN/17kObWWi2ZN3IOdK5GybJYHV1R8rXUrmXFfZcvnPguedfeMzfGqFqtgh4tPRvM3cB4NWnKk/P27kckkXcR1vsUwrXmqYvCSEkvgaG3k40+R0RXJOCozS9++uNgL89VHdxGBVe+NN4NFWbH8KDfI4xr6RbzhafDPpXd2P+RIvhiuodyMvprgg6Eq01GL04LhiH8+bX4z9ZKJHu9nVUrN8g/mpqoOWIn5vpgIeSQJ0d8w+J8iskkqP6GkefrRYE7a3g0aBmk4wZX9iZrJh5k1O6YfTZfhnN1nWXw9GkhnxR00CzYtxmClnUyw==
8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	1	windows	PL8DSTljv3ieACWu1U326OA0vCLXKHS7	+aB2Cx0ecbQkWMs2/CPd5OktUUPmnxEnhv+0VEMPW66zaNJMg9QpQsSLjz95V+aExDBQCR+dngj6Bs8DdKXUmlxu1Ae2JgWWzUyzZR+A
b0d11fbd-6714-4c34-af9c-55c23f55ad86	1	linux	sry8pA5dMA8Dvfq7jLWpQse6h0EmtbM9	N4rmmK1bNyK24fkqRs520iDvOroKbSlA4+cizd0wFhzCpgZ81MMAo5FR291M9yWjkp1iAZaQ1+zZNNO+9XeFiwUKyZcx/FObeXo8SIVc9xOVVNattNhEyClQF/pWIsgDLBF1zP50sUuhusH0qExAt5GbAlvxkhWgFo9z5RDfYKoBBe3NxX+ljzuvvlros+AwRzxhNCHrP4ZEalKZ8RSNBkTBC6BNIz4wXfEw
b0d11fbd-6714-4c34-af9c-55c23f55ad86	1	macos	aUwmRSB2zAtbgG6HGJuOXclDMOEp5Jov	/ItEVvUOrd6NBfdyVZTaOWHr+CHKsFfg+CUv/9jen5KK5iWS5Nxw/UrHzL9CBRxgecVK90k5XrMnUhhGz5f21C6S5+9OQcTMUIJ1ixqKclzi+jfcB3bIfz5o1rEWB00+DRxxvomURLzUHkrfDdCZlWcYDawO9569/Ik0FjjthJTUBXYfb/nRfBMMbXvpGse3YKoGwHrfDg4vacAU21z6fPOsSkvutR4BDaBPIHpFjo7T/Wu59D6uwuar22P6eAFMK8vuMzwxIW+/40c3S9bHLAK3C5iVDc+b+lyxDj8UhZEHlqUyCl30Nwx4IVURcSrmYYa5slesBu+Ddx2BY1nFeRJ2HgdSf6gpfPv6d87SXEIq0Uzin7H7NQct34P1EBjhiZOE+gk+sXE4gNCLSlXAo8NddYjrLVuA/KDgwg==
b0d11fbd-6714-4c34-af9c-55c23f55ad86	1	windows	yFgJVUNIvPwQZDPYzGb0Y2S+vziHy8mt	b+f4VBciGVEfxbAUuVH8bmdhwlRsuaRhGtXpNx3d8260P7nSk2DVv5wyPm2wmBclC+d08xqoBnlGpGIw0JFjuxuNa9Kn+WHww6MODb96
d0387aa6-b8bb-4c75-910a-07daede82b50	1	linux	FevVmLTZx1lWF/li4k5tDH47C2xST1z7	zrn0hrF+iQJH+YtuVI2UynN1P1yUsO2xVR8KVRLop2vkPaSd8l6Z2w5YvbmpD4G4NZJKpgzf3gA3v7vZJ2yR7+QnurEolN0dzSrCqz0N3ZrVNZWhuYG7kyS5MoOTCyxLMkzP0uzTqcAVHIzH2bUkf6FBg12x5ZDqPSJkGn7wnJcQuMOEOJ6IxJlR6W9BYyegvVX918+aPLV1ctwuIL7l4PXJpYACB9NF5s2z
d0387aa6-b8bb-4c75-910a-07daede82b50	1	macos	7lICxN+M3tk1pj/dqwAVvDknqMwkdB6s	jBSklTQtiU2X4qhNOrl/r+bwQ6f7FMovq+a8u8IiziMSe+fjvppYgbSb62kjXL0lPmMeSNasQvy1yBCPaV2NvOu6uAKFwMn5xhu0gG7xQkmbfuS7vk8CWznCv5/ZICdhHzpgRKTU+UWeiQT+7fNug2c6vt3ZsoVesX6hn1Z4sDD2uhsbYnnIhhjIGAr5KNyi2GteizUyr6StKaBhdiYJpq7RDp2bZQjt5uav7LJqzCMPib/VZBfFufDgtlAbPtBUH8jIZDP9GIVBqDAAW9sCPoGQFEDo4r9Ff/YjaWv7yb0HgzYGqqU8SVZ2gcaPfE9NDNBoani5ewzGNnUVXbF7KD02xHYGKEFqkJBiKHNkGC/NSRp1+X4Y1xvtyJRPttgXQ35QI0vVC8yz0tHfBaLMVuYHWw48QEKluIxPEg==
d0387aa6-b8bb-4c75-910a-07daede82b50	1	windows	1OfOpNmkcwlqTMel5cxFeyBLxsWfKGFj	fXIGqFzwAxiDCbqceK/qS4S2qg8U7YRhh2mCwhxBRtyM+RduSgwt8aQd0fYnyxhPXyJhrBUjws6+VMGMw1Wtf2a3QCXnjxVkqeTQyp4B
e95b115c-dd05-4ef9-b547-d60238b3ffbd	1	linux	iifE9T+/PsVtt0LOuD65eAbtk/CxL5WA	58bQ/J9ezrH4PnjmLy8m6433Lp4Q1elJB38EYgh2ORMSGgrb70ilQEenT/eqaZWC1VUuMmARu2/5HCZ3tcuk7jF8+aj8Cm2cRIWKg5fQoXsgPihjUEdQbX2ZIz4COVBAidklytZbZHRGARk+7EK+qB/3UZtPyClm+JaY/ikhz+MapjI6PtDr175KhSGz0JpKGWpV7lXyE2NPjHhQ3hyhs0x5pB+j4wkpdTBR
e95b115c-dd05-4ef9-b547-d60238b3ffbd	1	macos	zG5iZTrhSTj8UXzkTXAn5CWFOrE9kLlv	tMBCMzqP0j607OL1mx3kAVuqOYWdLLurCDkw8SSrg5jjXfAX+21jpzre7rGJYr1ryzqCUGxaOs7xy08wb7oDWpl+g90GHKHFjjG6+A/zmcovFxbmIMaKK9uSOVC1WsTSt/OG+3nycIJcAT4DzAPSCHHpw4rIU0EPqKM+p1IfvELnjs9WPBlJZtVDeinUIzD8JFA8mmz2e7Xl+Nh1GgPUemQrOzY0RA2e7nEt+Q+WIJ7hrrdOX/ATSxzMcJsOi4in9X4k1PL02XXeiA3huRD4waC//LfeKpbsZ/Kdmaq9y7TCUB+rY06/nr/45JsNPDfYYkxNiNC43+1XaNSM16J7gwSoronBC+ePOezTzCSJft0Pso+1NCEi24BI+wMyH0AfsQNffEtXb3TPAkb6nqW+GP6Gq6676U8kbPRb/A==
e95b115c-dd05-4ef9-b547-d60238b3ffbd	1	windows	0CDi0wR+ubhG5S2++7IEc+ZZT0t81c4W	NaEwkcLjs6w8aJKC+oOf1HfU1C5PMMyr2HVJ4nYMc5YQx/X0JrU4l0Zs/xIhXIq2TdMhdoPhLN/YyhaFg9q0oTkH6cpjEOjndvmdi+9U
ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	1	linux	vHBTsWg2tcqFFhtBUGmnaAWGAIv3zG/N	rk3kDe30HDiAGJs7I0jjgXFlcGuPv6zVeULsdoVm/e43UYTotEsmowU2EsJ2Zd72jgd1mN3GN51AbjBOAX56oYz05pBjMFa3QRfCmTvcFNCnhv3sUR9yr3lvEM015IvpshcOe1BqaRrZzCcoM6qOUj78npy23m3KHUw4BO78JzE3+NHkAOyJXGtMfs9V9Zayw8+ffp6eMp/vYqbRgccWpffHVHJN9Frntluc
ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	1	macos	W9knzRghf2jVBrfAzl4x20v5vyht1e5N	YmTp4s5ocvynlJHT47f44+tEhVH/alZ5hP+owylTC9YcWlGFlMmGDFKmGAjPSjCZd9z0rnYDxuqjUYjm5Mck3ZWQYWDFZ/OHOhMPNrjyc1i+/EW6dqrbei1RDI9ubDqmRRKn/ygQxbuqjm3FElzqMbwEEdq2tM16TlGIi8ulF3JyNdHu73p6aybAH992+7dbUQ5fwbElMee2EssUqXwxUXiwMV3fxcJRxKdBfYU8CfOIgn5fAnBMp+q2WZBOgFTCHcn497NE3PC5ig6dJPnbObpvh8PK3aHjve53HR3NiYPgjnFOxlEgob3u1rhEZ4JDzlWXuzC/+lrDiuIrDsT0aMXeWbdef1oYsu6ygn+rKGypLtm7OFjrE3Wf2aGUlO/eLDkxnlimWCHTNLvjKhHBdHBbdBylWwovWF16WA==
ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	1	windows	LKPKjOQA00eCF+FzfxMQv9DBo/pnFA1J	/0Uf8OdO0M8wLLHbNxIzG8Qlh2zHJD76LlYXsZql5up/QwH1OVDL6asgezJirA0iEsUJdmPubgbuKzVgiqhCj3zhZMI6xI2CVKbVhsMi
b2a21e49-2e53-481f-ba4d-00ff1afad892	1	linux	P0RJ1xPXLKqzFLOPflD3KG9hqDGNkgyP	eKbFNXp3cINHTqWxTUf27WAgp2LQH25fAgwiuoNj0M4KDRi0yDSTBNFZhOM/VMqI1c/YA6us9Lgn+La58FfEdqUbugcgU81Cd5/uN0RnHBRv8WnGDnflyLWivU8AVWNCwxbxWKYKGGauJVc06N6yu7RuIWORa77RM2bPEb1ueAGidV9NIBryRr91LvyZxvB3HBhE5oJ/pZHSfD5rp3PAad4O3qz/FRJLcNNa
b2a21e49-2e53-481f-ba4d-00ff1afad892	1	macos	HN68fDaXWhNoj3NBc3iZDcqZX3EOzX7Z	2JFz75nXJFWxqikcyXBomPAVKL9NINKFe2kHEMPIqO1EUPbt8o4g9dE8WaILZImh8ye0Th1kmPNw6yCVaxV6VqDHKmLyce/+YoN9LacF7c9eqOtTQ6fAa8eTOtJkPA8PHSSZqiqbD5J6xY7xI/LQPgJgpm46kTnNiFdUSl4+Y2qUEBN3LSGDtlZNeL0wmzX8mdK9FAhx+VqT77U169tr2o9ou3l7lotuvQwz/8paBluzSAtmkLcQBBQd53O1AsqVYnbxtv+uvbnxL4FxneFmsmE7gCl4WF7M2N1oUBA7WAKi5UjGknpiphUFipyS1eyl07OKFnST3vz8XAIYdQAxuoz9QV4fNVd3rV5Bd9XYlRXEqDhHRDFsRbZuvW2cKIOG3h+dpYT956ElNG5uNVyd17rgYr3Ory6eUJbU4A==
b2a21e49-2e53-481f-ba4d-00ff1afad892	1	windows	JquCQM0iGKUMhlrGr+RcB3PQuvYVbtw8	PkbDfUzWlBTNHoYvkL6IpUjJGgCQbqX4xkTFbRxkmwD9n6dN7f/UD+Uy00GSTKBfOEdh0QB4i185EvRH1NrmNSXgH+24w2Ut62OV182V
f23ae990-f12a-4730-822c-7928b3d60e98	1	linux	2dHFUTTpA+otZNttAxOykjz6V7a7aQJX	8c5Gr885Kcs9CuAhIesW8gqw2bHgHG3nhl1ooQJiVknLwvT8sHQS4SmWgmIy8KLI2BcacvqB/fVBZblYuuNARcWffkZ9zZN17yRFF5B9Eskbq4kBNJSYUYU4kYub1x/TrpgJMwrzYCRHDu7/NirKg1RmQEOjnZSCB4I4TTQW9f+pOfFF8rytc227jhmC7tupZ9+nPIsWY8Voa2rpBXiuWeJ76nPHi2vA9uWn
f23ae990-f12a-4730-822c-7928b3d60e98	1	macos	tSJEx1NJFQhXLa4RqTQzDeZ3I9oOWzds	GB2NggoHj1dAbMr/kDSTP+5uKrzhW1ok66EzqS9GnD5KIvMqeDOsMbIJXDTf/wvEB3vI7LNnIguMx4cltYY33iG5vAyI32cbaeUghyIZt2dLjEQe5JX4XkCvkih7C1ly0KWX7X4N5DwbJ9FlXcnmzkadqZEBi+QvHU/cvBkFi5Ja/0ExRHpYDhPpK93o/dv5ihP72rHZ+sM/2x41SpoBdm/47gA45EL0C8LLA7VmKGN1Mt7veH/N9VFYvvdSbj+tFj0xcQ5qCW6KSv7DEH0kupenOxfc1dmyFw9aQMkH5ahUhnM2C1qM6IjsW5F8q69NMMoP7xAmI2C/ygXaFgdkQbcLZn0QclzbFSffNu3ZzfhVgjjBMse3wbq4WVCLI8jMlobWpWrBolQqvDz3STh5MoN8riHGS20uEGkNhA==
f23ae990-f12a-4730-822c-7928b3d60e98	1	windows	Amqs9T4sLdPA5hWWRKctGVVZqUsbh0Au	Vgo8PrhU7xCQNbRUbbB45X7bTZgz3cBOeVg8JN1FnoMEyLunGt3mkwtzFDnv0fWUU5zKuRJvFyB+IveaZ72vRykl6HnOBF0sP76RvIXX
19d0b8b6-843f-4a23-9c15-7129c43ea89c	1	linux	pcIW+y/4GqFQb4NeF4jUFZj5TPecnBGE	MD0ECr9EqQa9LU3qoB7YF0Rf2cjxoX0ibBxZTDyuUcL+SIrwGyPjTrvFg97H9EzT7J+mnzIHbEHOqGJYgUlGbX4FdHMpq53oKcHf8IsLZV/PPte2Hg957+3AhuBTaIs0PeclMUwXzs3Tn94X5+btaIGIaBG5YpAwmtqScbDvIGH5gE23yiUca/VPY0mgIX5W/S0Wp+krso12+QhOlZuubGJavENHdF2psa3f
19d0b8b6-843f-4a23-9c15-7129c43ea89c	1	macos	4my4VZu3NEBcD9cbci2gs0rn8BJoLlGS	jCacavJfnlKQZoHiywlfoCI5+VI7zvMxKvhbzQsG1n3W46hVBP2lpYfSzxBJ1aFtq67sfrIzR6vmtBvjUgwHzAM7MNLO63ir3W8yQmJxEHPk8xlVojxHSMq1K57X8tycavfTNHyt/or2EDWFfiQqBjEa+BU2no6yYA68Yljm+J6X2Tw4gGLMOfkR5XLCe4NDoRZPwV9PEmQPrh0hRwJEbnIBpmqMobL99ORNFMCtJNRY30j9S2qiI0gvOYLDrr0eZbTTLH/rMab3zucyhid14ylBF8V9hJU3rBXH6TZuo8ZVekxHxdGa9N3pdeRPYOcQMbHlQ/VGwQ15/4USICOn52yvhSuy26Ual/zv8C63ixkq+eMXbKK3SGCWJvF1nHuRIl7eN7SKIbPXkR2irEhRFCOUWkIWGt2nwYT7Sg==
19d0b8b6-843f-4a23-9c15-7129c43ea89c	1	windows	Dgt/UOFrn1IJ2gm+SDTmArKd7oAPXQPA	6ifSSpsa6HguzudMFSU7dN49J+glZDa+OiRoAB64a1KAOb1xcJOV8Ym7D/PphdA6MpfMfr4rhTex+qmXvSVgkDUrNeDsXdnrNOF/fIdL
1a600ec3-3750-401b-b176-164ea9d1bf42	1	linux	iJS9iS8V1Boh94hXVdxDuAae5/ANFK7T	mbKxTvkLpLuA89/mYUTKe3DVW6rtO6/Pf4V1ngIldwKZaO9kYZjbrybKtZZu8zvYEnSopQTlZwiWUCk/OEEQ7G1TQ8trbMJunDx4AfxvyJGKtvIM+WrXn5hWA88s2pawcBizITkrjCgIMMHqxCbtJcpCuZRIX8rAGPanYIWzAv90G5/Z8khsj+FW3oxCE5uMvLSXnLzCfIFMGz0qM4in+471B3OcxMKIyomP
1a600ec3-3750-401b-b176-164ea9d1bf42	1	macos	79nPb/xRnBHPMfc8s7N7irunBmUuuv2N	0K6ityvyqNE1V38GjwiXu9PLWzJGr2znL+sjmU9X1568mo1H9/Vf4g0fZwnfSe2Jb7hLe8rUo0lll7L16oQbGNjlwVI08gjcDnpC1VzxKKFmdcpA9/kcECVu+YIfopc9mQDS/hrVCMOzZiaHM/ujG9XeQln3UCL2fnRoH/nortEnI0epwPKk1tPlnHiQRsPNXMsVgXJM5a/eBScjJjnntHgjKd/jJo0yQC3ALAcawSzMkgOIqc4LBrhtZBltaaunuH+iV8j/QUU/Wb0Iip8WmBqMVe9uOt4/Xi3Lq+gq9V+e44IjmpHMJwN1WUsLoaUI+RJOz2i7efRFBPWTb6FtCmfVvqew7S4yZup/DSlS1MQwNpCanjOy/6SO5r/+hJQBuwDuYIVshD0JmaoSgEkRcnemQG4cKCku5ZWCew==
1a600ec3-3750-401b-b176-164ea9d1bf42	1	windows	od3IsbL1MWDXI72GRkVCW3jxTQa+Q3TO	N9ky5ROKUS2qIDZsjjJ8GoIf83YwOZljQmp2/2gDcLQKEdy2NCZjxWUYgnPbW7KMtkJF1SsB9k/qtKCM6CxJTtm8rDtucghjJBWNZZ03
\.


--
-- Data for Name: orgs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orgs (id, name, settings, created_at, scim_users, next_uid, next_gid) FROM stdin;
2e259994-aff4-4c6b-a360-3a577e02abb9	default	{"password_policy":{"min_length":8,"require_uppercase":true,"require_lowercase":true,"require_digit":true,"require_symbol":false,"disallow_username":true,"max_age_days":null,"history_depth":0},"portal_attribute_edits":false,"portal_password_changes":true,"username_policy":"strict","unix_accounts":{"uid_min":200000,"uid_max":299999,"gid_min":300000,"gid_max":399999,"home_base":"/home","shell":"/bin/bash","take_over_local_accounts":true},"require_admin_mfa":true}	2026-12-04T10:12:04.413Z	25	200025	300002
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
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (prefix, hash, kind, org_id, subject, stage, address, created_at, seen_at, authed_at, pending) FROM stdin;
ds_sAimF3C1Q7Me	5b17a6538f9ed7fb40190ed09ff177ba555ce7a13429673df54ff7ab61570d4f	user	2e259994-aff4-4c6b-a360-3a577e02abb9	9086a15b-46ad-4de8-b2db-d8df1564c980	full	127.0.0.1	1796379224	1796379224	1796379224	\N
\.


--
-- Data for Name: signin_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signin_attempts (seq, org_id, at, kind, login, address, outcome, count) FROM stdin;
1	2e259994-aff4-4c6b-a360-3a577e02abb9	2026-12-04T10:13:44.302Z	user	pam-f512df64	127.0.0.1	ok	1
\.


--
-- Data for Name: signin_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signin_throttle (key, failures, last_at, locked_until) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (seq, id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at, pw_mac, uid, drift) FROM stdin;
4	78805f9c-0fe7-4b64-b52b-3e50fc2a4397	2e259994-aff4-4c6b-a360-3a577e02abb9	ana-b86caacd@example.com	ana-b86caacd@example.com	\N	ana-b86caacd	ana-b86caacd	ACTIVATED	1	1	{"userName":"ana-b86caacd@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"ana-b86caacd@example.com","emails":[{"value":"ana-b86caacd@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:13:05.636106165Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$yS4ujPOAxKhZgzWQ/xDYeA$Sl3kak9X41Qp3V8znjoLDpmfE1whx8XWwj3/QjZiq9Y	2	2026-12-04T10:12:44.214Z	2026-12-04T10:13:05.629Z	ecf432a5cb1d3f772bf4bae6c5c7e491c05f20e04fa30c543fab04ec1bddc6fa	200003	0
2	9b0887a6-7b0e-46b8-90f6-6f023c148ae9	2e259994-aff4-4c6b-a360-3a577e02abb9	kim-85094873@example.com	kim-85094873@example.com	\N	kim-85094873	kim-85094873	ACTIVATED	1	1	{"userName":"kim-85094873@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"kim-85094873@example.com","emails":[{"value":"kim-85094873@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:12:27.040461039Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$/8FlsCnXeLsogxvavf+IzA$6mOg+4aovdtcF6iMZga8c2ZUz5YwUoaSLnk+Wn740b0	2	2026-12-04T10:12:21.340Z	2026-12-04T10:12:27.038Z	4f7f9de020727461607f9bea5e3717bf15f7573ff1064e0db32e25c26e44c42c	200001	0
1	f5557e57-6c08-4531-b591-8bb3db11d466	2e259994-aff4-4c6b-a360-3a577e02abb9	jane-ad6ccd20@example.com	jane-ad6ccd20@example.com	\N	jane-ad6ccd20	jane-ad6ccd20	ACTIVATED	1	1	{"userName":"jane-ad6ccd20@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"jane-ad6ccd20@example.com","emails":[{"value":"jane-ad6ccd20@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:12:13.367779631Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Z2YQeP3CN77svYly0tc27g$VI1VG1Rw5AoYx7WHrFJaeJB3hYLGKeDgOZlJGxg9Nck	2	2026-12-04T10:12:07.343Z	2026-12-04T10:12:13.364Z	2a04f0797f1ccc2a313530a0952e15b3b506c371e9db7affa2b0dedb3411bbe3	200000	0
3	7e8fd2b0-a06e-4f68-898d-2ad30ba642e2	2e259994-aff4-4c6b-a360-3a577e02abb9	omar-824095ab@example.com	omar-824095ab@example.com	\N	omar-824095ab	omar-824095ab	ACTIVATED	1	1	{"userName":"omar-824095ab@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"omar-824095ab@example.com","emails":[{"value":"omar-824095ab@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:12:40.179551308Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$RdJuEMxHAgPFNCIfzCRFzg$HXUC2f1Ix5xmDA+ggzQkN9Wu+BqlqxLROCYynaZg7Zc	2	2026-12-04T10:12:33.603Z	2026-12-04T10:12:40.173Z	90ab1ca35c9cf499f3b130dabb915c834cd5e702574d9d5b4d7914c17ce629ca	200002	0
5	42b9532a-4774-45a9-93ce-1c10435ccc1d	2e259994-aff4-4c6b-a360-3a577e02abb9	li-1b13bc23@example.com	li-1b13bc23@example.com	\N	li-1b13bc23	li-1b13bc23	ACTIVATED	1	1	{"userName":"li-1b13bc23@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"li-1b13bc23@example.com","emails":[{"value":"li-1b13bc23@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:13:31.256958263Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$undsz52CiFnlW5hiTt/onQ$xgU1VnR4V//S0dA+sbSI1UDhhyKWTt/+jSq5uR4ggDQ	2	2026-12-04T10:13:21.663Z	2026-12-04T10:13:31.253Z	e3fbf6d1554e22fad52dffa861cafd64caf4f3fe04e88786005c33ab293f8c34	200004	0
6	f57acf72-b0d0-40c1-b62a-c28cf72eda9d	2e259994-aff4-4c6b-a360-3a577e02abb9	wes-a5a8bad1@example.com	wes-a5a8bad1@example.com	\N	wes-a5a8bad1	wes-a5a8bad1	ACTIVATED	1	1	{"userName":"wes-a5a8bad1@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"wes-a5a8bad1@example.com","emails":[{"value":"wes-a5a8bad1@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:13:38.425194382Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$9m7qKGwB/Bcg1iCQqAWjSg$gbq70UPIys1btIa8nyDgejFPYCU7RyPU9GC5cqTz8Eo	2	2026-12-04T10:13:36.303Z	2026-12-04T10:13:38.421Z	039b03711fb47c03100c331e6ef6cec23a1b78f28f31484456c537df02f42304	200005	0
15	be48c8e6-8bf8-42fe-9711-3172fbff805c	2e259994-aff4-4c6b-a360-3a577e02abb9	gff4abbc9-2@load.test	gff4abbc9-2@load.test	\N	gff4abbc9-2	gff4abbc9-2	ACTIVATED	1	1	{"userName":"gff4abbc9-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gff4abbc9-2@load.test","emails":[{"value":"gff4abbc9-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:07.627393382Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$SvG4MYIzNiHT7VLmIczduw$NPmsr4hKVn53yFZyJMA/7OemQR+9zBS0jE7lZVK2a3s	1	2026-12-04T10:14:07.626Z	2026-12-04T10:14:07.626Z	338fedcf4ecb63c2188b87f35b0e431155f05f7cd7608e6f93fe27d103c77da6	200012	0
7	2b20fb91-61f3-4bd3-a5fc-8f0f3d948f1e	2e259994-aff4-4c6b-a360-3a577e02abb9	lin-b97226d9@example.com	lin-b97226d9@example.com	\N	lin-b97226d9	lin-b97226d9	ACTIVATED	1	1	{"userName":"lin-b97226d9@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-b97226d9@example.com","emails":[{"value":"lin-b97226d9@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:13:41.870034774Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$3vnx/Ebc5DhLuraqcVWbqA$uzv8BbfPXC9iDOr9JBlwOLhOe3aM5ktpJGsshJ8L+sI	3	2026-12-04T10:13:40.116Z	2026-12-04T10:13:42.024Z	d7adb644ddfa2e89f1e1978f0ef2dda45635aca98cdf5d871577ef6ef6f2c734	200006	0
8	9086a15b-46ad-4de8-b2db-d8df1564c980	2e259994-aff4-4c6b-a360-3a577e02abb9	pam-f512df64@example.com	pam-f512df64@example.com	\N	pam-f512df64	pam-f512df64	ACTIVATED	1	1	{"userName":"pam-f512df64@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"pam-f512df64@example.com","emails":[{"value":"pam-f512df64@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":3,"source":"okta","changed_at":"2026-12-04T10:13:47.638973637Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$OFtSRp/Pq85YAoBR2twxNA$nvcvZ1ojLw/IRa+wIeodXzbuAUAJ1G/yYoNXyPHYpTo	2	2026-12-04T10:13:43.505Z	2026-12-04T10:13:47.636Z	348837fe96144e36d4d24f61879790903d25e11ff1bec657d422970f1c7b1d0e	200007	0
11	3b1f2af3-fecb-4258-b1ba-e2a47815ba7c	2e259994-aff4-4c6b-a360-3a577e02abb9	gff4abbc9-1@load.test	gff4abbc9-1@load.test	\N	gff4abbc9-1	gff4abbc9-1	ACTIVATED	1	1	{"userName":"gff4abbc9-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gff4abbc9-1@load.test","emails":[{"value":"gff4abbc9-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:04.844087360Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$AHfTNzFZNZi5GiOFea0oZA$eyjPcH4Y3wpNV1vJ+hbkuXlprc0NM0gbws8G7JKM66I	1	2026-12-04T10:14:04.843Z	2026-12-04T10:14:04.843Z	36cda76009e27ab0352b78e20726b416fcc2461ccc2fb69b07464933d9a7cf62	200011	0
16	d0387aa6-b8bb-4c75-910a-07daede82b50	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-7@load.test	bf44d954-7@load.test	\N	bf44d954-7	bf44d954-7	ACTIVATED	1	1	{"userName":"bf44d954-7@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-7@load.test","emails":[{"value":"bf44d954-7@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:10.057961358Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$vcMm0p0VJGfFFRaCSMnOig$J5nmhJmonfm2TPwynq3kcYEApX1dwZNzExoot+RnH/U	1	2026-12-04T10:14:10.057Z	2026-12-04T10:14:10.057Z	21590f891249b5d2921d389537b75430f3e42cb4359d56cedd90d8e82456596a	200021	0
9	5acf5d49-a1fb-41da-a4ad-04e34d76c784	2e259994-aff4-4c6b-a360-3a577e02abb9	sue-215085f@example.com	sue-215085f@example.com	\N	sue-215085f	sue-215085f	ACTIVATED	1	1	{"userName":"sue-215085f@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"sue-215085f@example.com","emails":[{"value":"sue-215085f@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-04T10:13:50.574247122Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$DjG2HXNK1yfbvetkHgt05w$Q7KegjGHYIQh3g8knRXx07eVH2gK0dlRE1dCb849Jss	4	2026-12-04T10:13:49.119Z	2026-12-04T10:13:50.600Z	39695b9de74f6db5dbf07ba6d872d29a274df2be62d8bcf480321fd4ac23ce4c	200008	0
22	b0d11fbd-6714-4c34-af9c-55c23f55ad86	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-1@load.test	bf44d954-1@load.test	\N	bf44d954-1	bf44d954-1	ACTIVATED	1	1	{"userName":"bf44d954-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-1@load.test","emails":[{"value":"bf44d954-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:14.454159229Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$JiEuX2i7ahb8JcZJw5RJxA$HMcFYIzohi2rfNSOn3gJuOckpOIcLPwcXyZLXNBsgEI	1	2026-12-04T10:14:14.451Z	2026-12-04T10:14:14.451Z	e1e834a6201535423d8a524a92c12bb291ab368042971e1fcc1fc047d8913c78	200019	0
12	cc766dcc-189c-4568-8a9a-d5611156e990	2e259994-aff4-4c6b-a360-3a577e02abb9	gff4abbc9-3@load.test	gff4abbc9-3@load.test	\N	gff4abbc9-3	gff4abbc9-3	ACTIVATED	1	1	{"userName":"gff4abbc9-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gff4abbc9-3@load.test","emails":[{"value":"gff4abbc9-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:05.007656483Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$+fp22iyQXNAdnMYw/TcaMg$69HggTMojKUiMEDUbmUdhriJRyWwj+P1jjG2tadhc+w	1	2026-12-04T10:14:05.006Z	2026-12-04T10:14:05.006Z	b717b210a4d9a17fe96f6145a2779dbd20e35382edced40b350b5e04e7293a72	200013	0
21	b2a21e49-2e53-481f-ba4d-00ff1afad892	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-2@load.test	bf44d954-2@load.test	\N	bf44d954-2	bf44d954-2	ACTIVATED	1	1	{"userName":"bf44d954-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-2@load.test","emails":[{"value":"bf44d954-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:12.970545281Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$/I3RzTSSwG6YL8wBi64S6w$51/AKLJ3XwDd2wNBsapzL8r5X3xRwOYzMcqI41k6+iI	1	2026-12-04T10:14:12.966Z	2026-12-04T10:14:12.966Z	646975e81070b566be54546bf927c89078d8e7e798d9f90763467175811db5a8	200020	0
13	35839e78-0c25-4ee8-9265-cdb794454ec8	2e259994-aff4-4c6b-a360-3a577e02abb9	gff4abbc9-4@load.test	gff4abbc9-4@load.test	\N	gff4abbc9-4	gff4abbc9-4	ACTIVATED	1	1	{"userName":"gff4abbc9-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gff4abbc9-4@load.test","emails":[{"value":"gff4abbc9-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:06.209800241Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$L4c4Bsp8H/xbGY0io6df+w$zJg2QP1FunxdtPDC+nliGD/08DBAC3vxYFm05HzP/T8	1	2026-12-04T10:14:06.204Z	2026-12-04T10:14:06.204Z	aa3537057a83b6a370e9fb1ce798fe325935e093d48c2f6afe64f9d893596f8d	200010	0
10	9fa11b28-20d3-4d92-9675-ad15832ffddc	2e259994-aff4-4c6b-a360-3a577e02abb9	tri-f7269fa5@example.com	tri-f7269fa5@example.com	\N	tri-f7269fa5	tri-f7269fa5	ACTIVATED	1	1	{"userName":"tri-f7269fa5@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"tri-f7269fa5@example.com","emails":[{"value":"tri-f7269fa5@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":4,"source":"okta","changed_at":"2026-12-04T10:13:59.632256198Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$qHlV4m4jA7BMTfT8daR1dg$EbEpdAGjh3RobWFuiB/Hvz7GWp33m3dSodbPmNr9Z/s	4	2026-12-04T10:13:52.051Z	2026-12-04T10:13:59.630Z	7611db5aebb0a6d7661d64ddb7e3bf69069fa89007a40ce64c060a8914f1798e	200009	0
17	e95b115c-dd05-4ef9-b547-d60238b3ffbd	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-5@load.test	bf44d954-5@load.test	\N	bf44d954-5	bf44d954-5	ACTIVATED	1	1	{"userName":"bf44d954-5@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-5@load.test","emails":[{"value":"bf44d954-5@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:10.114945952Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Nsk8eGXNfaJgX6yAF6aZUQ$PjGHRt2CJKKuN9Xiq9YcmPmrAzLVH/Ey3gR9eu4V8vg	1	2026-12-04T10:14:10.110Z	2026-12-04T10:14:10.110Z	1647ff3f0541bd856d435980defa3314193aec71e78b77cd771fc39d595ef6b8	200022	0
14	f388de2a-1015-4154-9fc4-b05a6e6aad59	2e259994-aff4-4c6b-a360-3a577e02abb9	gff4abbc9-0@load.test	gff4abbc9-0@load.test	\N	gff4abbc9-0	gff4abbc9-0	ACTIVATED	1	1	{"userName":"gff4abbc9-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gff4abbc9-0@load.test","emails":[{"value":"gff4abbc9-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:06.444440107Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$gu1s/VzvC2h1BVHSK+3BuQ$Vmxfw7eMlUSqBPl/n4ccPpLvox6RJVL+tHvaF+6J8HQ	1	2026-12-04T10:14:06.440Z	2026-12-04T10:14:06.440Z	64533454dbbc922fa10c863b69b4978b7b5deb5e774dc35c6e14668e2679ee40	200014	0
18	8629ba34-6c2c-4b7e-9d93-b2fb4856eddb	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-4@load.test	bf44d954-4@load.test	\N	bf44d954-4	bf44d954-4	ACTIVATED	1	1	{"userName":"bf44d954-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-4@load.test","emails":[{"value":"bf44d954-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:11.499038942Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$ql2C653gKgGWy/FJtJpi5w$0u6yRuIko2p9KTo8iDrMLnrIwWDEwxBnw6y58uReyLc	1	2026-12-04T10:14:11.498Z	2026-12-04T10:14:11.498Z	d70dc4f1af6eda8d16b3d530c46ddefd86b2d3d1a5825d5fc7b6d757c01abe4d	200017	0
19	ec3a5064-b208-4f06-a623-f27b6f53c677	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-3@load.test	bf44d954-3@load.test	\N	bf44d954-3	bf44d954-3	ACTIVATED	1	1	{"userName":"bf44d954-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-3@load.test","emails":[{"value":"bf44d954-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:11.570589679Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$HA7sFJ/RfSzYc/P/GSZpnw$xNpfRnYm6jGnLvPiNRiMxhPwRWDhf3vI43LHrMj5gYk	1	2026-12-04T10:14:11.569Z	2026-12-04T10:14:11.569Z	b6423414acde7a35429db559fad88773a61dced09ac68b0dad009174051b352c	200023	0
24	19d0b8b6-843f-4a23-9c15-7129c43ea89c	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-6@load.test	bf44d954-6@load.test	\N	bf44d954-6	bf44d954-6	ACTIVATED	1	1	{"userName":"bf44d954-6@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-6@load.test","emails":[{"value":"bf44d954-6@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:16.567250052Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$SIqAI+ff9WxNk34eIO9Mtw$dAXJExbJN0j5N8reFaObREvLzUVQ+J1RM3qTaOJ7rOw	1	2026-12-04T10:14:16.564Z	2026-12-04T10:14:16.564Z	e8f299363ad5d3727516121b1d8305954b4e6e9199cfa23b0f9cad4de796feeb	200015	0
25	1a600ec3-3750-401b-b176-164ea9d1bf42	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-9@load.test	bf44d954-9@load.test	\N	bf44d954-9	bf44d954-9	ACTIVATED	1	1	{"userName":"bf44d954-9@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-9@load.test","emails":[{"value":"bf44d954-9@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:17.060804444Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$jt4MUOlfZG4cxy0WfCy80g$1kOUGuUplxBPNriiYCIbHC7HUvGq2QTXuEqLq8k6rEY	1	2026-12-04T10:14:17.059Z	2026-12-04T10:14:17.059Z	0cd24f1f08e3ab263069a45eb89577305e87712a5fd838bca9930b43963ce251	200016	0
20	ada3f43a-b4b8-4ba7-94ce-ae9426c37e94	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-8@load.test	bf44d954-8@load.test	\N	bf44d954-8	bf44d954-8	ACTIVATED	1	1	{"userName":"bf44d954-8@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-8@load.test","emails":[{"value":"bf44d954-8@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:12.947593781Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$id3UXaQClVDt2raEb5U9Vw$vwd34zDn3KLuGoS/1wJ5I7A+1cS+bao3nSQHHEf1nVk	1	2026-12-04T10:14:12.946Z	2026-12-04T10:14:12.946Z	98e5204fcc39df68c4ae354b2f4dbc568b68d27cfbbe95ed22b508d6008ea9b2	200018	0
23	f23ae990-f12a-4730-822c-7928b3d60e98	2e259994-aff4-4c6b-a360-3a577e02abb9	bf44d954-0@load.test	bf44d954-0@load.test	\N	bf44d954-0	bf44d954-0	ACTIVATED	1	1	{"userName":"bf44d954-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"bf44d954-0@load.test","emails":[{"value":"bf44d954-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-04T10:14:14.928801135Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$AfDD5xd7hLjlNO6BjrJZEQ$3t8BxS3LOv/4zLaJMQ0JCa4Xy+SEd1bPf/vxcBC0ee4	1	2026-12-04T10:14:14.923Z	2026-12-04T10:14:14.923Z	be4bb06911235152d2c270c7dc7732393543fe57befa7e9efabbc5fc97f9556d	200024	0
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
-- Name: users_org_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org_state ON public.users USING btree (org_id, state);


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
-- PostgreSQL database dump complete
--

\unrestrict RKeJV6gvWBfMW75lQaT0pNyAbaBdD6cDBbAxnrSltQNYOdgIQidWA6fEsathVcP

