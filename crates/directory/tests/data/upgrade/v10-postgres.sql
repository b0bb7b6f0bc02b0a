--
-- PostgreSQL database dump
--

\restrict 8Ie4SKPFmVxki2lvbQRey9paB41i9j8zq3qyBYx7jmzBDA3gO9fO1YoLQMkK5gz

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
-- Name: device_seqs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_seqs (
    device_id text NOT NULL,
    value bigint NOT NULL
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
18106b1f-b4eb-48c2-a390-2e7fd1a9b0d7	865bd293-abee-49dc-9bbc-6ba6c4836052	admin@localhost	tenant	2026-12-05T21:36:24.498Z	\N	admin	0	1	\N	\N	\N	0
\.


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_keys (admin_id, prefix, hash, created_at) FROM stdin;
18106b1f-b4eb-48c2-a390-2e7fd1a9b0d7	dk_8o1BOaORNTKT	ad43261380c917d39c0551a3f817e17194f236820603b264bf289bc1dcb3c80a	2026-12-05T21:36:24.500Z
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (seq, org_id, at, actor, action, target, outcome, detail, request_id) FROM stdin;
1	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.496Z	operator	admin.create_org	\N	ok	{"name":"default"}	\N
2	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.498Z	operator	admin.create_admin	18106b1f-b4eb-48c2-a390-2e7fd1a9b0d7	ok	{"email":"admin@localhost","kind":"tenant"}	\N
3	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.500Z	admin:admin@localhost	admin.rotate_api_key	18106b1f-b4eb-48c2-a390-2e7fd1a9b0d7	ok	{"previous_key":"none"}	\N
4	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.588Z	okta	scim.create_user	028f74ef-290d-4cc4-b029-95982811fd48	ok	{"userName":"jane-18f05ba1@example.com","username":"jane-18f05ba1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane-18f05ba1@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"jane-18f05ba1@example.com","type":"work"}],"displayName":"jane-18f05ba1@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	ecce2bf985eb417aa0fee85cfd4bc9b7
5	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.594Z	admin:admin@localhost	device.enrolment_token	et_XlR2KXtEI6sp	ok	{"expires_at":"2026-12-05T22:36:24.591Z"}	2508178ab0bd45ffa3c9d5a19137945e
6	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.597Z	token:et_XlR2KXtEI6sp	device.enroll	45fa0092-a894-4b21-af00-2cc9973c3ced	ok	{"name":"mac-18f05ba1","platform":"macos"}	c47cb5f176414ffc9e61f38154e0be56
7	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.634Z	admin	device.bind	028f74ef-290d-4cc4-b029-95982811fd48	ok	{"device":"45fa0092-a894-4b21-af00-2cc9973c3ced","uid":200000}	d1bebba73cc2411591cd1d1a95ef239a
8	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.637Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.agent	45fa0092-a894-4b21-af00-2cc9973c3ced	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
9	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.647Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	6961f519e1424ce4a873381585d61bb1
10	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.648Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	e4de5c1d07904255afc0aac5b8ce4a11
11	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.687Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.report	028f74ef-290d-4cc4-b029-95982811fd48	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"45fa0092-a894-4b21-af00-2cc9973c3ced"}]}	594ef55c2b5547f8850793bbf7ba33e7
12	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.743Z	okta	scim.patch_user	028f74ef-290d-4cc4-b029-95982811fd48	ok	{"userName":"jane-18f05ba1@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	528bf0f696c543749bcb5f80c357d3b3
13	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.758Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	331b611b278f40d58c8e8a9aa7d70d62
14	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.760Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	53219b8caa9c4edbad1be4e730b83e7e
15	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.802Z	device:45fa0092-a894-4b21-af00-2cc9973c3ced	device.report	028f74ef-290d-4cc4-b029-95982811fd48	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"45fa0092-a894-4b21-af00-2cc9973c3ced"}]}	72e426335d094b0093eedcaec44fac4d
16	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.961Z	okta	scim.create_user	f823f387-d7e4-4ae4-9537-98cea6603f7a	ok	{"userName":"kim-d166e0bc@example.com","username":"kim-d166e0bc","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kim-d166e0bc@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"kim-d166e0bc@example.com","type":"work"}],"displayName":"kim-d166e0bc@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	cc1cc6de902d47fa8cae3116ec09cdb2
17	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.963Z	admin:admin@localhost	device.enrolment_token	et_rnEXKMGQJGv1	ok	{"expires_at":"2026-12-05T22:36:24.963Z"}	3277a189438b4de3a47d703432535adc
18	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:24.965Z	token:et_rnEXKMGQJGv1	device.enroll	5136be6a-36ca-4ca9-ac7c-d96336884e3b	ok	{"name":"mac-d166e0bc","platform":"macos"}	7896def6712c480c8e77da871a658a73
19	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.011Z	admin	device.bind	f823f387-d7e4-4ae4-9537-98cea6603f7a	ok	{"device":"5136be6a-36ca-4ca9-ac7c-d96336884e3b","uid":200001}	c4fa809f361840718e8fedfe14e22c7a
20	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.014Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.agent	5136be6a-36ca-4ca9-ac7c-d96336884e3b	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
21	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.021Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	339a20b1a29a46508a8b697b0b4692b6
22	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.022Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	223ca6962155496cbcd46af213aeb1c7
23	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.057Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.report	f823f387-d7e4-4ae4-9537-98cea6603f7a	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"5136be6a-36ca-4ca9-ac7c-d96336884e3b"}]}	258a3cbf26564ae594ddccc64804378d
26	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.115Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	3dd5af3b232c43d9890deff3324113d8
24	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.104Z	okta	scim.patch_user	f823f387-d7e4-4ae4-9537-98cea6603f7a	ok	{"userName":"kim-d166e0bc@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	e4507896c35d4cdc9c2a61580bd9b1f7
25	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.114Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	4faac4f99104425b9b373f9d40ebec25
28	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.224Z	okta	scim.create_user	c195e681-3e5e-42de-9e0a-f9962aa306da	ok	{"userName":"omar-ed806021@example.com","username":"omar-ed806021","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"omar-ed806021@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"omar-ed806021@example.com","type":"work"}],"displayName":"omar-ed806021@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	0e00c0e415b24fbaafc0c93e52d50d73
32	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.259Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.agent	b3b33724-ba17-44f7-abd8-d50386cffea6	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
34	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.265Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	8a3b7dbf4e0b48a3b146a7c38e0476d9
41	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.432Z	admin:admin@localhost	device.enrolment_token	et_9Bnp5KYJ4TUL	ok	{"expires_at":"2026-12-05T22:36:25.432Z"}	27d32c0846de4a39bf7afbd7eb1dc97f
49	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.496Z	token:et_uG8DfvAFbTGT	device.enroll	58a7c049-6a4d-4d6e-bee8-bd742a318e81	ok	{"name":"mac-second-9f877b77","platform":"macos"}	232f486d0b9a43beb51ceaf3c814f696
50	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.522Z	admin	device.bind	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"device":"58a7c049-6a4d-4d6e-bee8-bd742a318e81","uid":200003}	7e595387aa6f4cea805fef48e82cd2ab
54	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.555Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.report	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"58a7c049-6a4d-4d6e-bee8-bd742a318e81"}]}	3dabd9628b5c49bc8f3e71bb2b12cc58
55	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.603Z	okta	scim.patch_user	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"userName":"ana-9f877b77@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	05bd4fad77a54333bfe763c4798ee182
56	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.610Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	0637519156c04df8a29a0b4af2e510b3
60	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.648Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.report	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"4bc99000-b698-4ab2-820b-04f839ba92ca"}]}	c1585e6c46f643ee92ff2147610a74c5
61	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.676Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.report	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"58a7c049-6a4d-4d6e-bee8-bd742a318e81"}]}	40e10f5910164038bd0417a6ae967af1
69	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.802Z	device:293282ce-23c4-4e64-a559-e10204177778	device.report	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"293282ce-23c4-4e64-a559-e10204177778"}]}	24d88b5220f24d2ba218449c9b1ccaac
73	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.832Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.agent	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
75	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.837Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	b1e2718fe6bc4339bc8d85cac58e3da7
80	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.943Z	device:293282ce-23c4-4e64-a559-e10204177778	device.report	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"293282ce-23c4-4e64-a559-e10204177778"}]}	3db8584af5ea4464bba943a1ac2768ab
82	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.953Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	38f666c33f2747c899f6893b90d4d58d
86	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.051Z	token:et_3g2IiKXJP9ss	device.enroll	88c9699d-4735-4888-8c60-7a522963ed15	ok	{"name":"pc-a548cad","platform":"windows"}	87dee3d221194d42a477c6853dc84a5a
87	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.053Z	admin	device.bind	b1a77d30-5ce4-403d-9b21-de5495606e6b	ok	{"device":"88c9699d-4735-4888-8c60-7a522963ed15","uid":200005}	44b55eae55cf4ca7a4f5c04613f0433d
93	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.115Z	device:88c9699d-4735-4888-8c60-7a522963ed15	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	af2d3431fb3e4f63b06220c37e4b80e7
103	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.247Z	device:dd86179c-5cb0-4fcb-a34a-a6012400a650	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	594ad12bed4c450f91ff45247b5b0c25
106	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.314Z	admin:admin@localhost	device.enrolment_token	et_s7fjr48Xvear	ok	{"expires_at":"2026-12-05T22:36:26.314Z"}	2846373ef0234fc8aefcfd10e8323b84
120	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.547Z	token:et_fZGkbF6qyB20	device.enroll	c215f7c1-d739-4e4e-95f7-6b7d28a56850	ok	{"name":"laptop-e8ffd728","platform":"linux"}	5e28e75b923c4aee8eda3f232613d137
27	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.152Z	device:5136be6a-36ca-4ca9-ac7c-d96336884e3b	device.report	f823f387-d7e4-4ae4-9537-98cea6603f7a	keychain_reset	{"version":2,"event":{"event":"confirmed","previous_password_ok":false},"effects":[{"completed":2,"device":"5136be6a-36ca-4ca9-ac7c-d96336884e3b"},{"keychain_reset":"5136be6a-36ca-4ca9-ac7c-d96336884e3b"}]}	6a80d1c9ca4f4108b4d95243eec4186f
39	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.376Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.report	c195e681-3e5e-42de-9e0a-f9962aa306da	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"b3b33724-ba17-44f7-abd8-d50386cffea6"}]}	f65e8eba60ed443389779731f62bbd21
45	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.467Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	1896191dfc6b42e3801f227627beed41
57	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.611Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	4aa26677b7ba490da846f91d22ee8129
58	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.617Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	fc2e2acc91bb4eec88dc10a67c5206ea
62	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.733Z	okta	scim.create_user	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"userName":"li-289b9de1@example.com","username":"li-289b9de1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"li-289b9de1@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"li-289b9de1@example.com","type":"work"}],"displayName":"li-289b9de1@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	7d9abe95349f4b67a2e65ca4a15259fa
66	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.771Z	device:293282ce-23c4-4e64-a559-e10204177778	device.agent	293282ce-23c4-4e64-a559-e10204177778	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
68	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.777Z	device:293282ce-23c4-4e64-a559-e10204177778	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	3b59d939fe0e42e7bba134715df382ee
70	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.804Z	admin:admin@localhost	device.enrolment_token	et_5jDXJLIdgJDq	ok	{"expires_at":"2026-12-05T22:36:25.803Z"}	ec7a14c588144dc0852c992d65e617c5
74	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.836Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	84f8f3a5a3984118be1d9dde5dd9abe9
78	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.917Z	device:293282ce-23c4-4e64-a559-e10204177778	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	be1c135247e645abb2f9fd2a605202a1
81	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.952Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	ba116e246c5f442d8787e86ade9d9cf4
84	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.048Z	okta	scim.create_user	b1a77d30-5ce4-403d-9b21-de5495606e6b	ok	{"userName":"wes-a548cad@example.com","username":"wes-a548cad","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"wes-a548cad@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"wes-a548cad@example.com","type":"work"}],"displayName":"wes-a548cad@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	876228af7b564c50833ba7b911059a34
89	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.059Z	device:88c9699d-4735-4888-8c60-7a522963ed15	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"88c9699d-4735-4888-8c60-7a522963ed15"}]}	7fa7de830e6c4af69dc7f130159f35a2
94	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.170Z	okta	scim.create_user	0c1f1034-a932-4522-afd3-58b816b105b0	ok	{"userName":"lin-d2a44bcc@example.com","username":"lin-d2a44bcc","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lin-d2a44bcc@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"lin-d2a44bcc@example.com","type":"work"}],"displayName":"lin-d2a44bcc@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	9a24a1937c194941a70764d2785885fe
98	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.180Z	device:dd86179c-5cb0-4fcb-a34a-a6012400a650	device.agent	dd86179c-5cb0-4fcb-a34a-a6012400a650	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
100	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.186Z	device:dd86179c-5cb0-4fcb-a34a-a6012400a650	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	119cab14554b46539b4760932d4e17b0
107	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.316Z	token:et_s7fjr48Xvear	device.enroll	7d74e720-f47b-4da3-8a53-7dc4d41f7225	ok	{"name":"laptop-73225d36","platform":"linux"}	e47956bc00d342efb2ac279b36b09a01
108	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.320Z	admin	device.bind	7c322e78-0701-4210-a854-69b46106f24e	ok	{"device":"7d74e720-f47b-4da3-8a53-7dc4d41f7225","uid":200007}	0b45460bb20e4899ac691df6b55ff609
131	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.680Z	admin:admin@localhost	device.enrolment_token	et_11sgfgDOkL5i	ok	{"expires_at":"2026-12-05T22:36:26.680Z"}	361049190b1246f8aac5f7fc52760832
134	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.716Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.agent	e0fb8e81-0d2a-4cdd-963f-a5c533045300	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
136	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.720Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	fcdd9d559c1848f88ce16ffaddccde3f
29	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.226Z	admin:admin@localhost	device.enrolment_token	et_ftFtjw1S5bnD	ok	{"expires_at":"2026-12-05T22:36:25.226Z"}	1c4423cd4cc346b083fd4ffe49120b89
33	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.264Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	b268a5d58dd8432fa25756f2959635c6
38	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.349Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	f3b4e93b7f6c4105943d7209013e0944
42	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.434Z	token:et_9Bnp5KYJ4TUL	device.enroll	4bc99000-b698-4ab2-820b-04f839ba92ca	ok	{"name":"mac-primary-9f877b77","platform":"macos"}	b4f7c1aee23d45e8a76bfe25d8d1f48a
43	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.460Z	admin	device.bind	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"device":"4bc99000-b698-4ab2-820b-04f839ba92ca","uid":200003}	565b5a92aaf347229d432b0a8a4a57a4
47	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.493Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.report	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"4bc99000-b698-4ab2-820b-04f839ba92ca"}]}	6faf0d207fc74d88b795542869df4f88
51	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.524Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.agent	58a7c049-6a4d-4d6e-bee8-bd742a318e81	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
53	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.530Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	ce755bdc6f624f67b127de4bb662da73
59	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.618Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	80bbd96242944974a8e8defc5536b178
64	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.737Z	token:et_WGpX3ZIBNRfS	device.enroll	293282ce-23c4-4e64-a559-e10204177778	ok	{"name":"mac-online-289b9de1","platform":"macos"}	aaea1331ef1e4744ac10aa5d566b20cf
65	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.769Z	admin	device.bind	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"device":"293282ce-23c4-4e64-a559-e10204177778","uid":200004}	e05b069f62574ac2a9bb81dbf13e24b1
71	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.805Z	token:et_5jDXJLIdgJDq	device.enroll	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	ok	{"name":"mac-offline-289b9de1","platform":"macos"}	ab0bc7d948c443ccacad7d9178f5a5ed
72	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.830Z	admin	device.bind	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"device":"a17d14e8-7c7b-40a7-ab79-2dee328a68c3","uid":200004}	a95b88cfd19741e4a81dba5278f0cc90
76	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.862Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.report	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"a17d14e8-7c7b-40a7-ab79-2dee328a68c3"}]}	fdfb17560a1e4fdbb371f8a84cee678e
77	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.909Z	okta	scim.patch_user	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"userName":"li-289b9de1@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":2}]}	dd75a6515ada4025bf9ae249b1134e0d
83	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.988Z	device:a17d14e8-7c7b-40a7-ab79-2dee328a68c3	device.report	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	ok	{"version":2,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":2,"device":"a17d14e8-7c7b-40a7-ab79-2dee328a68c3"}]}	7360a2b4d12c4dacbf931477b133ebb6
92	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.114Z	device:88c9699d-4735-4888-8c60-7a522963ed15	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"88c9699d-4735-4888-8c60-7a522963ed15"}]}	dc5c9ba3a7354fc0b740314072e071b3
96	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.174Z	token:et_LCXiuTD2lP2a	device.enroll	dd86179c-5cb0-4fcb-a34a-a6012400a650	ok	{"name":"laptop-d2a44bcc","platform":"linux"}	b3089057da424e4a94af8627c814ccf6
97	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.178Z	admin	device.bind	0c1f1034-a932-4522-afd3-58b816b105b0	ok	{"device":"dd86179c-5cb0-4fcb-a34a-a6012400a650","uid":200006}	b21034f89549489992f33b239e2b96f5
101	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.240Z	okta	scim.replace_user	0c1f1034-a932-4522-afd3-58b816b105b0	ok	{"userName":"lin-d2a44bcc@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"userName":"lin-d2a44bcc@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-d2a44bcc@example.com","emails":[{"value":"lin-d2a44bcc@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true,"id":"0c1f1034-a932-4522-afd3-58b816b105b0","meta":{"resourceType":"User","created":"2026-12-05T21:36:26.169Z","lastModified":"2026-12-05T21:36:26.169Z","location":"http://127.0.0.1:34361/scim/v2/Users/0c1f1034-a932-4522-afd3-58b816b105b0","version":"W/\\"1\\""},"password":"********"},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	a8ce6c8296dd4e02bef4cb504bcaa8a2
102	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.246Z	device:dd86179c-5cb0-4fcb-a34a-a6012400a650	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"dd86179c-5cb0-4fcb-a34a-a6012400a650"}]}	244d749f81e54af4a07453a849a056a3
104	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.252Z	okta	scim.patch_user	0c1f1034-a932-4522-afd3-58b816b105b0	ok	{"userName":"lin-d2a44bcc@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"unchanged","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]}}	266447a0756a43c2b4fbcd2c2f9a390d
117	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.489Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	16b70090a13a4c99a7fd8c08ed4270f3
30	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.228Z	token:et_ftFtjw1S5bnD	device.enroll	b3b33724-ba17-44f7-abd8-d50386cffea6	ok	{"name":"mac-ed806021","platform":"macos"}	536ed3a16e91494791496cf1bcca86e1
31	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.257Z	admin	device.bind	c195e681-3e5e-42de-9e0a-f9962aa306da	ok	{"device":"b3b33724-ba17-44f7-abd8-d50386cffea6","uid":200002}	821f37ea43ac4b229e07cc074a3c0137
35	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.291Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.report	c195e681-3e5e-42de-9e0a-f9962aa306da	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"b3b33724-ba17-44f7-abd8-d50386cffea6"}]}	2e5b62eacdc94e94aeeeebc4cd985bbe
36	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.339Z	okta	scim.patch_user	c195e681-3e5e-42de-9e0a-f9962aa306da	ok	{"userName":"omar-ed806021@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	f44200eb9f1046798070351107e9ad32
37	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.348Z	device:b3b33724-ba17-44f7-abd8-d50386cffea6	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	41c2cf63d7b34063a6c7dc8cdad80327
40	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.429Z	okta	scim.create_user	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	ok	{"userName":"ana-9f877b77@example.com","username":"ana-9f877b77","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ana-9f877b77@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"ana-9f877b77@example.com","type":"work"}],"displayName":"ana-9f877b77@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	06fb3144d73c4fe98ee809f907acc18f
44	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.462Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.agent	4bc99000-b698-4ab2-820b-04f839ba92ca	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
46	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.468Z	device:4bc99000-b698-4ab2-820b-04f839ba92ca	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	afbf97bb169845839acf68b6ae80ce88
48	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.495Z	admin:admin@localhost	device.enrolment_token	et_uG8DfvAFbTGT	ok	{"expires_at":"2026-12-05T22:36:25.495Z"}	728fe182999a4d5ea361fd883baf4350
52	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.529Z	device:58a7c049-6a4d-4d6e-bee8-bd742a318e81	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	684f017921854ec08ad5b4ac98c96d70
63	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.735Z	admin:admin@localhost	device.enrolment_token	et_WGpX3ZIBNRfS	ok	{"expires_at":"2026-12-05T22:36:25.735Z"}	462a991acbb44b43abfe83b3dedab99d
67	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.776Z	device:293282ce-23c4-4e64-a559-e10204177778	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	841dbd4a663e4f8e87134f859969a4af
79	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:25.918Z	device:293282ce-23c4-4e64-a559-e10204177778	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	e1f97331eb404a41910933aa0b6c7f28
85	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.050Z	admin:admin@localhost	device.enrolment_token	et_3g2IiKXJP9ss	ok	{"expires_at":"2026-12-05T22:36:26.050Z"}	e469542113df48cbbe94cfdcb260eb61
88	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.055Z	device:88c9699d-4735-4888-8c60-7a522963ed15	device.agent	88c9699d-4735-4888-8c60-7a522963ed15	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
90	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.060Z	device:88c9699d-4735-4888-8c60-7a522963ed15	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	4fa2c8e0cc39456781beff20787f78e0
91	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.106Z	okta	scim.patch_user	b1a77d30-5ce4-403d-9b21-de5495606e6b	ok	{"userName":"wes-a548cad@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","path":"password","value":"********"}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	cd708f91a49b495d9f88292b4112afb5
95	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.173Z	admin:admin@localhost	device.enrolment_token	et_LCXiuTD2lP2a	ok	{"expires_at":"2026-12-05T22:36:26.172Z"}	89cfac12764743e6a0da866c61cefe4c
99	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.185Z	device:dd86179c-5cb0-4fcb-a34a-a6012400a650	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"dd86179c-5cb0-4fcb-a34a-a6012400a650"}]}	eb095e94f937406d8852fc59cdd661ac
105	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.312Z	okta	scim.create_user	7c322e78-0701-4210-a854-69b46106f24e	ok	{"userName":"pam-73225d36@example.com","username":"pam-73225d36","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pam-73225d36@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"pam-73225d36@example.com","type":"work"}],"displayName":"pam-73225d36@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	523b4c81d5184e138870aa4d7715ea5e
109	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.322Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.agent	7d74e720-f47b-4da3-8a53-7dc4d41f7225	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
111	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.327Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	a5c47da861d04160975f5990a595b2f8
114	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.429Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	fb933f6435b44cdb9ea8620f64966ed1
110	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.326Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"7d74e720-f47b-4da3-8a53-7dc4d41f7225"}]}	fc057cb5d6cb4ca382ad1d295389cc86
112	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.422Z	portal:pam-73225d36	portal.change_password	7c322e78-0701-4210-a854-69b46106f24e	ok	{"drift":true,"version":2,"note":"changed outside Okta: diverged until Okta's next push","effects":[{"stored_version":2},{"fanned_out":2,"devices":1},{"drift":"detected"}]}	3a562ee6d2104079bc3315a8134cbeca
113	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.428Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"7d74e720-f47b-4da3-8a53-7dc4d41f7225"}]}	2108026a42f34bb0ae66d23011dac95f
119	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.546Z	admin:admin@localhost	device.enrolment_token	et_fZGkbF6qyB20	ok	{"expires_at":"2026-12-05T22:36:26.545Z"}	d52407e9cd204a12878b0bc59ae0b16e
123	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.556Z	device:c215f7c1-d739-4e4e-95f7-6b7d28a56850	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":1,"device":"c215f7c1-d739-4e4e-95f7-6b7d28a56850"}]}	23a6d132d8dc47a6b84034176be4aab9
129	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.629Z	device:c215f7c1-d739-4e4e-95f7-6b7d28a56850	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	b3187aef7b90474ab7ce9c9fa64ce30a
132	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.681Z	token:et_11sgfgDOkL5i	device.enroll	e0fb8e81-0d2a-4cdd-963f-a5c533045300	ok	{"name":"mac-bad60325","platform":"macos"}	3dc7fd25ee0b45329c5db94360d4d489
133	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.714Z	admin	device.bind	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"device":"e0fb8e81-0d2a-4cdd-963f-a5c533045300","uid":200009}	5ba265504f9143b99c966ad88989967a
137	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.750Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.report	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"version":1,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":1,"device":"e0fb8e81-0d2a-4cdd-963f-a5c533045300"}]}	46fa4f3f5eb94a7187d1e802ea479b4a
138	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.815Z	okta	scim.patch_user	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"userName":"tri-bad60325@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	1cd05b1ce2524b1cb5262819c1424d40
139	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.881Z	okta	scim.patch_user	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"userName":"tri-bad60325@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1}]}	082bfe055bd64bc1b0d2ecbfb515343c
140	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.945Z	okta	scim.patch_user	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"userName":"tri-bad60325@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":4},{"fanned_out":4,"devices":1}]}	a1d41e31a1f6437e9c2d31b4ce0b02c1
141	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.953Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	917cd8093e28489f87cbe4875e357c2c
145	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.133Z	okta	scim.create_user	7921f32e-2c6b-400f-8fab-815f491ae60e	ok	{"userName":"gbd91e995-2@load.test","username":"gbd91e995-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gbd91e995-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gbd91e995-2@load.test","type":"work"}],"displayName":"gbd91e995-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	c5e7b5a40c96476bb8d9f3b9bce18986
162	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.251Z	admin	device_group.add_device	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"device":"b0487da9-b658-4147-bbb0-487f8f3796ba","bindings_changed":0}	d1fd2e584da247cea27dba823f25b974
169	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.268Z	device:b5f6ece1-7721-4270-a984-367bad842d28	device.agent	b5f6ece1-7721-4270-a984-367bad842d28	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
189	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.394Z	okta	scim.create_user	757f3812-bf54-49cd-a818-67ab8f8a1564	ok	{"userName":"be16c7f02-6@load.test","username":"be16c7f02-6","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-6@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-6@load.test","type":"work"}],"displayName":"be16c7f02-6@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	972ab8fdbbe444269f1f8e736b0eae62
195	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.453Z	token:et_U3vAbkqFOtNA	device.enroll	33c8f6f3-d711-47bd-af67-76b97b608dda	ok	{"name":"big-e16c7f02","platform":"linux"}	15d9d29fb7c54ca7854028b0c62b1ef4
115	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.481Z	okta	scim.patch_user	7c322e78-0701-4210-a854-69b46106f24e	ok	{"userName":"pam-73225d36@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":3},{"fanned_out":3,"devices":1},{"drift":"resolved"}]}	1359f1bdd3c242ce8ca85bf5ab93c6f0
116	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.488Z	device:7d74e720-f47b-4da3-8a53-7dc4d41f7225	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":3,"device":"7d74e720-f47b-4da3-8a53-7dc4d41f7225"}]}	541160cb89f54c61ae25f6c23efe5f2d
118	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.544Z	okta	scim.create_user	ac678182-c902-43c2-8c8f-a4ce1d8f2678	ok	{"userName":"sue-e8ffd728@example.com","username":"sue-e8ffd728","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sue-e8ffd728@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"sue-e8ffd728@example.com","type":"work"}],"displayName":"sue-e8ffd728@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	e1c9e94f5172477ba6aeb5a26a374f14
122	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.553Z	device:c215f7c1-d739-4e4e-95f7-6b7d28a56850	device.agent	c215f7c1-d739-4e4e-95f7-6b7d28a56850	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
127	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.623Z	okta	scim.patch_user	ac678182-c902-43c2-8c8f-a4ce1d8f2678	ok	{"userName":"sue-e8ffd728@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":true}}]}}	6f9a04af964644b29ebed7317dd1c14c
128	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.628Z	device:c215f7c1-d739-4e4e-95f7-6b7d28a56850	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0,"effects":[{"completed":2,"device":"c215f7c1-d739-4e4e-95f7-6b7d28a56850"}]}	1f2a32d308484ab8a564d5007f956c1f
130	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.678Z	okta	scim.create_user	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"userName":"tri-bad60325@example.com","username":"tri-bad60325","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"tri-bad60325@example.com","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"tri-bad60325@example.com","type":"work"}],"displayName":"tri-bad60325@example.com","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	3c463f8fd5d94f80b181e9c90ffffc77
135	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.719Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.report_batch	\N	ok	{"reports":1,"accepted":1,"not_applicable":0}	2094adcc45374005a6773288e78bcdf2
143	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.989Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.report	d0309202-2f9d-4a7a-8831-c50deb9a8777	ok	{"version":4,"event":{"event":"confirmed","previous_password_ok":true},"effects":[{"completed":4,"device":"e0fb8e81-0d2a-4cdd-963f-a5c533045300"}]}	1719a02e0a6f4674a89a94dcac44b76a
146	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.174Z	okta	scim.create_user	b2022409-efb2-4dbc-9f76-90a0c694f3cf	ok	{"userName":"gbd91e995-3@load.test","username":"gbd91e995-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gbd91e995-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gbd91e995-3@load.test","type":"work"}],"displayName":"gbd91e995-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	5759bd9d667e4bf8bfdfb8b9c9326aed
158	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.247Z	admin	device_group.add_device	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"device":"33054cc5-ac85-4567-ad26-0b1b20547a17","bindings_changed":0}	e5d6c667be8348bebd1b1fd6af9adae5
163	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.251Z	device:33054cc5-ac85-4567-ad26-0b1b20547a17	device.agent	33054cc5-ac85-4567-ad26-0b1b20547a17	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
183	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.262Z	okta	scim.create_user	9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	ok	{"userName":"be16c7f02-1@load.test","username":"be16c7f02-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-1@load.test","type":"work"}],"displayName":"be16c7f02-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	7b444089fad847be9a7f2d6eef84a331
193	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.448Z	okta	scim.create_group	28930882-440f-4721-b0da-265d75e09629	ok	{"displayName":"Everyone e16c7f02","members":10}	fb9060df4c4d4c299f8e0f1b5769e13e
121	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.551Z	admin	device.bind	ac678182-c902-43c2-8c8f-a4ce1d8f2678	ok	{"device":"c215f7c1-d739-4e4e-95f7-6b7d28a56850","uid":200008}	13cb2c082adb4dc58e9c3745f9b7d5e2
124	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.557Z	device:c215f7c1-d739-4e4e-95f7-6b7d28a56850	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	86713c6c63a644e7afebe980b66cfd25
125	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.613Z	okta	scim.patch_user	ac678182-c902-43c2-8c8f-a4ce1d8f2678	ok	{"userName":"sue-e8ffd728@example.com","state":"ACTIVATED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"changed","rename":null,"sent":{"Operations":[{"op":"replace","value":{"password":"********"}}]},"effects":[{"stored_version":2},{"fanned_out":2,"devices":1}]}	f647db47cef64a4ca3d7506ab910f3d5
126	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.617Z	okta	scim.patch_user	ac678182-c902-43c2-8c8f-a4ce1d8f2678	ok	{"userName":"sue-e8ffd728@example.com","state":"SUSPENDED","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"absent","rename":null,"sent":{"Operations":[{"op":"replace","value":{"active":false}}]}}	9702a37a16734447b75234d4d59e47d8
142	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.955Z	device:e0fb8e81-0d2a-4cdd-963f-a5c533045300	device.status	\N	ok	{"accounts":1,"not_in_sync":[]}	8c2335b3fbf84d5bb6cf6a4b08380ac1
144	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.119Z	okta	scim.create_user	43892e5d-a407-4d0e-b21d-2c166ce8efea	ok	{"userName":"gbd91e995-0@load.test","username":"gbd91e995-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gbd91e995-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gbd91e995-0@load.test","type":"work"}],"displayName":"gbd91e995-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	4ec2b1aba686414c8c44c83fbe2c55e6
147	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.184Z	okta	scim.create_user	4aa421d4-3da5-4a0c-9dec-3eb8274699d3	ok	{"userName":"gbd91e995-1@load.test","username":"gbd91e995-1","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gbd91e995-1@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gbd91e995-1@load.test","type":"work"}],"displayName":"gbd91e995-1@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	06406dd5c57c4e949d1929c0f4f02277
148	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.229Z	okta	scim.create_user	7232dd85-1af8-42e5-9412-46888c85aea9	ok	{"userName":"gbd91e995-4@load.test","username":"gbd91e995-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"gbd91e995-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"gbd91e995-4@load.test","type":"work"}],"displayName":"gbd91e995-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	615b31cfc0514412abc60ff1c13ae870
149	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.232Z	admin	device_group.create	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"name":"fleet-bd91e995"}	8065a66fd91b484da0242297065c7c93
150	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.236Z	admin:admin@localhost	device.enrolment_token	et_eG9XqowHygSB	ok	{"expires_at":"2026-12-05T22:36:27.235Z"}	43d5a694cf96476daea47b434e352683
151	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.237Z	admin:admin@localhost	device.enrolment_token	et_rqjjBuZt9MXK	ok	{"expires_at":"2026-12-05T22:36:27.235Z"}	bb6026495b0445fea3ab7b2c31df9f35
152	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.239Z	admin:admin@localhost	device.enrolment_token	et_OsqIidvhvlAC	ok	{"expires_at":"2026-12-05T22:36:27.235Z"}	00f27d838b8e40dabb5383edb4b9fb54
154	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.241Z	token:et_OsqIidvhvlAC	device.enroll	33054cc5-ac85-4567-ad26-0b1b20547a17	ok	{"name":"fleet-bd91e995-3","platform":"linux"}	4b925b6ea99c4b21b36945df7f9719f0
155	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.242Z	token:et_eG9XqowHygSB	device.enroll	83051699-84a3-4de8-aad8-72b904fb8251	ok	{"name":"fleet-bd91e995-1","platform":"linux"}	c4fd13ecbd784cffb595b6a8159a5414
156	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.244Z	admin:admin@localhost	device.enrolment_token	et_fhN71zzFr8dt	ok	{"expires_at":"2026-12-05T22:36:27.244Z"}	da80cb0d1225470eb175b4d7ee931be7
160	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.249Z	token:et_X0M2xP19RxCO	device.enroll	ad6c2d8a-8e89-4b4b-990c-5b494f408010	ok	{"name":"fleet-bd91e995-4","platform":"linux"}	9a9b6fff41d84f5aba79c7d2f7d187ff
161	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.249Z	token:et_fhN71zzFr8dt	device.enroll	b5f6ece1-7721-4270-a984-367bad842d28	ok	{"name":"fleet-bd91e995-2","platform":"linux"}	a8db3df2ea2149aab4c3c81c3527a8af
165	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.257Z	admin	device_group.add_device	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010","bindings_changed":0}	b9bbfe99eb5f45f5b3c3d1c25e9b966d
171	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.284Z	admin	group_binding.create	5e752805-3dbb-4560-966a-89c5765c7ba0	ok	{"group":"927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4","target":{"kind":"device_group","id":"5eff2eec-668a-424e-9f62-2426caea7d57"},"admin":false,"admin_until":null,"bindings_changed":0}	b7a76687318a4ac9a781c0509838c325
172	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.800Z	okta	scim.patch_group	927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	ok	{"displayName":"Fleet bd91e995","members":5,"bindings_changed":25}	c2c60bb83e9c4278836b55546ffbc3b3
153	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.241Z	token:et_rqjjBuZt9MXK	device.enroll	b0487da9-b658-4147-bbb0-487f8f3796ba	ok	{"name":"fleet-bd91e995-0","platform":"linux"}	823d46ea5de742beaccf814486286bef
157	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.244Z	admin:admin@localhost	device.enrolment_token	et_X0M2xP19RxCO	ok	{"expires_at":"2026-12-05T22:36:27.235Z"}	e751c253df194c508a118a7e83046312
159	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.247Z	admin	device_group.add_device	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"device":"83051699-84a3-4de8-aad8-72b904fb8251","bindings_changed":0}	f63f7c4f7bc548ab9431ba59f3546c14
164	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.255Z	device:83051699-84a3-4de8-aad8-72b904fb8251	device.agent	83051699-84a3-4de8-aad8-72b904fb8251	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
166	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.258Z	device:b0487da9-b658-4147-bbb0-487f8f3796ba	device.agent	b0487da9-b658-4147-bbb0-487f8f3796ba	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
167	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.260Z	admin	device_group.add_device	5eff2eec-668a-424e-9f62-2426caea7d57	ok	{"device":"b5f6ece1-7721-4270-a984-367bad842d28","bindings_changed":0}	7dc82d789ed64d09960dec26e04c3672
168	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.262Z	device:ad6c2d8a-8e89-4b4b-990c-5b494f408010	device.agent	ad6c2d8a-8e89-4b4b-990c-5b494f408010	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
170	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.278Z	okta	scim.create_group	927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	ok	{"displayName":"Fleet bd91e995","members":0}	24fb1360d9ef463e8ddc8cf0b43dd41e
173	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.828Z	device:83051699-84a3-4de8-aad8-72b904fb8251	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"83051699-84a3-4de8-aad8-72b904fb8251"},{"completed":1,"device":"83051699-84a3-4de8-aad8-72b904fb8251"},{"completed":1,"device":"83051699-84a3-4de8-aad8-72b904fb8251"},{"completed":1,"device":"83051699-84a3-4de8-aad8-72b904fb8251"},{"completed":1,"device":"83051699-84a3-4de8-aad8-72b904fb8251"}]}	df6d8d97dc134373909f00e51e7bb9b6
177	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.838Z	device:b5f6ece1-7721-4270-a984-367bad842d28	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"b5f6ece1-7721-4270-a984-367bad842d28"},{"completed":1,"device":"b5f6ece1-7721-4270-a984-367bad842d28"},{"completed":1,"device":"b5f6ece1-7721-4270-a984-367bad842d28"},{"completed":1,"device":"b5f6ece1-7721-4270-a984-367bad842d28"},{"completed":1,"device":"b5f6ece1-7721-4270-a984-367bad842d28"}]}	72bf6a7d1db74061b0aa9b5aea35f721
178	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.839Z	device:b0487da9-b658-4147-bbb0-487f8f3796ba	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"b0487da9-b658-4147-bbb0-487f8f3796ba"},{"completed":1,"device":"b0487da9-b658-4147-bbb0-487f8f3796ba"},{"completed":1,"device":"b0487da9-b658-4147-bbb0-487f8f3796ba"},{"completed":1,"device":"b0487da9-b658-4147-bbb0-487f8f3796ba"},{"completed":1,"device":"b0487da9-b658-4147-bbb0-487f8f3796ba"}]}	1f0475d216c44b2bb840ddcc89659e72
179	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.841Z	device:b5f6ece1-7721-4270-a984-367bad842d28	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	f9a3c0c039f54295b2767b843764e1cd
181	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.843Z	device:33054cc5-ac85-4567-ad26-0b1b20547a17	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"33054cc5-ac85-4567-ad26-0b1b20547a17"},{"completed":1,"device":"33054cc5-ac85-4567-ad26-0b1b20547a17"},{"completed":1,"device":"33054cc5-ac85-4567-ad26-0b1b20547a17"},{"completed":1,"device":"33054cc5-ac85-4567-ad26-0b1b20547a17"},{"completed":1,"device":"33054cc5-ac85-4567-ad26-0b1b20547a17"}]}	5814dbc455264d5b9a7f5b04f52e8b08
184	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.268Z	okta	scim.create_user	c37da436-2404-48c9-a719-bfabe1e80ab1	ok	{"userName":"be16c7f02-8@load.test","username":"be16c7f02-8","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-8@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-8@load.test","type":"work"}],"displayName":"be16c7f02-8@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	786bbb72652a4f129db4c254cc88cd98
188	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.359Z	okta	scim.create_user	619ce631-b701-4147-a1cc-35883be2e8b9	ok	{"userName":"be16c7f02-2@load.test","username":"be16c7f02-2","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-2@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-2@load.test","type":"work"}],"displayName":"be16c7f02-2@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	6d0eca137d4f45ecb9549fdeefddda38
190	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.403Z	okta	scim.create_user	2c3c7a1d-83a1-4637-952d-35129d2a3262	ok	{"userName":"be16c7f02-9@load.test","username":"be16c7f02-9","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-9@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-9@load.test","type":"work"}],"displayName":"be16c7f02-9@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	b1f07795606444b5ae5df21aa4ce50ec
197	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.478Z	admin	group_binding.create	a5bfd3df-d458-4301-b321-413ccbc88daa	ok	{"group":"28930882-440f-4721-b0da-265d75e09629","target":{"kind":"device","id":"33c8f6f3-d711-47bd-af67-76b97b608dda"},"admin":false,"admin_until":null,"bindings_changed":10}	42f119122bcc465292f9198ccc06d84b
199	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.503Z	device:33c8f6f3-d711-47bd-af67-76b97b608dda	device.status	\N	ok	{"accounts":10,"not_in_sync":[]}	0169ec7309794db78e2238706cf3fbd3
174	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.831Z	device:ad6c2d8a-8e89-4b4b-990c-5b494f408010	device.report_batch	\N	ok	{"reports":5,"accepted":5,"not_applicable":0,"effects":[{"completed":1,"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010"},{"completed":1,"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010"},{"completed":1,"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010"},{"completed":1,"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010"},{"completed":1,"device":"ad6c2d8a-8e89-4b4b-990c-5b494f408010"}]}	4fd70921167c4170951b638c6ad1adf2
175	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.833Z	device:83051699-84a3-4de8-aad8-72b904fb8251	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	137883ed21f34607896cf1a51831047c
182	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.845Z	device:33054cc5-ac85-4567-ad26-0b1b20547a17	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	9d9ac72b070747118b8f9557ed26c3ba
185	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.306Z	okta	scim.create_user	698ca278-c8ce-4d84-906d-e918ff016f52	ok	{"userName":"be16c7f02-0@load.test","username":"be16c7f02-0","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-0@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-0@load.test","type":"work"}],"displayName":"be16c7f02-0@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	2f739fae11bf47a59e9775912c73aa7a
186	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.315Z	okta	scim.create_user	64c45d47-a057-478f-810d-8f062adc0762	ok	{"userName":"be16c7f02-7@load.test","username":"be16c7f02-7","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-7@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-7@load.test","type":"work"}],"displayName":"be16c7f02-7@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	e4f103e591f6471eb512210aebc43d9c
176	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.833Z	device:ad6c2d8a-8e89-4b4b-990c-5b494f408010	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	a9c1c31c021d4c1299283b73ff0e42d2
180	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:27.841Z	device:b0487da9-b658-4147-bbb0-487f8f3796ba	device.status	\N	ok	{"accounts":5,"not_in_sync":[]}	a980df07159140d0ac5221d06a98b9df
191	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.439Z	okta	scim.create_user	97873376-b29a-4b30-9f17-83a74df21bb3	ok	{"userName":"be16c7f02-3@load.test","username":"be16c7f02-3","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-3@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-3@load.test","type":"work"}],"displayName":"be16c7f02-3@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	10bcfbc77c8d40a38df9b555b38a7017
187	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.357Z	okta	scim.create_user	ef8a6abd-536b-40df-8096-0d52b167ed5f	ok	{"userName":"be16c7f02-4@load.test","username":"be16c7f02-4","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-4@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-4@load.test","type":"work"}],"displayName":"be16c7f02-4@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	b0982349a7d64deaa9f5de6e67b8a154
194	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.451Z	admin:admin@localhost	device.enrolment_token	et_U3vAbkqFOtNA	ok	{"expires_at":"2026-12-05T22:36:28.451Z"}	e3df20d722364c3ab68d7283f965601b
192	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.446Z	okta	scim.create_user	8b975300-5b38-4d73-9ed7-5e1844514b80	ok	{"userName":"be16c7f02-5@load.test","username":"be16c7f02-5","how":"created","mapping":{"mapped":[["login","username"],["user.firstName","firstname"],["user.lastName","lastname"],["user.email","email"],["user.emailType","emailType"],["user.displayName","displayname"]],"also_mapped":["emails"],"kept_unmapped":[],"ignored":["schemas"]},"password":"received","warnings":[],"sent":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"be16c7f02-5@load.test","name":{"givenName":"Sim","familyName":"User"},"emails":[{"primary":true,"value":"be16c7f02-5@load.test","type":"work"}],"displayName":"be16c7f02-5@load.test","active":true,"password":"********"},"effects":[{"stored_version":1},{"fanned_out":1,"devices":0}]}	3a4442537f034ae0ba822d606c90f09e
196	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.455Z	device:33c8f6f3-d711-47bd-af67-76b97b608dda	device.agent	33c8f6f3-d711-47bd-af67-76b97b608dda	ok	{"from":null,"to":"agent-sim/0.2.0-dev"}	\N
198	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:28.501Z	device:33c8f6f3-d711-47bd-af67-76b97b608dda	device.report_batch	\N	ok	{"reports":10,"accepted":10,"not_applicable":0,"effects":[{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"},{"completed":1,"device":"33c8f6f3-d711-47bd-af67-76b97b608dda"}]}	5aa9780a88e44651b0344b432f816d8a
\.


--
-- Data for Name: bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bindings (user_id, device_id, org_id, completed_version, locked, created_at, agent_state, agent_detail, agent_version, agent_at, direct) FROM stdin;
028f74ef-290d-4cc4-b029-95982811fd48	45fa0092-a894-4b21-af00-2cc9973c3ced	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:24.632Z	in_sync	\N	2	2026-12-05T21:36:24.760Z	1
7c322e78-0701-4210-a854-69b46106f24e	7d74e720-f47b-4da3-8a53-7dc4d41f7225	865bd293-abee-49dc-9bbc-6ba6c4836052	3	0	2026-12-05T21:36:26.319Z	in_sync	\N	3	2026-12-05T21:36:26.489Z	1
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	293282ce-23c4-4e64-a559-e10204177778	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.768Z	in_sync	\N	2	2026-12-05T21:36:25.918Z	1
f823f387-d7e4-4ae4-9537-98cea6603f7a	5136be6a-36ca-4ca9-ac7c-d96336884e3b	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.011Z	in_sync	\N	2	2026-12-05T21:36:25.115Z	1
43892e5d-a407-4d0e-b21d-2c166ce8efea	83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.793Z	in_sync	\N	1	2026-12-05T21:36:27.829Z	0
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.829Z	in_sync	\N	2	2026-12-05T21:36:25.953Z	1
c195e681-3e5e-42de-9e0a-f9962aa306da	b3b33724-ba17-44f7-abd8-d50386cffea6	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.256Z	in_sync	\N	2	2026-12-05T21:36:25.349Z	1
43892e5d-a407-4d0e-b21d-2c166ce8efea	ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.793Z	in_sync	\N	1	2026-12-05T21:36:27.832Z	0
43892e5d-a407-4d0e-b21d-2c166ce8efea	b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.793Z	in_sync	\N	1	2026-12-05T21:36:27.840Z	0
b1a77d30-5ce4-403d-9b21-de5495606e6b	88c9699d-4735-4888-8c60-7a522963ed15	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:26.053Z	in_sync	\N	2	2026-12-05T21:36:26.114Z	1
ac678182-c902-43c2-8c8f-a4ce1d8f2678	c215f7c1-d739-4e4e-95f7-6b7d28a56850	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:26.550Z	in_sync	\N	2	2026-12-05T21:36:26.629Z	1
43892e5d-a407-4d0e-b21d-2c166ce8efea	b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.793Z	in_sync	\N	1	2026-12-05T21:36:27.841Z	0
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	4bc99000-b698-4ab2-820b-04f839ba92ca	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.459Z	in_sync	\N	2	2026-12-05T21:36:25.611Z	1
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	58a7c049-6a4d-4d6e-bee8-bd742a318e81	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:25.521Z	in_sync	\N	2	2026-12-05T21:36:25.618Z	1
43892e5d-a407-4d0e-b21d-2c166ce8efea	33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.793Z	in_sync	\N	1	2026-12-05T21:36:27.845Z	0
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.795Z	in_sync	\N	1	2026-12-05T21:36:27.845Z	0
0c1f1034-a932-4522-afd3-58b816b105b0	dd86179c-5cb0-4fcb-a34a-a6012400a650	865bd293-abee-49dc-9bbc-6ba6c4836052	2	0	2026-12-05T21:36:26.178Z	in_sync	\N	2	2026-12-05T21:36:26.247Z	1
d0309202-2f9d-4a7a-8831-c50deb9a8777	e0fb8e81-0d2a-4cdd-963f-a5c533045300	865bd293-abee-49dc-9bbc-6ba6c4836052	4	0	2026-12-05T21:36:26.713Z	in_sync	\N	4	2026-12-05T21:36:26.954Z	1
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.795Z	in_sync	\N	1	2026-12-05T21:36:27.840Z	0
7232dd85-1af8-42e5-9412-46888c85aea9	b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.796Z	in_sync	\N	1	2026-12-05T21:36:27.840Z	0
7921f32e-2c6b-400f-8fab-815f491ae60e	b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.798Z	in_sync	\N	1	2026-12-05T21:36:27.840Z	0
b2022409-efb2-4dbc-9f76-90a0c694f3cf	33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.799Z	in_sync	\N	1	2026-12-05T21:36:27.845Z	0
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.795Z	in_sync	\N	1	2026-12-05T21:36:27.829Z	0
7232dd85-1af8-42e5-9412-46888c85aea9	83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.796Z	in_sync	\N	1	2026-12-05T21:36:27.829Z	0
7921f32e-2c6b-400f-8fab-815f491ae60e	83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.798Z	in_sync	\N	1	2026-12-05T21:36:27.829Z	0
b2022409-efb2-4dbc-9f76-90a0c694f3cf	83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.799Z	in_sync	\N	1	2026-12-05T21:36:27.829Z	0
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.795Z	in_sync	\N	1	2026-12-05T21:36:27.832Z	0
7232dd85-1af8-42e5-9412-46888c85aea9	ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.796Z	in_sync	\N	1	2026-12-05T21:36:27.832Z	0
7921f32e-2c6b-400f-8fab-815f491ae60e	ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.798Z	in_sync	\N	1	2026-12-05T21:36:27.832Z	0
b2022409-efb2-4dbc-9f76-90a0c694f3cf	ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.799Z	in_sync	\N	1	2026-12-05T21:36:27.832Z	0
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.795Z	in_sync	\N	1	2026-12-05T21:36:27.841Z	0
7232dd85-1af8-42e5-9412-46888c85aea9	b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.796Z	in_sync	\N	1	2026-12-05T21:36:27.841Z	0
7921f32e-2c6b-400f-8fab-815f491ae60e	b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.798Z	in_sync	\N	1	2026-12-05T21:36:27.841Z	0
b2022409-efb2-4dbc-9f76-90a0c694f3cf	b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.799Z	in_sync	\N	1	2026-12-05T21:36:27.840Z	0
7921f32e-2c6b-400f-8fab-815f491ae60e	33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.798Z	in_sync	\N	1	2026-12-05T21:36:27.845Z	0
b2022409-efb2-4dbc-9f76-90a0c694f3cf	b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.799Z	in_sync	\N	1	2026-12-05T21:36:27.841Z	0
7232dd85-1af8-42e5-9412-46888c85aea9	33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:27.796Z	in_sync	\N	1	2026-12-05T21:36:27.845Z	0
2c3c7a1d-83a1-4637-952d-35129d2a3262	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.462Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
619ce631-b701-4147-a1cc-35883be2e8b9	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.465Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
64c45d47-a057-478f-810d-8f062adc0762	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.467Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
698ca278-c8ce-4d84-906d-e918ff016f52	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.469Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
757f3812-bf54-49cd-a818-67ab8f8a1564	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.471Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
8b975300-5b38-4d73-9ed7-5e1844514b80	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.473Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
97873376-b29a-4b30-9f17-83a74df21bb3	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.474Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.475Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
c37da436-2404-48c9-a719-bfabe1e80ab1	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.476Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
ef8a6abd-536b-40df-8096-0d52b167ed5f	33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	1	0	2026-12-05T21:36:28.477Z	in_sync	\N	1	2026-12-05T21:36:28.502Z	0
\.


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counters (name, value) FROM stdin;
change	0
\.


--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deliveries (user_id, device_id, version, platform, state, cm_cleared, change_seq, updated_at, created_at) FROM stdin;
028f74ef-290d-4cc4-b029-95982811fd48	45fa0092-a894-4b21-af00-2cc9973c3ced	1	macos	confirmed	0	1	2026-12-05T21:36:24.687Z	2026-12-05T21:36:24.632Z
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	58a7c049-6a4d-4d6e-bee8-bd742a318e81	1	macos	confirmed	0	1	2026-12-05T21:36:25.555Z	2026-12-05T21:36:25.521Z
028f74ef-290d-4cc4-b029-95982811fd48	45fa0092-a894-4b21-af00-2cc9973c3ced	2	macos	confirmed	0	3	2026-12-05T21:36:24.802Z	2026-12-05T21:36:24.742Z
f823f387-d7e4-4ae4-9537-98cea6603f7a	5136be6a-36ca-4ca9-ac7c-d96336884e3b	1	macos	confirmed	0	1	2026-12-05T21:36:25.056Z	2026-12-05T21:36:25.011Z
f823f387-d7e4-4ae4-9537-98cea6603f7a	5136be6a-36ca-4ca9-ac7c-d96336884e3b	2	macos	keychain_reset	0	3	2026-12-05T21:36:25.151Z	2026-12-05T21:36:25.103Z
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	293282ce-23c4-4e64-a559-e10204177778	2	macos	confirmed	0	3	2026-12-05T21:36:25.943Z	2026-12-05T21:36:25.908Z
c195e681-3e5e-42de-9e0a-f9962aa306da	b3b33724-ba17-44f7-abd8-d50386cffea6	1	macos	confirmed	0	1	2026-12-05T21:36:25.291Z	2026-12-05T21:36:25.256Z
7c322e78-0701-4210-a854-69b46106f24e	7d74e720-f47b-4da3-8a53-7dc4d41f7225	1	linux	applied	0	1	2026-12-05T21:36:26.326Z	2026-12-05T21:36:26.319Z
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	2	macos	confirmed	0	3	2026-12-05T21:36:25.988Z	2026-12-05T21:36:25.908Z
c195e681-3e5e-42de-9e0a-f9962aa306da	b3b33724-ba17-44f7-abd8-d50386cffea6	2	macos	confirmed	0	3	2026-12-05T21:36:25.376Z	2026-12-05T21:36:25.338Z
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	4bc99000-b698-4ab2-820b-04f839ba92ca	2	macos	confirmed	0	3	2026-12-05T21:36:25.647Z	2026-12-05T21:36:25.602Z
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	58a7c049-6a4d-4d6e-bee8-bd742a318e81	2	macos	confirmed	0	3	2026-12-05T21:36:25.675Z	2026-12-05T21:36:25.602Z
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	4bc99000-b698-4ab2-820b-04f839ba92ca	1	macos	confirmed	0	1	2026-12-05T21:36:25.493Z	2026-12-05T21:36:25.459Z
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	293282ce-23c4-4e64-a559-e10204177778	1	macos	confirmed	0	1	2026-12-05T21:36:25.802Z	2026-12-05T21:36:25.768Z
b1a77d30-5ce4-403d-9b21-de5495606e6b	88c9699d-4735-4888-8c60-7a522963ed15	1	windows	applied	1	1	2026-12-05T21:36:26.059Z	2026-12-05T21:36:26.053Z
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	1	macos	confirmed	0	1	2026-12-05T21:36:25.862Z	2026-12-05T21:36:25.829Z
b1a77d30-5ce4-403d-9b21-de5495606e6b	88c9699d-4735-4888-8c60-7a522963ed15	2	windows	applied	1	3	2026-12-05T21:36:26.113Z	2026-12-05T21:36:26.105Z
d0309202-2f9d-4a7a-8831-c50deb9a8777	e0fb8e81-0d2a-4cdd-963f-a5c533045300	2	macos	superseded	0	3	2026-12-05T21:36:26.881Z	2026-12-05T21:36:26.815Z
0c1f1034-a932-4522-afd3-58b816b105b0	dd86179c-5cb0-4fcb-a34a-a6012400a650	1	linux	applied	0	1	2026-12-05T21:36:26.185Z	2026-12-05T21:36:26.178Z
0c1f1034-a932-4522-afd3-58b816b105b0	dd86179c-5cb0-4fcb-a34a-a6012400a650	2	linux	applied	0	3	2026-12-05T21:36:26.245Z	2026-12-05T21:36:26.239Z
7c322e78-0701-4210-a854-69b46106f24e	7d74e720-f47b-4da3-8a53-7dc4d41f7225	2	linux	applied	0	3	2026-12-05T21:36:26.428Z	2026-12-05T21:36:26.421Z
7c322e78-0701-4210-a854-69b46106f24e	7d74e720-f47b-4da3-8a53-7dc4d41f7225	3	linux	applied	0	4	2026-12-05T21:36:26.488Z	2026-12-05T21:36:26.481Z
ac678182-c902-43c2-8c8f-a4ce1d8f2678	c215f7c1-d739-4e4e-95f7-6b7d28a56850	1	linux	applied	0	1	2026-12-05T21:36:26.556Z	2026-12-05T21:36:26.550Z
ac678182-c902-43c2-8c8f-a4ce1d8f2678	c215f7c1-d739-4e4e-95f7-6b7d28a56850	2	linux	applied	0	5	2026-12-05T21:36:26.628Z	2026-12-05T21:36:26.613Z
d0309202-2f9d-4a7a-8831-c50deb9a8777	e0fb8e81-0d2a-4cdd-963f-a5c533045300	3	macos	superseded	0	4	2026-12-05T21:36:26.944Z	2026-12-05T21:36:26.881Z
d0309202-2f9d-4a7a-8831-c50deb9a8777	e0fb8e81-0d2a-4cdd-963f-a5c533045300	1	macos	confirmed	0	1	2026-12-05T21:36:26.750Z	2026-12-05T21:36:26.713Z
d0309202-2f9d-4a7a-8831-c50deb9a8777	e0fb8e81-0d2a-4cdd-963f-a5c533045300	4	macos	confirmed	0	5	2026-12-05T21:36:26.988Z	2026-12-05T21:36:26.944Z
43892e5d-a407-4d0e-b21d-2c166ce8efea	33054cc5-ac85-4567-ad26-0b1b20547a17	1	linux	applied	0	3	2026-12-05T21:36:27.831Z	2026-12-05T21:36:27.793Z
43892e5d-a407-4d0e-b21d-2c166ce8efea	83051699-84a3-4de8-aad8-72b904fb8251	1	linux	applied	0	3	2026-12-05T21:36:27.821Z	2026-12-05T21:36:27.793Z
43892e5d-a407-4d0e-b21d-2c166ce8efea	b0487da9-b658-4147-bbb0-487f8f3796ba	1	linux	applied	0	3	2026-12-05T21:36:27.823Z	2026-12-05T21:36:27.793Z
43892e5d-a407-4d0e-b21d-2c166ce8efea	ad6c2d8a-8e89-4b4b-990c-5b494f408010	1	linux	applied	0	3	2026-12-05T21:36:27.828Z	2026-12-05T21:36:27.793Z
7921f32e-2c6b-400f-8fab-815f491ae60e	ad6c2d8a-8e89-4b4b-990c-5b494f408010	1	linux	applied	0	6	2026-12-05T21:36:27.830Z	2026-12-05T21:36:27.798Z
b2022409-efb2-4dbc-9f76-90a0c694f3cf	ad6c2d8a-8e89-4b4b-990c-5b494f408010	1	linux	applied	0	7	2026-12-05T21:36:27.831Z	2026-12-05T21:36:27.799Z
7232dd85-1af8-42e5-9412-46888c85aea9	b0487da9-b658-4147-bbb0-487f8f3796ba	1	linux	applied	0	5	2026-12-05T21:36:27.831Z	2026-12-05T21:36:27.796Z
7232dd85-1af8-42e5-9412-46888c85aea9	b5f6ece1-7721-4270-a984-367bad842d28	1	linux	applied	0	5	2026-12-05T21:36:27.832Z	2026-12-05T21:36:27.796Z
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	83051699-84a3-4de8-aad8-72b904fb8251	1	linux	applied	0	4	2026-12-05T21:36:27.823Z	2026-12-05T21:36:27.795Z
7232dd85-1af8-42e5-9412-46888c85aea9	83051699-84a3-4de8-aad8-72b904fb8251	1	linux	applied	0	5	2026-12-05T21:36:27.825Z	2026-12-05T21:36:27.796Z
43892e5d-a407-4d0e-b21d-2c166ce8efea	b5f6ece1-7721-4270-a984-367bad842d28	1	linux	applied	0	3	2026-12-05T21:36:27.825Z	2026-12-05T21:36:27.793Z
7921f32e-2c6b-400f-8fab-815f491ae60e	83051699-84a3-4de8-aad8-72b904fb8251	1	linux	applied	0	6	2026-12-05T21:36:27.827Z	2026-12-05T21:36:27.798Z
b2022409-efb2-4dbc-9f76-90a0c694f3cf	83051699-84a3-4de8-aad8-72b904fb8251	1	linux	applied	0	7	2026-12-05T21:36:27.828Z	2026-12-05T21:36:27.799Z
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	b0487da9-b658-4147-bbb0-487f8f3796ba	1	linux	applied	0	4	2026-12-05T21:36:27.828Z	2026-12-05T21:36:27.795Z
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	ad6c2d8a-8e89-4b4b-990c-5b494f408010	1	linux	applied	0	4	2026-12-05T21:36:27.829Z	2026-12-05T21:36:27.795Z
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	b5f6ece1-7721-4270-a984-367bad842d28	1	linux	applied	0	4	2026-12-05T21:36:27.829Z	2026-12-05T21:36:27.795Z
7232dd85-1af8-42e5-9412-46888c85aea9	ad6c2d8a-8e89-4b4b-990c-5b494f408010	1	linux	applied	0	5	2026-12-05T21:36:27.830Z	2026-12-05T21:36:27.796Z
7921f32e-2c6b-400f-8fab-815f491ae60e	b0487da9-b658-4147-bbb0-487f8f3796ba	1	linux	applied	0	6	2026-12-05T21:36:27.834Z	2026-12-05T21:36:27.798Z
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	33054cc5-ac85-4567-ad26-0b1b20547a17	1	linux	applied	0	4	2026-12-05T21:36:27.835Z	2026-12-05T21:36:27.795Z
7921f32e-2c6b-400f-8fab-815f491ae60e	b5f6ece1-7721-4270-a984-367bad842d28	1	linux	applied	0	6	2026-12-05T21:36:27.835Z	2026-12-05T21:36:27.798Z
7232dd85-1af8-42e5-9412-46888c85aea9	33054cc5-ac85-4567-ad26-0b1b20547a17	1	linux	applied	0	5	2026-12-05T21:36:27.838Z	2026-12-05T21:36:27.796Z
7921f32e-2c6b-400f-8fab-815f491ae60e	33054cc5-ac85-4567-ad26-0b1b20547a17	1	linux	applied	0	6	2026-12-05T21:36:27.841Z	2026-12-05T21:36:27.798Z
b2022409-efb2-4dbc-9f76-90a0c694f3cf	33054cc5-ac85-4567-ad26-0b1b20547a17	1	linux	applied	0	7	2026-12-05T21:36:27.842Z	2026-12-05T21:36:27.799Z
619ce631-b701-4147-a1cc-35883be2e8b9	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	2	2026-12-05T21:36:28.500Z	2026-12-05T21:36:28.465Z
64c45d47-a057-478f-810d-8f062adc0762	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	3	2026-12-05T21:36:28.500Z	2026-12-05T21:36:28.467Z
b2022409-efb2-4dbc-9f76-90a0c694f3cf	b5f6ece1-7721-4270-a984-367bad842d28	1	linux	applied	0	7	2026-12-05T21:36:27.837Z	2026-12-05T21:36:27.799Z
b2022409-efb2-4dbc-9f76-90a0c694f3cf	b0487da9-b658-4147-bbb0-487f8f3796ba	1	linux	applied	0	7	2026-12-05T21:36:27.838Z	2026-12-05T21:36:27.799Z
2c3c7a1d-83a1-4637-952d-35129d2a3262	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	1	2026-12-05T21:36:28.500Z	2026-12-05T21:36:28.462Z
698ca278-c8ce-4d84-906d-e918ff016f52	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	4	2026-12-05T21:36:28.500Z	2026-12-05T21:36:28.469Z
757f3812-bf54-49cd-a818-67ab8f8a1564	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	5	2026-12-05T21:36:28.500Z	2026-12-05T21:36:28.471Z
8b975300-5b38-4d73-9ed7-5e1844514b80	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	6	2026-12-05T21:36:28.501Z	2026-12-05T21:36:28.473Z
97873376-b29a-4b30-9f17-83a74df21bb3	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	7	2026-12-05T21:36:28.501Z	2026-12-05T21:36:28.474Z
9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	8	2026-12-05T21:36:28.501Z	2026-12-05T21:36:28.475Z
c37da436-2404-48c9-a719-bfabe1e80ab1	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	9	2026-12-05T21:36:28.501Z	2026-12-05T21:36:28.476Z
ef8a6abd-536b-40df-8096-0d52b167ed5f	33c8f6f3-d711-47bd-af67-76b97b608dda	1	linux	applied	0	10	2026-12-05T21:36:28.501Z	2026-12-05T21:36:28.477Z
\.


--
-- Data for Name: device_commands; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_commands (seq, device_id, user_id, command, created_at) FROM stdin;
2	45fa0092-a894-4b21-af00-2cc9973c3ced	028f74ef-290d-4cc4-b029-95982811fd48	accounts	2026-12-05T21:36:24.634Z
2	5136be6a-36ca-4ca9-ac7c-d96336884e3b	f823f387-d7e4-4ae4-9537-98cea6603f7a	accounts	2026-12-05T21:36:25.012Z
2	b3b33724-ba17-44f7-abd8-d50386cffea6	c195e681-3e5e-42de-9e0a-f9962aa306da	accounts	2026-12-05T21:36:25.257Z
2	4bc99000-b698-4ab2-820b-04f839ba92ca	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	accounts	2026-12-05T21:36:25.460Z
2	58a7c049-6a4d-4d6e-bee8-bd742a318e81	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	accounts	2026-12-05T21:36:25.522Z
2	293282ce-23c4-4e64-a559-e10204177778	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	accounts	2026-12-05T21:36:25.770Z
2	a17d14e8-7c7b-40a7-ab79-2dee328a68c3	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	accounts	2026-12-05T21:36:25.830Z
2	88c9699d-4735-4888-8c60-7a522963ed15	b1a77d30-5ce4-403d-9b21-de5495606e6b	accounts	2026-12-05T21:36:26.054Z
2	dd86179c-5cb0-4fcb-a34a-a6012400a650	0c1f1034-a932-4522-afd3-58b816b105b0	accounts	2026-12-05T21:36:26.179Z
2	7d74e720-f47b-4da3-8a53-7dc4d41f7225	7c322e78-0701-4210-a854-69b46106f24e	accounts	2026-12-05T21:36:26.320Z
2	c215f7c1-d739-4e4e-95f7-6b7d28a56850	ac678182-c902-43c2-8c8f-a4ce1d8f2678	accounts	2026-12-05T21:36:26.551Z
4	c215f7c1-d739-4e4e-95f7-6b7d28a56850	ac678182-c902-43c2-8c8f-a4ce1d8f2678	lock	2026-12-05T21:36:26.617Z
6	c215f7c1-d739-4e4e-95f7-6b7d28a56850	ac678182-c902-43c2-8c8f-a4ce1d8f2678	unlock	2026-12-05T21:36:26.623Z
2	e0fb8e81-0d2a-4cdd-963f-a5c533045300	d0309202-2f9d-4a7a-8831-c50deb9a8777	accounts	2026-12-05T21:36:26.714Z
1	33054cc5-ac85-4567-ad26-0b1b20547a17		accounts	2026-12-05T21:36:27.247Z
1	83051699-84a3-4de8-aad8-72b904fb8251		accounts	2026-12-05T21:36:27.248Z
1	b0487da9-b658-4147-bbb0-487f8f3796ba		accounts	2026-12-05T21:36:27.252Z
1	ad6c2d8a-8e89-4b4b-990c-5b494f408010		accounts	2026-12-05T21:36:27.258Z
1	b5f6ece1-7721-4270-a984-367bad842d28		accounts	2026-12-05T21:36:27.262Z
2	33054cc5-ac85-4567-ad26-0b1b20547a17		accounts	2026-12-05T21:36:27.284Z
2	83051699-84a3-4de8-aad8-72b904fb8251		accounts	2026-12-05T21:36:27.284Z
2	ad6c2d8a-8e89-4b4b-990c-5b494f408010		accounts	2026-12-05T21:36:27.284Z
2	b0487da9-b658-4147-bbb0-487f8f3796ba		accounts	2026-12-05T21:36:27.284Z
2	b5f6ece1-7721-4270-a984-367bad842d28		accounts	2026-12-05T21:36:27.284Z
8	33054cc5-ac85-4567-ad26-0b1b20547a17		accounts	2026-12-05T21:36:27.801Z
8	83051699-84a3-4de8-aad8-72b904fb8251		accounts	2026-12-05T21:36:27.801Z
8	ad6c2d8a-8e89-4b4b-990c-5b494f408010		accounts	2026-12-05T21:36:27.801Z
8	b0487da9-b658-4147-bbb0-487f8f3796ba		accounts	2026-12-05T21:36:27.801Z
8	b5f6ece1-7721-4270-a984-367bad842d28		accounts	2026-12-05T21:36:27.801Z
11	33c8f6f3-d711-47bd-af67-76b97b608dda		accounts	2026-12-05T21:36:28.479Z
\.


--
-- Data for Name: device_group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_group_members (device_group_id, device_id) FROM stdin;
5eff2eec-668a-424e-9f62-2426caea7d57	33054cc5-ac85-4567-ad26-0b1b20547a17
5eff2eec-668a-424e-9f62-2426caea7d57	83051699-84a3-4de8-aad8-72b904fb8251
5eff2eec-668a-424e-9f62-2426caea7d57	b0487da9-b658-4147-bbb0-487f8f3796ba
5eff2eec-668a-424e-9f62-2426caea7d57	ad6c2d8a-8e89-4b4b-990c-5b494f408010
5eff2eec-668a-424e-9f62-2426caea7d57	b5f6ece1-7721-4270-a984-367bad842d28
\.


--
-- Data for Name: device_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_groups (id, org_id, name, name_lower, created_at) FROM stdin;
5eff2eec-668a-424e-9f62-2426caea7d57	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995	fleet-bd91e995	2026-12-05T21:36:27.231Z
\.


--
-- Data for Name: device_seqs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_seqs (device_id, value) FROM stdin;
45fa0092-a894-4b21-af00-2cc9973c3ced	3
5136be6a-36ca-4ca9-ac7c-d96336884e3b	3
b3b33724-ba17-44f7-abd8-d50386cffea6	3
4bc99000-b698-4ab2-820b-04f839ba92ca	3
58a7c049-6a4d-4d6e-bee8-bd742a318e81	3
293282ce-23c4-4e64-a559-e10204177778	3
a17d14e8-7c7b-40a7-ab79-2dee328a68c3	3
88c9699d-4735-4888-8c60-7a522963ed15	3
dd86179c-5cb0-4fcb-a34a-a6012400a650	3
7d74e720-f47b-4da3-8a53-7dc4d41f7225	4
c215f7c1-d739-4e4e-95f7-6b7d28a56850	6
e0fb8e81-0d2a-4cdd-963f-a5c533045300	5
33054cc5-ac85-4567-ad26-0b1b20547a17	8
83051699-84a3-4de8-aad8-72b904fb8251	8
ad6c2d8a-8e89-4b4b-990c-5b494f408010	8
b0487da9-b658-4147-bbb0-487f8f3796ba	8
b5f6ece1-7721-4270-a984-367bad842d28	8
33c8f6f3-d711-47bd-af67-76b97b608dda	11
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (id, org_id, name, platform, secret_prefix, secret_hash, created_at, last_seen_at, applied_seq, agent) FROM stdin;
45fa0092-a894-4b21-af00-2cc9973c3ced	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-18f05ba1	macos	dv_56GMoMibJLvH	7833865796fade95f421f46b58d13880af7617538eed3df6b9ba28fc296b513d	2026-12-05T21:36:24.596Z	2026-12-05T21:36:24.755Z	2	agent-sim/0.2.0-dev
7d74e720-f47b-4da3-8a53-7dc4d41f7225	865bd293-abee-49dc-9bbc-6ba6c4836052	laptop-73225d36	linux	dv_sQUuZK3rWF1W	09fac497908cdcb531ade7dbda261fa676457b594a0bfeebb44b785511e06236	2026-12-05T21:36:26.315Z	2026-12-05T21:36:26.487Z	3	agent-sim/0.2.0-dev
293282ce-23c4-4e64-a559-e10204177778	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-online-289b9de1	macos	dv_Gf1u2uyaAna3	50cca5c1cdc8534177b071e9169f68b6bbd56dbeb63524678c6313448bdb57d1	2026-12-05T21:36:25.737Z	2026-12-05T21:36:25.915Z	2	agent-sim/0.2.0-dev
5136be6a-36ca-4ca9-ac7c-d96336884e3b	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-d166e0bc	macos	dv_eJoasDkaOlOt	21bea24f6d14063f192b9839e3ba33a385b706afe3a37632a204d1865d6d7558	2026-12-05T21:36:24.965Z	2026-12-05T21:36:25.112Z	2	agent-sim/0.2.0-dev
a17d14e8-7c7b-40a7-ab79-2dee328a68c3	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-offline-289b9de1	macos	dv_IHCtVkpem3sG	8f97639f6120606f52de0cfe2cf9a543e8dc8972183e91871f7fde464502efa8	2026-12-05T21:36:25.805Z	2026-12-05T21:36:25.951Z	2	agent-sim/0.2.0-dev
b3b33724-ba17-44f7-abd8-d50386cffea6	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-ed806021	macos	dv_lPumaAGPeHaU	fbcbbdd7d6653f1df31d2fd85bdb2562c63408f2ee514bcbb7aa6a679a982b34	2026-12-05T21:36:25.227Z	2026-12-05T21:36:25.347Z	2	agent-sim/0.2.0-dev
ad6c2d8a-8e89-4b4b-990c-5b494f408010	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995-4	linux	dv_PxdwY8dfvgp4	eb51ece74ba8e19b9bde994703782f17e972e39ad741dfd79a1fed4adc84a247	2026-12-05T21:36:27.248Z	2026-12-05T21:36:27.825Z	8	agent-sim/0.2.0-dev
33c8f6f3-d711-47bd-af67-76b97b608dda	865bd293-abee-49dc-9bbc-6ba6c4836052	big-e16c7f02	linux	dv_0vUrYb7WeAHg	8bc4ae0aaaee6eae76f1a633e7a526f75bf832366d767bda274b81d8051f9a5e	2026-12-05T21:36:28.453Z	2026-12-05T21:36:28.498Z	11	agent-sim/0.2.0-dev
88c9699d-4735-4888-8c60-7a522963ed15	865bd293-abee-49dc-9bbc-6ba6c4836052	pc-a548cad	windows	dv_AsQHbCEQTxZ8	ffc15f0f5128125327984e313c3fe789037a02611ed54133b7262f2bb6d525d5	2026-12-05T21:36:26.051Z	2026-12-05T21:36:26.112Z	2	agent-sim/0.2.0-dev
4bc99000-b698-4ab2-820b-04f839ba92ca	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-primary-9f877b77	macos	dv_d1ta8YevqMuN	d1b771d0bbccc3b1cb8af9df2484d792d94417f7afe216a00922808fd13a87b1	2026-12-05T21:36:25.433Z	2026-12-05T21:36:25.609Z	2	agent-sim/0.2.0-dev
83051699-84a3-4de8-aad8-72b904fb8251	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995-1	linux	dv_y8icuFVEqqhe	56ef17829820da0d07e8030edd46b3eeae3f3ab2d7fad46761d50a75aeb0aef0	2026-12-05T21:36:27.241Z	2026-12-05T21:36:27.817Z	8	agent-sim/0.2.0-dev
58a7c049-6a4d-4d6e-bee8-bd742a318e81	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-second-9f877b77	macos	dv_VvPQNxDQ9MZy	e94f71c112bacf75111867b3be7229097e1096054fc187bf032d025a5d2f2fdc	2026-12-05T21:36:25.496Z	2026-12-05T21:36:25.615Z	2	agent-sim/0.2.0-dev
c215f7c1-d739-4e4e-95f7-6b7d28a56850	865bd293-abee-49dc-9bbc-6ba6c4836052	laptop-e8ffd728	linux	dv_mNl9Ct6UAnBw	3f279b8a94fb2bd187855f3407f0ca8637dbe2732b45c83ab8ca9d0acd147ded	2026-12-05T21:36:26.547Z	2026-12-05T21:36:26.626Z	4	agent-sim/0.2.0-dev
b0487da9-b658-4147-bbb0-487f8f3796ba	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995-0	linux	dv_wUCz1MAA6DsC	37bbe67f695b4f7f787ee7f12724afd246dd1d60dc6a729e8514d80c6e5cbe36	2026-12-05T21:36:27.241Z	2026-12-05T21:36:27.817Z	8	agent-sim/0.2.0-dev
dd86179c-5cb0-4fcb-a34a-a6012400a650	865bd293-abee-49dc-9bbc-6ba6c4836052	laptop-d2a44bcc	linux	dv_qtsueUX9HEl8	e1bec45495f1e506961a89a22c4d8211ac2e65cc5b5d6ff361afc197a9cd86fc	2026-12-05T21:36:26.174Z	2026-12-05T21:36:26.244Z	2	agent-sim/0.2.0-dev
b5f6ece1-7721-4270-a984-367bad842d28	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995-2	linux	dv_KfNu1ZuJgeHs	6d476b98a282b708bbef240ae74b31f5ba5ba3b9b5f64c9d38405e072f144eb1	2026-12-05T21:36:27.248Z	2026-12-05T21:36:27.819Z	8	agent-sim/0.2.0-dev
33054cc5-ac85-4567-ad26-0b1b20547a17	865bd293-abee-49dc-9bbc-6ba6c4836052	fleet-bd91e995-3	linux	dv_wkvg8RZMOcuj	93be8623bb6c17592839dc261d37938494c1790ad5ada2761886c4904c73e8c1	2026-12-05T21:36:27.241Z	2026-12-05T21:36:27.825Z	8	agent-sim/0.2.0-dev
e0fb8e81-0d2a-4cdd-963f-a5c533045300	865bd293-abee-49dc-9bbc-6ba6c4836052	mac-bad60325	macos	dv_BJe0JpHelPyR	f7e24e68f22a95978e8da00d2542675e3af1804983b1ba70631cb107dc993499	2026-12-05T21:36:26.681Z	2026-12-05T21:36:26.952Z	2	agent-sim/0.2.0-dev
\.


--
-- Data for Name: enrolment_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.enrolment_tokens (prefix, hash, org_id, created_by, created_at, expires_at, used_at, device_id) FROM stdin;
et_XlR2KXtEI6sp	9f03017ea1cb5f244bfd9959d895f6e8677d05b9c46a9875db1255ef2748fb84	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:24.593Z	2026-12-05T22:36:24.591Z	2026-12-05T21:36:24.596Z	45fa0092-a894-4b21-af00-2cc9973c3ced
et_rnEXKMGQJGv1	a7a99f5af35725701fa9575dae806aa14a38082aee87657da82c4a1afe9dce39	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:24.963Z	2026-12-05T22:36:24.963Z	2026-12-05T21:36:24.965Z	5136be6a-36ca-4ca9-ac7c-d96336884e3b
et_ftFtjw1S5bnD	9b663ededcf9fa35e3489ef4cb37bdc6ffd825ec2bcf19c78e8bacb005d834cb	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:25.226Z	2026-12-05T22:36:25.226Z	2026-12-05T21:36:25.227Z	b3b33724-ba17-44f7-abd8-d50386cffea6
et_9Bnp5KYJ4TUL	2e580118fea27ec8eca5b1320c4efed23e7e240c24135200f9de012d44e241de	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:25.432Z	2026-12-05T22:36:25.432Z	2026-12-05T21:36:25.433Z	4bc99000-b698-4ab2-820b-04f839ba92ca
et_uG8DfvAFbTGT	02f0bcf5b8eab020d0ca0e068a345bfbf1fabf0a78df375175735b5ec8f03b9a	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:25.495Z	2026-12-05T22:36:25.495Z	2026-12-05T21:36:25.496Z	58a7c049-6a4d-4d6e-bee8-bd742a318e81
et_WGpX3ZIBNRfS	54a7723a62a6bf68e6abf4f27c3d40e5286f37db0ae3a53d40b6a8aaa349b6b3	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:25.735Z	2026-12-05T22:36:25.735Z	2026-12-05T21:36:25.737Z	293282ce-23c4-4e64-a559-e10204177778
et_5jDXJLIdgJDq	41f16de35db071425aef1cc0fe439979a3961fbec7738bd6848f06151cbeef1b	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:25.803Z	2026-12-05T22:36:25.803Z	2026-12-05T21:36:25.804Z	a17d14e8-7c7b-40a7-ab79-2dee328a68c3
et_3g2IiKXJP9ss	93ad279875c1109f986e965ce36534e0239e883648ed9360bf05817bad7391ba	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:26.050Z	2026-12-05T22:36:26.050Z	2026-12-05T21:36:26.051Z	88c9699d-4735-4888-8c60-7a522963ed15
et_LCXiuTD2lP2a	206da1eba6ba16543f1408e09a785965c8f472e7e0ef3c3d6fb6f16a9cd65780	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:26.173Z	2026-12-05T22:36:26.172Z	2026-12-05T21:36:26.174Z	dd86179c-5cb0-4fcb-a34a-a6012400a650
et_s7fjr48Xvear	d07951c43e374c126af3d29cf5fb19865adbfd9f4dbedbeb261fe941a8b393b4	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:26.314Z	2026-12-05T22:36:26.314Z	2026-12-05T21:36:26.315Z	7d74e720-f47b-4da3-8a53-7dc4d41f7225
et_fZGkbF6qyB20	10aaaaa9a225a8dfec2cb4b2d057a12afa7e5b77d33736e24f5810c190308b05	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:26.546Z	2026-12-05T22:36:26.545Z	2026-12-05T21:36:26.547Z	c215f7c1-d739-4e4e-95f7-6b7d28a56850
et_11sgfgDOkL5i	b02ddda7062f1652740c7c8661383fe6d2390730256b537419d8102c19e84ad7	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:26.680Z	2026-12-05T22:36:26.680Z	2026-12-05T21:36:26.681Z	e0fb8e81-0d2a-4cdd-963f-a5c533045300
et_rqjjBuZt9MXK	708f7dbb4adcbaca9d09a2741e70a4ff4f2c3eddba6a22c4effd78361d7709d9	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:27.237Z	2026-12-05T22:36:27.235Z	2026-12-05T21:36:27.239Z	b0487da9-b658-4147-bbb0-487f8f3796ba
et_OsqIidvhvlAC	f2771cf158b485c52e46571d49d18ef9d6ebf98ed773e8dddbe6b3882a8c9816	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:27.237Z	2026-12-05T22:36:27.235Z	2026-12-05T21:36:27.241Z	33054cc5-ac85-4567-ad26-0b1b20547a17
et_eG9XqowHygSB	5453fa5a12d9bd40357b11b2b2c904539046c10042db35f0f542deb0e594450b	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:27.236Z	2026-12-05T22:36:27.235Z	2026-12-05T21:36:27.239Z	83051699-84a3-4de8-aad8-72b904fb8251
et_X0M2xP19RxCO	858b5873e7561344b66d9d2a034e904967e7e0cdd7b459e72c09807a47031765	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:27.240Z	2026-12-05T22:36:27.235Z	2026-12-05T21:36:27.247Z	ad6c2d8a-8e89-4b4b-990c-5b494f408010
et_fhN71zzFr8dt	943c9e43d2855fdd7f4b8591d2ad0e5aa0075b2948ab3e9fe29fe75b649c4f1f	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:27.244Z	2026-12-05T22:36:27.244Z	2026-12-05T21:36:27.247Z	b5f6ece1-7721-4270-a984-367bad842d28
et_U3vAbkqFOtNA	9cc3a7df0c3c48bace460b5ce0e5741fbff96ddbe89d7510ef96c89a841fdcb1	865bd293-abee-49dc-9bbc-6ba6c4836052	admin:admin@localhost	2026-12-05T21:36:28.451Z	2026-12-05T22:36:28.451Z	2026-12-05T21:36:28.452Z	33c8f6f3-d711-47bd-af67-76b97b608dda
\.


--
-- Data for Name: group_bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_bindings (id, org_id, group_id, device_group_id, device_id, admin, admin_until, created_at) FROM stdin;
5e752805-3dbb-4560-966a-89c5765c7ba0	865bd293-abee-49dc-9bbc-6ba6c4836052	927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	5eff2eec-668a-424e-9f62-2426caea7d57	\N	0	\N	2026-12-05T21:36:27.283Z
a5bfd3df-d458-4301-b321-413ccbc88daa	865bd293-abee-49dc-9bbc-6ba6c4836052	28930882-440f-4721-b0da-265d75e09629	\N	33c8f6f3-d711-47bd-af67-76b97b608dda	0	\N	2026-12-05T21:36:28.459Z
\.


--
-- Data for Name: group_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_members (group_id, member_id) FROM stdin;
927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	43892e5d-a407-4d0e-b21d-2c166ce8efea
927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	4aa421d4-3da5-4a0c-9dec-3eb8274699d3
927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	7232dd85-1af8-42e5-9412-46888c85aea9
927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	7921f32e-2c6b-400f-8fab-815f491ae60e
927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	b2022409-efb2-4dbc-9f76-90a0c694f3cf
28930882-440f-4721-b0da-265d75e09629	2c3c7a1d-83a1-4637-952d-35129d2a3262
28930882-440f-4721-b0da-265d75e09629	619ce631-b701-4147-a1cc-35883be2e8b9
28930882-440f-4721-b0da-265d75e09629	64c45d47-a057-478f-810d-8f062adc0762
28930882-440f-4721-b0da-265d75e09629	698ca278-c8ce-4d84-906d-e918ff016f52
28930882-440f-4721-b0da-265d75e09629	757f3812-bf54-49cd-a818-67ab8f8a1564
28930882-440f-4721-b0da-265d75e09629	8b975300-5b38-4d73-9ed7-5e1844514b80
28930882-440f-4721-b0da-265d75e09629	97873376-b29a-4b30-9f17-83a74df21bb3
28930882-440f-4721-b0da-265d75e09629	9d5e7c3c-065d-4c89-9ac6-28b94e21ded7
28930882-440f-4721-b0da-265d75e09629	c37da436-2404-48c9-a719-bfabe1e80ab1
28930882-440f-4721-b0da-265d75e09629	ef8a6abd-536b-40df-8096-0d52b167ed5f
\.


--
-- Data for Name: groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.groups (seq, id, org_id, display_name, external_id, resource, version, created_at, modified_at, gid, unix_name, unix_name_lower, membership_seq) FROM stdin;
1	927deb9f-5a5a-4dac-bbfd-a2f6fa28bcf4	865bd293-abee-49dc-9bbc-6ba6c4836052	Fleet bd91e995	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"members":[{"value":"43892e5d-a407-4d0e-b21d-2c166ce8efea"},{"value":"4aa421d4-3da5-4a0c-9dec-3eb8274699d3"},{"value":"7921f32e-2c6b-400f-8fab-815f491ae60e"},{"value":"b2022409-efb2-4dbc-9f76-90a0c694f3cf"},{"value":"7232dd85-1af8-42e5-9412-46888c85aea9"}],"displayName":"Fleet bd91e995"}	2	2026-12-05T21:36:27.277Z	2026-12-05T21:36:27.789Z	300000	fleet-bd91e995	fleet-bd91e995	0
2	28930882-440f-4721-b0da-265d75e09629	865bd293-abee-49dc-9bbc-6ba6c4836052	Everyone e16c7f02	\N	{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Everyone e16c7f02","members":[{"value":"698ca278-c8ce-4d84-906d-e918ff016f52"},{"value":"9d5e7c3c-065d-4c89-9ac6-28b94e21ded7"},{"value":"619ce631-b701-4147-a1cc-35883be2e8b9"},{"value":"97873376-b29a-4b30-9f17-83a74df21bb3"},{"value":"ef8a6abd-536b-40df-8096-0d52b167ed5f"},{"value":"8b975300-5b38-4d73-9ed7-5e1844514b80"},{"value":"757f3812-bf54-49cd-a818-67ab8f8a1564"},{"value":"64c45d47-a057-478f-810d-8f062adc0762"},{"value":"c37da436-2404-48c9-a719-bfabe1e80ab1"},{"value":"2c3c7a1d-83a1-4637-952d-35129d2a3262"}]}	1	2026-12-05T21:36:28.447Z	2026-12-05T21:36:28.447Z	300001	everyone-e16c7f02	everyone-e16c7f02	0
\.


--
-- Data for Name: materials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.materials (user_id, version, platform, nonce, ciphertext) FROM stdin;
028f74ef-290d-4cc4-b029-95982811fd48	1	linux	wIswY0dNcUhRJYvg8ArFGX7+QbB2DtKv	ZyFs/ukNAOaK68gvEETIBMReJ4AuwF/MpA/zZ6M5HFPCyA8nQ+Hk09gUCu8NEYN9U+qj3CPdbZqNAsRNe6Hsp5HcCTROHHd2ojXwiyxRwBqFlmYais9V/DBomsOR1KXKSFhZXybNGE4/VRorjZ9CM85hHbObu+RbUl9A0PgbirdYVGPTuZuefzQhL2S6LBfWAVCxID7G1UK+UM4DNrqP4cBBheQnY+MWhyqh
028f74ef-290d-4cc4-b029-95982811fd48	1	macos	B6IfNb9Yg9SchQRDqQFgc351ckgemZaX	xPQbcwmZ6XLJdbGgDS6vZ+ItnaG93T9EDptSJ9vlVeB+uNQ2yFam54IxgdjhFGaGrWsCMkBZpUddGN0i5958+xF7B75ba0cYdTRD0AYAADtqHBniHBaYKonxYBv0utHy6IdDFx/e5Vf6CJBmkhKAONIESRMQ4PjrXpxcGSXZ54kuHM8Ni+3GVS+eK1ivvDTRIylDfz/+tMM5NBKhRvWWQMpIUqt4gwGQiEGYXkyAlG6StOc8UGJjMWck5B2fkAXfPpK5qTqP6PCCIHgVZ7XCs0gjYUuTMDWExra79rhKHQdjwArLv0HkGa6qqDPws+eyaapsr6Pd0rRD+ZQGhbnoH9+cVeBDO5RPa/YxvgdorB9PwcdrEqTLbT42NxLuToDEI8/aAuoEHmTTcmIJkUvpV5abd2XE7+PoqXP3cw==
028f74ef-290d-4cc4-b029-95982811fd48	1	windows	+s6rbmUjG0pjAW3gKx2hOYLfuc28YqDM	tEjIHJz3YAIaO3cEJFHhqpuz3jciOmv16M6Gup/N8/mXXs71TUo7uoNG1UT0GwlJuy6PeuqGqWha6e4VZm5SIhC+c1U48j/ofJUq4yvf
028f74ef-290d-4cc4-b029-95982811fd48	2	linux	RsN1GVwIJWZLlJ9Ym4DfG1YjxP4lx7qV	Mj/xPgPADpOYl60Ci3quSqXnxLJYE4xJgdrf2QEhL5ljrS9lPjLKsnFhDQ7ZoufuW7p0Bhfa1oFLt0lUZGb06iltmTHxZdKzOUwAWoO0jjSX5KSd10WJv8nWRPcn2ZTpFIwpL5QAFxub7wqK3Mp+btLS2fGg3IiX0XMO8hS2uPu5GuVlOaEIBDhFk+QdmnxTq6KivUAgx1643EgwjAZ/u+2wTdCES7H2Pv6n
028f74ef-290d-4cc4-b029-95982811fd48	2	macos	PRTU3nuTXRJz+lDy3WNPNMRdYREKD3hk	j+xIiI0zRkbJ7+C6yP4hzPF+9S355gH9/zZt10peGbIXdpsYB/KbjNtyeg8k0YSrmMEpbChJt70Lf460uI4FaJEbMey9YVdhJUYYwPJi9Cn+eRPTNeQACelyqIdJDcbU14VJFIKDXbNqh/U11KmTOIb/KzswLq7R3a3zC5yvTbhtngN5ReaAV7rN5y0nrKY11S83M6L1gUGAh4K1fSghsgt1ZiyR9n0WxfzPu8k5+rZYOGpcSF47uibK3fJQMheXB20+LPKu7MbGvL8tquHIQ0t8c0BdISSkNQMLB1VUuSbd9h3crHFc0cY/56j8CgdxGIS3cKbUKVnadf3e6iyVgCTaJXcrgPdl54Z/bMv3C2Foh3Siul88fDhRg7lgZRWWQ3IAvs/lR6XgQPUEYyd3CFHRndeQMfJn3lmmgA==
028f74ef-290d-4cc4-b029-95982811fd48	2	windows	EwlbPp/IoXZnHYOf0qG2vYKSn6LKyz5n	ODEXjkbHvqC4th32fM50kUy/nCYNdW5n9o5EUcM8kmMz1rIg/IVPDw+oQTTpsDF1FNiXJ8EMAAyHx3zuesqTXn/kK5K82goi7g0VEB/x
f823f387-d7e4-4ae4-9537-98cea6603f7a	1	linux	Lk66StZ5qwYYzwCsqzJIpBfOaK9q7KL/	XsQGOJC0NxZyJerW8glsl5YF+umRmJpLAwfe3k8hIh/q7r0kquVuNfCEaRRfRdMCvjWdJoI1kzDQevrL8m6Zre0BRFCdbA8ndCE0x1vc25OFRUSfKeQT862ZdaWquZs3r5xU+FdLWwUYlcKXiuxwPjcF+tvq290VJX1pr3EAO0tbvYWl8yItEoLHO40vU6aa6/rOQ1Io5FWWbVZb1hdbctcjZ/Z4DdHMwgfU
f823f387-d7e4-4ae4-9537-98cea6603f7a	1	macos	f+XQu0E3DT96KXpi5z2XdHAs0hQX7Ib1	CjUEDE47T5pE7f/BxKnypdUoyzzvIBMvGyy4XSbIlkDK0RjJKs0mPxLw27N+y8vPeDF+N0+YUC/Qzz337jtme4BZOGNXNW19WhsQMqw/zhq4Ep7bXyIwZYP2p2a5u9sx6AOIS8Z9RhVb+UCSubt8f28znlt2FfUNolTuGYWNPlvllF72TrLD4mA7VAo5a7kNdJInOw8fFxh2g99z2UNVIIkhzZm4iZGrLUHcYTRgWPXrfYosC/rotPKkxFA/i+dZUsvMfwCN94a8e00e72DNAvavVmzZ53GwFlu9CAA6A6wwuoOsDCRl0Fb2/DXIpJT1grTB1w8CYkock1eRvyCcSFABlsg8F7KF7tcmvEY0R0rjbQjrVvFEn68+kcm9Q5U5Zdg3RYPGyl7tIIQvE46mc/DkSQNei5HL0rI6/Q==
f823f387-d7e4-4ae4-9537-98cea6603f7a	1	windows	v7Yh8NU8PTSgvlqWZDMFpRDPXJWdIxi0	UbqnFEhQmTx21FfVw+AHxMdSJecEWWbfdOTiYHQ08gahmirmYx46klaK6vdBC46VrJp/BQRN9zPAdz09wPq3v+rGzI8WHYY4IYVz9jRo
f823f387-d7e4-4ae4-9537-98cea6603f7a	2	linux	EVPwwt0oiup5My1lThUwxNytMqV8Cs9E	DcQQwbVVrTH+zilb8gUzBiUxzpTQwIQksmkYgRMK1KjyOgYI2LR/ZXH6U6iG/UVRJCZJXgM3SzG0dzim37cmrMA4FbQXSMqXQswHyvP8wBIjZzZIKE3vVuA1WGGhTmCEjn9jg6BmrNpNfRAkcH3aSyNwJjBXOJ+Z27JDDVz57V7ipeT/sCQb9ufJK5qGWoKDvhMqos1KuJNLTuCe3nXkZI8b8x8k7eYsTc7E
f823f387-d7e4-4ae4-9537-98cea6603f7a	2	macos	xdx5Z4Zrq+kloW/tmVB00Q03XmH7h0xu	GKlcNkVrFTe8wZdprE+VNQYRl7lkorm9nnWDEAaDtg4SjD8+72PDlyE4QK9bnwszJZHbJhP6yuxMfWiQ8IT6n2T/w6DZEsLYU1uEVZL6bcaSZ/0BjrOnYe1qxbXUAfAjoofBq/4v5FH3YIseYbTbOlBs/1z8vZ8JOD3gSD55fpdyCVz1SzymIJKSWiZGrJcBe6nn53zlW5n0FEL1PrNe72nvZy4wmpsE5h2HhKh3bGXPH7t99tUdFLtH+LiZ45j+H451E77YQkYpcalNxB0xiuETRNWudaxSZPLGkxFjMoBRuVfFXASlhVRu1HE6yWhSxMikFFwJGBZz6jGTk7Ez1dAvcbP4rSJYTdIYLEQJJYBIQS+sQKwq8cykNCn//8HzhF2zGfUGpAmkA8dkJLKwXcGoKEKTPAJCoULyDQ==
f823f387-d7e4-4ae4-9537-98cea6603f7a	2	windows	rQiPgGJ3wq70zw2FWv7VbKRAW+RfXKVk	GAZRQzDeu7z6mKWW33rh9vmh5QbjDq1cmAPMYP6yaftttlbg7Ts85IODy6Xkkp6aWTVKHuiav2Vs9EdMn95208Gg4x0UfjfDWrZ3qd5u
c195e681-3e5e-42de-9e0a-f9962aa306da	1	linux	HVm9+DbIs9bPvEsi2nxUedHLfETEjUKL	/Y9GW05arf9qQaIIMEBsen4/yyQI4sff/X7XgMADSiuBszdjKLnhU6NWk50ebTdFYIwcJCMQaV4WHyWMUXFloj1xiqoRBHhqJTG6W3erRA7ta1xmN2Zn+0DJUHI8sE6Cb5sUq5E7FxEFoLIwvxmgTM6IwaYQqnDb8fuBnpV4C/wsGFKj0yWOjVYv7Z37T8YFEa9WkwgRYyET5B8EVyiWw+4GpEiinz3RpRVa
c195e681-3e5e-42de-9e0a-f9962aa306da	1	macos	0mBpRX47nLwvti6a64E69S7xd+bp44Gv	EoQmOyTZZ5sTCD8kw+AER7xr22l2XLPnyj7PAi9a7PWLf7FJ4DqVVyG2AnaDqCNdcyCQUnP820Pa2CvxI4Co2BBeltOOAu+A/odsUuD79BU6vBCNhBzG8m/QoiwyHIl5Z02xtSGPUkSGktxS/ql0JrLZXgvPh6GiezbfU4adoyXqibTb8YONnSRqehLRQQgPVwCgrdqtGOHmXQkcC9TiW4PY9OkH4YRVL8g0r6+KeKy7kiKbT1/tlAwsSqdtv3vE8soNjssHhiDlZqopOjUUgJC+NyBjjDXuazB/ZmYYKp8YgX/z4ZapVgtZqu/1h23XNneiot2daTFdg0CDaEkg4XzhhI0KKUMoL/Db0Qn7gm3ToruogJwJ13TRN1/v52N1jDjED0u4/6aANymSVEn8MxTAd9A7u48VxAmTuQ==
c195e681-3e5e-42de-9e0a-f9962aa306da	1	windows	u6Vz0rvN5UcePKMA9AdF02OKeQFMDKIb	lKPYYwcNV0QlqghL1GGC7WulhDO7+iMSmxKGJT5bwmo/x4ntB9Pyofn7GrXo3KeRQdjs5ABWRhUaaog5sL4K7tWIeAEDEXNM6nBz8DRx
c195e681-3e5e-42de-9e0a-f9962aa306da	2	linux	Bfu1oyaIhWsvcPA08viBCQ8JJ6+igjGF	Tk3SxK2kdjIyLQJyM7MDoOC5rKK8AY5q1x5R5tnPBy4AJO4zgDmyk8esIlLs/RdiRrLY2fWdxRgCN1Z8MdBqYhLlvfNILhM6utuEYhParMlfgjVA3QUfTCBvNynFRG8nlvF7D3kyFBRSO0C0QqXLX3M7loOh4/opLN8tG94MZChptXajUoASVElQV0OI1pZRrztwMx7Oupq2K0x4JbtE1DZilyGwiIhMqy5Y
c195e681-3e5e-42de-9e0a-f9962aa306da	2	macos	kwVjEUtSrXDSZEma3YdGsRYJHmvzn5hz	mfroZDZPoZFnMtu1+m/B6PricxvNgfozZE3UhO+IoSp671/RBirKV5MWEhyUTZdmOCRdGtVN/HZL2iHzWaLFjoP03a8LZdyPGSIBJHYAx3qOj/NeCoGdt3wHbsj5nO2PuUP2vMF46aw4gOPhePFHttHnMZBkq4Jp8QcV40QSgLZIAxRCwF/NM7Fr0wS666RJdZ144PlwPma4gCwp/4P8W+m3u0N5qllDp8tKOspQqP0mdTFFlrmNm+uUeVel77s+IOuF2Ua11yPQL5QD2yJ/GHLggZsglKCuZZ1Hj8Zryfqv/P6CmF3/rof6I78vSCiZ8+OTOReygH91LxjeQTcRdKzab4eYDltWGQovckgpUNZyzB6Zbh9h3vYEnLl2Y7+nABzr26sJfBX5dRAv8LRU6CJU+fe9ew54jiE9Lg==
c195e681-3e5e-42de-9e0a-f9962aa306da	2	windows	Ejl9TweuAwrqsECy82peZwLFIT5ZPDmE	NOHRCEdxJLBOt/V/58xwyfgwTvIt2HcB1SBCpnyEdoXWNERhGMUPYW8/vBE4P2SWzlPWvT7Ry/opr/CdAZJJnPOjL+vtUCBLBi/JQqFF
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	1	linux	NEnVXyIz4LSR5vHiuF0KkSYSblp5Ca3B	2ft4NOg4HC4kyk7m6OIH9RWz2hStnRc0yLUja46A8WGb+YtGhMhYf3GIgPN6q74BO2smPIJ2lvMtt4AsJXVL16sG3wo5G0KWW+3HtsE1j4AQy8UqcYN7F7214O6eENbDMp+Nw5Ci6g941YihdFDAmPB/g9IqOvXNhzOXdgTsBtjyOblNqDQKpoV4lWMxZO/G7K0LBt0wHaicjxAk3i8l1Qn27fWl9c7vJMYB
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	1	macos	TGlStDiFQOWmxzzbGSqrFN67qFRwBFuw	MJBPIn1HZRV4zmijzIozH9MKw8/iwFRlzaO3u1L71W5qvu0GyUpoZnMHH1ejpTUnfRqUdf4dhypCUNfZEq1i1Qmg4D+pVSQbmMqU7xibcJKbGqVFZEotAyPw5OEwnUePbS1p7S7P2HqFhjHKAVr11nsxU4nteYbgZd0ctJFDRf+woxB1Qps25opMMNHq8sliijT1TRAc6JouTiQkGMoqwR+SIcXORixwteo5fOFrFJonDyCCakl/idaPTnWsQP77ELMkZBQERQX4Jvpq4j8VVx2H9grRym1S2P1212m7QaFdM4TLeLGPt4DGNP3oNJlKRMcQUpK6t8L5qAVBBDHP6QcAp545hkG8MDC7/AH26j4d8rg2l8pivJgXYD3nwfcqXY8bddzpotPqqd1p0mg/nZr7SVXza0bTKO+4jA==
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	1	windows	5ERVVJoO2cQdg4CBSRxFukcG5aUOPrja	IeE/W3rJzmmbXtoBFL1zlexCZ/eCwLVIKO4qb23aUdD3c/R52xULXOfmfxTeCYoYZZJuueYUuu40amWuNrDYVMu2AzwtA9msq26H7U6I
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	2	linux	eXekXx+ULDsTiC6kgeAdzh02K7IDZoCP	9xZpSt220N46OXTtbCTqNZHUmjP94F4NG6x0QBAZURJP8TGvZtzhfQcnPuiID2vgZkXPlNueGLBBvUFNc5DCpi2t+SdzzNtrJ5Wc7dpLro1RYsMUt3yxw5C3f3N/xS0spYkIBvLBwMMNP3fKby/so6j9jRX9H4ubbZvoi1Flb6/ZXiCaVE4BpjBOtTn1I7Vkruq2LbBLvlX2kJsH88JJO1m5ntFRH/H+16DD
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	2	macos	VO7ODtdq5vMtwUEAO9t/8IoTaN7S7Lyn	3FRYvDAtxCBKzZwmy8ADsySost9kWFuqnBXREO7cPhUqTZmyJUIbfcZe5maaX2J62Qjv8jaGp6eCdqe5ddIC6nL17IDxJ3KPqDp8zsj5ZfRYz90VAwEDLzmiguPzTOl4/y3XwxGteFqYJhLcxSZDYhc6dGqHKoYMURAXiddON4VCKLKx9wXiuZiY3bq0yBW4dkMtN2tw9ZrWHjOeySbKFxIkWvVR6W+JHM0//agB3y1ivheEBsXlwq+IxD6ruaci8Lm6uiQBIFmfifowA9e7zEKx58MBUwGIBzw9sFp2v8avUHUEcc4DPgqrfqvphyJ1o8c8zl3QY5kaDEEV9imhLEn1LytOPNtN6mG9JpQtwoFPhDiGjf2prqNlODs1ZZIGrSES0NMyR8CWgELB4g/Wi+8jeOK99YTqlzlq6A==
efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	2	windows	sIdebzd+fjcodiTyn0sLTYCRxAV4+h4F	I1di9BX5exXjN69b7ZyvbitFCSVacl70brwe7sqe9jp0Lo6bxwphyqQprnTQrj8AGgRFbGbpNoifqeUUEDimNNJ3h2/QLV4qd8R2nACl
7c322e78-0701-4210-a854-69b46106f24e	2	linux	+buUlj2J8l7w2+FGCLRXQHK2coExFAjY	lE+SWvgp262cyNbTXRq2CZWZYiN7tR+sCR8Rk9lEkBvWtx1MjOqx92JGdi3I4aJwcwplMMW3iPrMFTE799RDauSrbRZ03YjwdR5910odOBLmBDZ+AlyTJGuuFeWIOhshisnNZjY/Vc175f/2beLepkeTSLYIl8RP3Jy7BU5FNAKyCgFXcAsQwnzUUiQze/vnLpxEfZrEVC+83t277yZmlE/KPUcKITL75yJe
7c322e78-0701-4210-a854-69b46106f24e	2	macos	ZsxaEuO0cuHUZ/uNkQjYkIYTKhZWH2ec	XsR0g1iUZBcrj6+TOOYGji+vOJFAbMBtkqgHTHZxw/qyq+xPW+UHnav3GVr8sZmnhJJnpdcfm1I7Fd1gy0pT0LaelCMyDVh87aE2LJRUDlIvjRdzQBPvnfdv/2+ZvaOEbCgxPLvFxF8YlOoAS9WcADBrVOhKMDE4gIoJa9xhDCfBEoKLc2nBKnaeKulnAdProB/hc/s+xgh9Db9FO9BvIi4T9uX8IdK+RhH5LYRZ9N7Kezjrxj41FhaVZ/jCZCMNAXWySqkXHKXfgfnfwKxS6b2CWpqQ2+Mj+dmB5vwq0Bw2PmI6Fz2/V9jiB17+KLcng6ZNqj7iy2Ui0uD7bv21SVbZYJnkn5CVCAPzK9177lUrTz/qiSxGwopFK3MyIasB29Lt4UkII5jNmWGVOEYVtUsuRF8HU4vkfgxLpQ==
7c322e78-0701-4210-a854-69b46106f24e	2	windows	dUxKCWSyLgjYNr52rFsXmxM5iA2O/OYA	E5mNs4DFmECtKUQeogjquU47q8VbtK4hEAdqJbfO3nRKpGj8TP5BS9Of7G7EFHZP0fdEN5IaC8tiLC1JmTkz1gXLevlCgpFA/G91GhlW
d0309202-2f9d-4a7a-8831-c50deb9a8777	2	linux	1vqacrA2jcGcaByfGSuA1xL8UfN8BikX	I++7XeTGmPQ4v3+Nwgk79jrcFHR+IEUqa5gTF+euDzyiwliaoEJspbfe6az1cLzDJ2TAdloutlyjRa6Lsu/NG6bOEZ8BAHoUwD2dxKQXcij1pwBP1vEhzT88AIQ8DDSjzrN+ZLaBAa+CCvIcvK4UPM9IEa1oKtCqeBb6+JnoEr+qv8N55nkp6LU9WKHxJime6NZZXh8ZM9qMW7VaWviCxfMg36OfY/NNGVoJ
d0309202-2f9d-4a7a-8831-c50deb9a8777	2	macos	lF3K+xqT3wbmZQt/5w/LPwL96pD2bGe7	TA9W6j/kbxCLb7l4lw0wfxIhoiHOrTKSOmFZrwq/JoSuyAWSDjcjB3hoUqveoLVnehUO+bW7DsPFWUC+QL0yEpm89K0R/zQSu2xloQOAS/X5Gk4yClanBFX3GeCv02E3h3tUY/3wjrLoYk/2kD6Sz7tt93SeMJK9QnVCZHP678BzoIcT4IgBJZwWleAMh3/cHI4JONQCz/RWsvKWdIGQEWf2CjtgUkNZ1/uJ6EFQdIwjq1OxgN8ZHSggjkU1cp3aNMkhDmPyGIfb3ZAzyuUmDL6x7iQgcMKWI6VsLNowM3KHHKSuJWC61N+seSUZJJtxpiWqwewK2wb6PUd8c4lLJvXdXQBnseOiyVg4pA/CrFxqTfG8FNOlSnES5W+iBGmTPan2Fuf/Q2zAKtOkVyHhi13Exb2Yb5Boua+MDw==
d0309202-2f9d-4a7a-8831-c50deb9a8777	2	windows	axkMAs4lbGwftJCPTVjZ+NWKch56ZU4S	R4EQHwFi/iv0v8FS9QIh0wIRffGMwfyL9YQbVtiPZGlj6O27UV48EE/8y53J2u0SkmNrU+GDViOYIIvXTj/ptJwtFg6K47emx6fG3X+y
d0309202-2f9d-4a7a-8831-c50deb9a8777	3	linux	avPHIy/cTooD72co3cC6XDUDrhiyS0Ty	DpC0MQD1rbms9fTAg7gsZxsgtxbYwHE+6eNprOz5iLdjHxCLnoZYjoSfu0ZKOeKMy7LrkJNrvKgg9n8U4v7KcOX+T+PQ295ujM65mQyf1yFPs4e3611iv0dA8DNYVJgcCgHMdn2qDDRc/+F39tmtiu5RiRKab37HVMW1XNKdZdes3Ikw/BDYvRDMRsAxpqxK6FwOdhE+Pe/hg2/s0QEdW+FmIoOWIJ9oP55I
d0309202-2f9d-4a7a-8831-c50deb9a8777	3	macos	r09R+v4Y/pcjrmTicZJZrz9zjiYejC4t	ti2bA89dWNOnxov7qP/SiO3G641wmq5K2+NqMz1xpSdW/efAoabtscBdOByn0Rwe9N6RxhWx9Gzhtyt/iKhaaJMemVOsns9+9Y1Cp9vf2tsIJv+Y9SbuK9sslE/Wcigtu/IxdnZmjylDkcbZ50LBZK6rIsHb9vd6b7XhZb8BjVaFvzlHBe55PE76+IIFblcsKdrmUpVk9PfOiSofhTxrevNaZntzxrHnBeNyu+NidBQLUGW3yM7sU7BgJpULFXB57zUIFvTnyAxtUEe+HrAO3qsVFz6mGYS/a22b0l0/LlHSH4764lQHuHwcCMmJpJNakp/1/AHk1mEggbbw6nlpgAxZgtiTbLToZykQWz3RgRrkolYcSrlIhWaeITDk3ku6izHDdlHT5Mzjs+WoR00dt8glUDZTNEhkTAylHA==
d0309202-2f9d-4a7a-8831-c50deb9a8777	3	windows	M2ClIzpOpDPhymtGDt7yHvquqX/mxz0g	s7hlXHnrJthhlOwixf91BG0pM+oYW/abZEFewsdS7pRn4Rh8zIbaJpPkc7txRz4PjllYRFxQOVp7sfHLBnwYiPsyylFwHL5lAUgANFhn
d0309202-2f9d-4a7a-8831-c50deb9a8777	4	linux	7IzA5uFWSMe2PJ6hW5jL6mL3/spM0Pcp	XnHMSEBGa4DC4Wo6ZNw0AQ3jj3qCdk0Clg2GS46MfiB/V8sfDoiRSkoI+OMlqp89csCnzFy9PYZGJwSt6yl09jX+Be9+OpijOMKabTojd52eOdXwz7OCYKLfJEnwpwDKC6VI2lT8AiMNKTF07PizH4y+q8pNHQy9JiW4zGGnYpdtXaYsb/1BBv66mOhTUHHxkjoaZLCaKhdAD5KsKC2jFm05i1snGZHAH/9K
d0309202-2f9d-4a7a-8831-c50deb9a8777	4	macos	ZMZW1Jt1WAVhecfsXs+uB8WSrNmBmvxA	gQNFRLuE/4hR5xJRUGNMK9NIQSJq3xOdQlCxpaSNvRv9GbiI3qBMR/mHZOLlFFRcXiwCZtoCl7MHF/ppNvvm62iEOds/qD19Fp54qcz1sH1INwrJuGzyv5ShVzSJAxlhGl70bEX6bQTQMuMM9iiQPWsC566d90EpOPMlssBfIhzZHxK987DHPlfxLoZvwryzE5ItnGVNd7h+OLY8HMs7+P3NZkAZVHznbbatur49+5FUTTmJudM+TTmmk763h35QzR+kpOT9dc8XGZUxiOpFumxrpJuHAKHPOxzd4LPkoTP+os9652gkLDTIJNliia5icakr8eID2WCgO6Q1F5xL1dt3npHjV9I+VNJtBB9ZcRLyZ/oE5LglY73uhIUyKvgrPwRgjRlW5P7zdEiyOlEnEI+pjS5t6v8CF6SSrA==
d0309202-2f9d-4a7a-8831-c50deb9a8777	4	windows	6G01td27RB13UEjLbW+FPv6q4yEHFOML	Nf4ZX3TpFNfM1EnAqV1Sp9Zuc3kPMABxirlUWkhsLORoiJJD/0+86qiLdUhbbPOjXIuuzSCAqX9lzeP+6yZc5481TBSonfAB2FepcmUT
7921f32e-2c6b-400f-8fab-815f491ae60e	1	linux	SAlUBFKMi8GWo8YUhLsKnXsNperii9DI	MjQG2SCUIyMb3dqDkRDeHq8YGJ2rMgg19/dKfquO+tpyXp0dJy0lOE9jonIVCppiOyr+XNynXpPo87UB/Jl2+rQM5khRLds9fSneaVYVVYbry7Y7PWTgQ8xl7Rbr0Mu5dhZmar0ZZFjJwpQQhSgrkWn+77APmzmCJaNDTTt7X3M+Vm/slHkUcvKMrNZEULo9cYgIGhuc+t5rOP9dxCM1SuXJoq3/NGvHes7t
7921f32e-2c6b-400f-8fab-815f491ae60e	1	macos	a5CzGQAbJ4NAhlT5kGWBDTqEPK/hWrhf	XkUYq7KWHyMxVZiQOOfFRW6bqXyzQCwi+fN9LdIe5nCc7Mh9JIYyhKBjC23B9AdPgXINQUozzGLvaAgnIbANSk1etvlrpMxFFKSk3QdhHVVQ7QWCxn812wzEISogl5HWHqlh/hF7F093E24GScQn7e7UersMPFAOrl8fePEJRwa4So0SW8fSGDMVKi2iH7x0H9tZ2Fj1VT80uB54xpiQfigkVWkIVLrP3jCCr4bMcbn6LDJ1gJU76Gr9qcwypj3EN9xB5TwNxW0wXLzsaMfCadqx7FNUfAjNXEdSzpFGB2vInaEjs3c5HagD1CRdvBgRUFWpnOiKbg+VEyes/4mWSUE5KtMCVQny/K5KfaON4+ci/QOveLy0K0yjMkLTZLVTSbpoOvPQiccqBhPGkuvH1jpS7TPK7WMw6Y+e2A==
7921f32e-2c6b-400f-8fab-815f491ae60e	1	windows	ilKaHtRWVuo9BZrD9CRUmoi4+Ds+Wt89	nPGNfGxh2zAMyORMYeJKbdFrvJeEUuPhKY4O9r17LmFu+9C1SWtqryQwcjEQvJYKmrkwyvLu+5BE1Pv5zRgdBPJJhCapqH5McyarnPgf
757f3812-bf54-49cd-a818-67ab8f8a1564	1	linux	U//3lIGrP0gT5iLv8FQwUW92PPRVjZYh	/d3/YY/7PxXP/1YcQ/AeW0gB4SM8nnXTXHf9Gk4LZDVrZ5N18EhZvXpeBOJDvoFrVP+UznFKbUgZOVNgeBlgI3hzJKMuTR5IjokL3qttGUKSMV6b/HzDkU7MQZDIXbSXmkcklnhPv0M5S85KgYMRmRmrpe6m2Dt6eamGjJ+xK1GI0cIV4ZhK7TNZMCp4eOfjZ5kWTUn4gT4msdtTPELNQdVhDCY1QbtbxIUC
757f3812-bf54-49cd-a818-67ab8f8a1564	1	macos	Qx9YLq9BivealL0qHIh5DONDsDU5Ru9l	bA9WG/TwdSwquyPlocoTlhjYbcAuZfjS4yfnj86iNaBBqr0t/lTPggaYa583mHHbbUn7vLq0zbUPP5FdMB3YKp7mMFjsVigeHub9s02Obp0nGr4aJZhzpDjHP3KHRE4oIkrtlQQg7Bb05ebrSDorBjds/zXsWhEp2ZNhUNVsqw3cBzxSUkgqWVoKfUAKoUfhsmFqgvpJx79Ci7jFaQP43l7TQxfBZlBQrJcgvyy4wDFaJ3Y4B7bQlNRGFabSLG14g0L3uSm/4hxn2e2/nkbgSFBwepCSaC2U7Dkg+Dqs3IaaBH34VQNjDHWlTUyT0m9p8XBAmrcfQ1x/1708zBXm/hH6u0WOO17+bWgbA640hYj9jtuYiE4fpC3y3mI2QtpztYX5UVPkEyegoYYB9y3094Xs5TcCRuOHqtZ7Fw==
757f3812-bf54-49cd-a818-67ab8f8a1564	1	windows	zilDx8fIUFbUep7gH/5CO6UkASY8cXZk	x9saTvGkLy4ocO6W3yBlYALjuR3g6FUb5X198ZVfQcNtTtWAJqV5FbdkK967LOFlY9qSsXbLSQ6O/aIHUzUxirwLIhNUyWYddgRK4rxW
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	1	linux	SvYwj4FLrQwrAacHhskA+LcFBSP+imRY	vJCLNKy2yFXV3veEh6raALdmO2CVWnQvuylA1miFVvgtJ4Z16ft7tbQ4MpzKpaUADHBc0pUrs69EiSyK+0K2ByeKWonyzepnKb+NnA2CPdO4VtSosTuUMwmB7B0Rw4ceEUU0cHQpUGyTI/uqfrwV5FamaTu8FylM3NgujBvlnCkBsV3MxZhP4qVfCgdWG2YFpscuXT17FXIahMuZ1VZecNHY4b+UgOkF7Zt2
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	1	macos	sfU36XukpkmNe7cIRoos89OucqQZm0Sc	NACXvDTYBqFRuGKLA7lOJo4Y9s2JrZO0OcsJFxZMqS0A/zv7AtBYTKx0ELiGiGQhMVhefn9EFRBaWvGtioZil0i46p0ElDU98CJEjdB8v3BeHzqT+Up7sIu90DYDk2PyviKzyZ6+0KVPfK4eBJ5jI3qzOGQGmvg4T6DOpQ0EIdWLGAba0x9Gq1AHhCBHf7BpsehuFoGHV+TUV1vDr45BwxKehi6/kWBXC4ShgF8MkihY6L6ojUoOZJCGzPwzL74I/8HXTw0FZt8Tp41z70aJA3S1lFpPcQ1Tu4uiRRFOtqmOZ8rUsaUW68zAsSORikVjIfAeLfqN7v84a/9Dwo2bcp5eqYOWPNAbNh+20V9iUsuqFu+JCw89wbpq3O6UE2XcfpiP7d53Qe7TUz2L8vALDRK1gP6C4+2pQobwNQ==
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	1	windows	oMdPQmVhI3Xw/Gl9KK834KlWIOxMrk3n	ZSGyosmG5dxkUiDwNiixE2Rz1jzZERs2xLefzl329Uh0dbBzqcFww18pkRbzGgu5qfualszSwR2qi2yDhz7CMjR39Kheabx7QZtwd58G
b1a77d30-5ce4-403d-9b21-de5495606e6b	1	linux	fbEMgipnXmnF5F1P9E3esXsBkaxFkdOv	+TH2LsXyNZ9dMfiIy5Bq5rKELewzYoYEz2jMGzLfd0EGpeK2JG2C7tIPZ6pjfoDYfppIpsR750yuO/741w9REmfpaYjOHsUuy7uNoz5j4uAQ2n6eYOLy2U8VOFms0/w4+gGm46icND3bf4EgKftvo6dKwEUEj9qWgUURed6wS66BYhix48K+3L7EeVoNjLy3Scon6uNlZ0n+JhvXcXkw3d/3097I+UEiTeDI
b1a77d30-5ce4-403d-9b21-de5495606e6b	1	macos	3RK9+/ptSYeLmFj96vfEPpH2sqdNDpCI	jNaABaj2uNXN9CyvJYWIz0htBlwOHpCXpatiozDyRQukG/PvM2dbDwGcslvPJw41mY5xWkA/KEivw0jMRvvDUoC29qKwuIWMTVLO2ghguiILgO4flWB+FbrzQmz3zs8W5TjbJPC6FTofEGfac+SzzkOH9tm2LZoNOqsaBbOcX3NIW8IPg0ZsY9D9Xbv3emD+9lI/w7rLr3KzYUO9MHJnvsVI9kuNOacPi+tmMtvkWC/Ns65M2jnkdCVwbcMtjEefCQRb6mgQFyfS6sJesuS1B5hFoKVBmLbMHTxOp0WrDcJYXGY/u5S+m4NKj1AhBXVPqPB+OK2u7Qj6gFBMiZjNKQ783v/GLN8d6HGaR8ttBv0+1N8aGHYjVjT78brQ9GeKSo5bR5JoHBZqJMV5RxC9VWpBlaxciNuX2Vcemw==
b1a77d30-5ce4-403d-9b21-de5495606e6b	1	windows	MFlXd9+xrIi0hnGbwP18jpzqVNDh57zv	9LXrYHyo9B4+Z/tQ1zJuLPpRU+yDSRVtEAtT6QIN9mvF6ZSe0z/BfB3YI6mgKeN8pXN5m8f5MH1Xh62Ip9evjp83QjseB7FkcZ0+AG9j
0c1f1034-a932-4522-afd3-58b816b105b0	1	linux	brPQzdubIFA/h+FsF4AiQ+bkFQoqv2/m	iCEVXAZt5txc502kOxuZcMFircPCTm24p9PrZvJmLVCLaSkwz87gTQRc3YR6nkon/HfTPKNBQ2EM9MspOIYa3Wcnx4eBQlqr8OBIRGu3jhmUfTNlWOT0WLEsHCAHV0pu70zwyQWdtJAhg7/GvhZhjnLZ86+ySDGavCjCRmLP5zCw4oXgJKMqcCg2H1qpznnK6eqp7qCgeupgMNFSsh+KNeJWd5gz9aqqyMWu
0c1f1034-a932-4522-afd3-58b816b105b0	1	macos	2p36jstj12fYYRkr4Sc49uaDBhvsjd4W	mE7uZ/F5t2ulwwkjp8g5Vpldzb3Kwm/dFEjLCYGtbc6K7hVK+nBZw2qPARxusGkeKTtcQbQs6hnYr3KSiHVY9BvH41ZeU+xXQM9BIZscBWG+aNDexFTtPRyicXJ31XrOqTl6+QR8FFlIfWHo2W04TXfg/RPSY+diHbj6jkfuRwV4zPwCE8f//+P2IoVcNVtgxaiYMTdNJfa7cjOEquzt4gNKJchUSQok/ryf9FJKESiEeM4P0BQOKwjwa1i4d0NKg2aDNHyN8QvH0AwmqnY9XX4TU3txaXddY+b824nMKOZBzfhpL2tql4nIb9hvnvVjvZFaC3o0C8lcUODHSOcRqlv6imTNtBV0JtDKo7lNLTwGUnGtpQAT3/dcIn19svajk63aWY1RjyHHbq2CJxuogWxfkhz7VyDw3RwcOA==
0c1f1034-a932-4522-afd3-58b816b105b0	1	windows	f7R5/gBAX7EP7hYnHT9UQthrrDnv7XNq	3qV7QC7/1rxniQEVqx7gpWgmuSCpiH+3KZ28TassuKRpy3FBmepp/CXgRMZ5OsNQyNr85iygI/giVOP/xSCNOFJgtpgAmg2AKLnVwkuI
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	2	linux	vP8PYBxF8FSu/KyH86GYwWE2voIYbECZ	W/2URl/noD+xv/qZrBV0sR6bpjNlLs6BBTI8neNYTqzG9GS4STF3LgZd4B3vFtm48L6U1Low5jEAGa9dA1IM1C6SioCnWqzgAnup0AlgWjSyIXCUt/w4mgaDX8PY2MpjWytopWy/TqXWw2IoWAYx7lL2X4ygJH1VzXL7jyTcZG7D0C0sycyKZlkRLvNTFJrGDszy0uYeDz3sUu/peCzxOEuRodAdAB+VebC+
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	2	macos	/dlOWRwfy7uLey5/59inhCkusYKlEQ2c	Ma4w908zNvgnwaqgsvTeuNtzQqFV6NWgg6FXFmePhQT/OooGeRMQoXS1dOYW0MpmRl+/+qVX9vm5nxZRyoT0aDljEo8hq/AHeQl08pOTA36pkHs+/wCEius3SQjo9sPpvFJWD6l3SJs2QKiZTujb1kHPo10irDqnR/OgjxOBJ2AFl9/axJSugBVXDjq/HEsF8H9IyU4VHZHmXs0QEbgivGUgLBlaCLRQ5LkQN4bSheOfb/umy5RmwoCZgkUJuKfwN9bojfb0qSC8y/5kFCP8GgpW4RvB20NoMw7T5l1caqNR4XJ3FDN40wGXQ2dlvjBUY8dUvCEimrK+iAHW+I1LAaBuHKRISJ1owOMCx0UoTI0uqMmDrl6MyDs+nt//TEjQUeTcI+R4rjV/ZNmipm+JCM3xqwNAO0TbJGTuwQ==
00c00eb6-e842-4f6f-8dca-2afd384cc2e8	2	windows	CoPeDkP0Ou161ghPP86kl+0Iols3Nn/e	xUdWrPkNo24C1hEyn4Z+TqpPQv9TeABfVkUNVwmXmjDWzBijDKmdbeRDbLRo0QtzyZtNKOgJbENXww9Iiy9z6z5xgIXjuEPLSHwK25At
0c1f1034-a932-4522-afd3-58b816b105b0	2	linux	YAblrfoULvGb9JgQ/U6LYbepzst99jDL	nV4SkZPvLoBXbuN8Kyl0lpFPbzTMOTsPlDQo8yks2svnzKplcXX00egr0i5ZACQMohNdauEZUGjTCnzx/dqp+bO7ILBoRi558inhvmf+nU/KTvjvZ/gL/21GtJDkn70vrHTD+2mF6VLididHb90Bafn5pe0ePCoj31IQoKAk7Hp4xkcuN89IQkoGX2FlmFhuHXHCrmjoPopoCB3HfFFtDQdV7BkueX17y9pE
0c1f1034-a932-4522-afd3-58b816b105b0	2	macos	XZl0us5KQtO3oDY47sdLbhQKZQndZ6hI	xGcT03d5S61BzsTPI9D1LCxuBl2tv0M5oXoEWsFTvJY8Q9jQ0tWs9Q2b43hCO3SUzeFaGqya2QIi6lSjyvNOkmWkS4Qxm8fgQXStkTlNQOWPO7Y5uzIMnglRfppF3tFTrKVX79JrpblUG+ZsZlpeM5+jDGgrMen3yIDXYZ4riuqN+77cTxN8ssx8Jy9rzw9g10tO2zQKZnBhTHCnd/uVS7v/s7zMq/2MRjo4wTEJAC3/Udmt3AUPRTWHN/72JRktjtMykDoZLNmEbmBVUqdnbG1OP5hv7RZl+1YPsKvrxJUDP3AZ+3UUhue4T1lkdZ7inw4vdi24WScSPw/ldbvwEeyhmHfxcC/Jkc1FKczLuC5Z8r9rZd6JULBA4A4tuO5Hsqj277CeXbrQrnFLl+1qUJNIdVgv7gPox8hXcg==
0c1f1034-a932-4522-afd3-58b816b105b0	2	windows	krJlV5K9fqffnQpN/VjzIWQom8goZQRu	1ciAhL9feh4EjmNXa7y1DszIFlThzskvgcR1aXynu/komHA041UbM3sIAXFvJ40im9Y4w51YAFXHCDRs2SPzLKz0Gp49oUNvyYLLMFUo
ac678182-c902-43c2-8c8f-a4ce1d8f2678	2	linux	uZuOGlDfpmmuFDdngZpwg5ONPqkFOGKy	XWjPksHAWxeTxPr87NweIVUu3Cl0rY3WjMnJL7qBXQ30BUCzkOYYXdySiwO2UTO5mDfJqQZ1Nv7fLmtgv8KfSZRCshXJYujuBdZ9L4e2MBKb3eztIPyVRd4s8Ws2KSmHnd/h7OQxRShvKxTmapML1NELHuLLuIQAbs0yyEA1ax9UJAEIaxuKFWCgOcwYo6nDgxvFBtgBG+wRgZjLJnAZ5KXc0xAfzzsS1dWd
ac678182-c902-43c2-8c8f-a4ce1d8f2678	2	macos	WR0bOctD+wgB6/OQpEs9gokzLE7XM5CE	ZRqU61owgvjg63hhS9P1AjDPd+gu2Gdq7DsGaVR3qdQlZoHc91WAWqW5yONs36j+ooMP3AyVs+JOSknmtGrE1C6Gug8qw4nT1oyGA3ZAKjObBkxI4PsrxCZIZzdV8fhlf8eDLYxt5VnAV+aVh+HviN5vMVaHmf0wyO2vQg4rgMMNnRCT/nO5cj0mGdxTcmex+/f3fGiBunBFD+Naheq/eND0hCd75ZlO7ie7MLP4RO+Almto1iv8cqhOllKrLnZNXYDKdbnSYDotM9vugrxwZnTawSaNcHwJQtatQghHV3iZF2ELCCYIrl46Jw3K7ZC/4kxzPFFQgPDQytJPcmnYCJ/sgAZFCkXys7D8QxOyb7XX2pek3pym7HjSQTVUfGM7aYvaGh6kSx9WNVWeyEmdTmAdC4t8W1R9T59B8g==
ac678182-c902-43c2-8c8f-a4ce1d8f2678	2	windows	F9cTQpj82sNjiNjiTo3tHGkhI0jElz3Z	TI1N5FJK8rttRQWLRnbonPWNR874rTT3VV39rh9IN4q1TmGjmBIR4biuDcoEXZxIBL8wDelCekkgInqjAHCxCyINvWB2JDYh5pmMc9zd
43892e5d-a407-4d0e-b21d-2c166ce8efea	1	linux	AfipaDqmrP7ncpymz1QDmYkD0kUmdQuU	KSZQWH4Y69CZDQzM8N+Rl7DZ8sVArFnx4X3ySNDBbLx79izOgAzQPTNC1LV/gEYwuzjk7HcI/kdSbq26bqWH1NY+Yi1IWmibE3sk2TmpGHdBfrNgH32h9Dtx9AK02pebM+B9LndhaXCmOfIAflUyumO7bcsh7ErSPXEn+eVLfnAqu/ACios+gxk8C20lH1hKwFNKRUeuXJvUDYhwbble+k6Gd/76dE7c750y
43892e5d-a407-4d0e-b21d-2c166ce8efea	1	macos	WrpLBi+lUf7Mig/0K7Oa8kHG8YRWPZ1V	ygwJztNmPrMpVExE5u1JngwLElmU+vmANz8lzvtH6CwVifvMt/goZoz695HZtsXznvIdVXNERG3P2EA8t2Ra5VzMPYT6pbr8odEWZPID3zX+XIa0j0ZQQX4RbXBNbiK+y8uLUsp3ewKHhJX4fRLZfEIm1ASs9iv7G2Ksv+1Wscshkr21kg6o/r7rdAVeL82NyfIgPHblFuv/Jyj98YpwUANcRfA3elvxLImsqLhseulcwseJq/edqWT8F5SRGYjFOulV8LLtiD49WItmEntwqblhbqJQr1Yu9H5hs2kU4wqeIDz1xLQZZvlNQcxALmNR9ppvqMNan6qbQO7iUf3c7HeDQrqK5cr81ydmVdvhul1lbLWTC72slU+XhUyYE9+kDwm63mWsmzEVt1rFLo3UlRoizyiwVuC8Z0Hqsg==
43892e5d-a407-4d0e-b21d-2c166ce8efea	1	windows	YFmbG7iSq6+GVEdxkbarcWqOYewlU4uO	sXonKb4gNw1oV+bd33T1whLLtdp7c4nBzJGNh8OV6C4K/qrsBqpFordaEMhrs/LScyxoatl8Uzl0K721SRa+JSPNV/1b16Li5bWyhU53
64c45d47-a057-478f-810d-8f062adc0762	1	linux	jEXV36WPuqUAk6/8Fo/7W0iKm3pOLAhS	AVh6KE+HzsZl7Obh6glLffEXDPcg7Cw80ntky7DirZYMLNaJ718qC8JpXhqUafXw0WDJ35fEo9DkCauHRJGLprlo0vG6FPTfHNf9BEw3w2GgfojFulIUNIZNxqiYMr+g+m9pMF2N32xPFLZHa/+tZGIE0vkGho6uUILIrZNZb5dCJl1sKSYFLawE54Hij5ROEhfhckFCx4NXJZ5sMjNGKKurC/H1Rq4Zwi4F
64c45d47-a057-478f-810d-8f062adc0762	1	macos	Tb9l4RhALpBKEo5RDpAhGQueFPlZ4M6z	B/KRaTDUXfaWciTcH5lEBStNYmpvm/q08H+CwArOLrg5umzYGmLuK/q1lx2+S4V2szs/EXm8pC9QcLRpmV+qvXleGiyJJIG6hkVcrV8Wby6hx6MBnJTEmDA3pBCJMCaZOqTpvVo8l3g3o5edWP0vWidZCbm2gtLxzfxMQV4b7sCdkY9mBmjCJxYGsfHpVunzpvg5SeNkzDxHa2xckB0U9J4KKUt1i6FF+KgwxIAo4DwBleLXrQyxa6DU65X6gnFsKXfYLWp/Fhfmx9q1Q9eIM/UsaoWpECj3eDGOibgRO6YfJtz0OGJpYTHNCsHEN1IgM82/lTHechz4cHL5m39H7M4Mb6r8oWMHcWIrxvVzc9+xmKu71T26WWf3ANJQpMVtFR3qWmyqxZ8CyHg2ChlKHuLyLPu7rx2+gip2gA==
64c45d47-a057-478f-810d-8f062adc0762	1	windows	eZPEQaD2r1/mF1l9rdIBeiglHPrafzLJ	dUCfqFtIzNap/tPl82MltkUvhiQ7IwrT0RJSl3c8qOgsyw5gdYhRzG+I3SMqQLDTylG+FJat73OJYP9na0yq5ue7iwq7T4grujhRk/bX
b1a77d30-5ce4-403d-9b21-de5495606e6b	2	linux	UMedOtSBUXc6mN9NLFqBZy8JDpLGsG65	QLBMq4NSh9nlJTvCWQh77xayaONY4i9FaNA8iGWV/S1DU5symi+OWyBIyo5aHP3SBH/nETyzDFKHVhn5caMHuX7HexL/6ls8p12Ywcc/2tyG4C0e2fCSUVK0tU2tTEoNbr6JCVpFqRQ2hMVMMGoaYViTR4suVgFw937H7hqYW3TAL6KUaNNwQLCrTquu11VeTgW2NYP99n16Lri6048adxh7tWyZNO/XAwvN
b1a77d30-5ce4-403d-9b21-de5495606e6b	2	macos	lLwJ1FPPOOjIP1rRM1mpdtI78wBsu0Rr	Et2QXzdfH62C3xvBCk3s7cleTAj5JMwEiFMfI75RHjTRcgeTPiHK8y5sNfSDnO9JpGyeSfwhnqeasia5Yiu8YGZb4lVaJbSlVYYrlHidiSajByUqw+rSC3Vz26cGPQ909Md+VPArwJ2lJoyNXTvfHefrqHRXTY6psrZp4Vo/YknJMqC32/tUkZnCmoWH8bKmi2b3gsnRbygXPPL3pyOhI83rbM0kAfLCnDIJJBXjwtgLRi64eaKH5mS0wRK6FbVIqcBd/3UDMUOa8H4pcz/dE7JKBxBslA6uAdMvwaJ6RwozzlWQILv8XkMUSaOk1Xd71wUxZ+3KRt237igFB1YCmMIFJTLQ/1xgWWrO7yuIvjX1nJaKgF/ZvzdBloAjdJ8PjBrHnaeaoDRNMJxjeDZx0fMgujNACB5NvR4zhA==
b1a77d30-5ce4-403d-9b21-de5495606e6b	2	windows	Hu0/eivRBVSjik5b+7VK5qdig8ejX6e4	asKP5VSOFcJcVVmnJWv/+dimIqf5Rbps4JWHZc7bG6dhKvrhGsoHU3raleh7ebw65x+KnqKNeVAJdS//aH4iorcjfAC5e4QA6++Ca7pa
7c322e78-0701-4210-a854-69b46106f24e	1	linux	Qcim+mTKH7MdmikWZyvLVsyu71EjYgOT	zTFS8kMDURuzx9ozxn+94Bnkzsu1EycoMt0sgPCZNnEBG84pnypyhbkdrmfM3TVZQifNEaQ5spWob4Fw67VU6HHyBE4floxRhTQzD8yC5iMdb/6PdJZev5wNeIPQnXlrk36niXdhN8RfnRCB+2wzI2KJdEu/p9ugYvbtyW+d4cYioG+ws7EVK8EeBTbV1f8vjoYVS9d5ybtIJ9Mh9rHfpOH/9NGSjqsqj7bz
7c322e78-0701-4210-a854-69b46106f24e	1	macos	mbqJKm95r57YC5hKfdQmkiz91HGIl7sz	li5XibOsxhGlM36SScL3H67TtqfG3wmetXfrKTHdZIxmE6Z5ww//Kd/nWZ45h+JBG63+YRhTL6O7O4qt/lVXrWfeM2Egxld6L9leq12lqxMKDLC1EtOSz4yhCkCvUA+gw4C/c1xuPyLlkw1LME5WuX8ktqH0CTWQTNM4z3c77UwcJgk4NmoGGBOT8BH8A65NrMeQUJcxT9drIezRWNiQWmQzugvkNAgI6cfznZ53V99dgRR+AzV+nuoCkTIpdBMd7wPDUrsqkoYBCaTdxhjJegiNy+X86I21QcPlUZ2D197eJMMqwxqU4yH8eW23y5nML78rGAT5+Kvcllj7NKLBPMU/9UwAQ9vtJ5dKt93T2o804iHaAhepiR70ubYzzQen+qihIwWrPNXxrOStiVTIlVRJ2kUF09FoFy4xHw==
7c322e78-0701-4210-a854-69b46106f24e	1	windows	0V1FQfY7Sf0aDQthWAZ6hOwe8W+Z+0AD	KCf+GrCwvfmOtBOMiI54rLddDEKHp/dvUnqus34KmU/+Oft13rK+TWL/maoYMP5DLpYtBnmQj+1jtFIRYc8la8JuaMmTXxgysFm5/uSH
7c322e78-0701-4210-a854-69b46106f24e	3	linux	t1PHH94rGdiaiutSEFesOUPjmwrtQ4CZ	KwrWxJXjuNP0hDN7IzcaFXAZZlsScwLBY2DabOAXj2qhXXkLxiPexcErhOiEUGBbJDeHqjs+O2ZP2BiqxbByJXbF+5zWb4+E00EH7hgW5p7FMpq+9KL/LYaRFe5xcFXMHSLdxOwhDPHJw6go0UcG6rnFCEZ9u4Ck5a0K0Ks6TpLjc1wipJj3ZFOLRqrQuyktdaAaRygZvxnBHrK2C0mjWYNk3j7oVnBo92Kb
7c322e78-0701-4210-a854-69b46106f24e	3	macos	KhnIekwSGO8AovK2sipCo+eaMeC5+5XZ	0wbHFgOK/5YDZNcwkKFi4iD0TljBcWof41kEWpxFG21/qutuhs7RLLzR0HNI40kO0sJxe3qUgIkajCdOT8RsobeA1KKEv8bFgtM1I45QkpKX5rUf7i5ArB7cVAGYwgDvUA1Feqp0/ZIAJusWHIzhTYMxUkYUKmHWttSgY5OW+p/zFVKGVlte6+uiviXmEj0hT5YiPzseuENYHRQ6xZ/zHt3al0Oy7PZPhY/Q0j+qhjJHtAtTJxEN5Y/GPRfO5cllbPPxfrtc2OL3m1m0Xthcy2HUMzLWKwP0EVo4mcPiplrpQJl66plCW/kNiH/8lBHeb1J6VSlVm1/2dQhNzYAJyfZjezq0D0eRoOXWMCkFZXElcuE9eJt9j3EKfbjJxM9bCMw9KgO2EN17DH45lZTfLwP9PXA7gIySUrkoYQ==
7c322e78-0701-4210-a854-69b46106f24e	3	windows	Gi2xVu6v18dLqVmyL7OZh8/3kshEAea/	ljA8mUAlj+kIYf27xHOLyaUif2LFabOd9UQEEiOVGIKAc1UP92nqFSibkre+vVheHPvXTweH41qiLcAesDhW/qa5kaFZWbKcST8DchhE
ac678182-c902-43c2-8c8f-a4ce1d8f2678	1	linux	ls8w7mfg1SQ7CGsWAtKnYRdvWxdIFiGE	CdZQ+tPe+XeibNpL+HIadOLkBxkTumIkDOMdWsep53zD/Ci+Cldq/vmDES7JvFhlryPCn1uyuEhGL8q5v6jgngL9WDrdfclu+BA+AcSA3fa/3Hx2DE7A6PFAHGYth9vmlPuquzNQUqnyqNNldzvPuz6R7Hoqj6cndZIiESGVJeKdkXhRhlHBdo3DMjywKcN3HUjrFDbB9D4kpjEHLMejsL/W8bLCrtmC4ehd
ac678182-c902-43c2-8c8f-a4ce1d8f2678	1	macos	V3E9hBXzcK/KFTrpPFYHVs9fCeleuqyJ	IVR0riczT6xkMkp8J8dU2g5xqtouSo9Sfxirw0orxQsekLNNgvQ5QdpYbqVJB8Aoqj0HQEK15/Jjcjb3o9ZQ+I6S4A3lYeQzWPS3x7fz0UgmnHwEznuHeqifxaNdZZLigasjPXYfl8EwsSxr+Ybv1keqEOFDIhqU38FyoZKNdlFmIX8kklq3OefsQ5GtopxyuJuLn9tmc3+1XV5eeCAnypwoyLucopOGxrtsGPMd5lAMX8wyhzV7VW/akqhw4mXN2XV+YHkrqnmd5uHmorj40lTRANAiNJuP0rV8qnGGfBg8ULvQH+A0IVrxXaQYTK/cGpz5dJHOmEME6gA7DPtNL9WmiGRRfoekM5havyDi2wxM2TtX7b70PMr9qqmVQEFUcGMG2qOc5QXl8/Oei+qCAveKJsWyYVP63qFMog==
ac678182-c902-43c2-8c8f-a4ce1d8f2678	1	windows	7xgUmHkYb7neIvpJcyKXa9EykxftQ25n	kQwHmY/VzpoNdu7tLdEcffeH8xQE6opCCTBRDKBND3jjwrMuBfKu+Ujjj80jad2n1fr0BPUFOzKL86/6M21eCn1NM0BQitGHMstKndYa
d0309202-2f9d-4a7a-8831-c50deb9a8777	1	linux	yQTz9X2Tfn5g68lArJWTuR9Q1voIW4j5	N1zvXWsXFNEJdsVwkbPxtO4xJV4QUxO1GcPUKCEqK4lmOIiWgjVtSfazoOu6jvT+5SS/Q5H6A+ONMB5LP9BjO4yKQbibSLRwhiZDZWCibr8PshG+MhfI18RAsw6FZD1otwQ2YOX9HepWm26BtkZ6a4FE84/+ejPLaMEusPySdbOVn3tTrLXnS8sulA+H5v8MKrsK/DZhyEWH9ZvFKWV3eyInafEbWxPP/oic
d0309202-2f9d-4a7a-8831-c50deb9a8777	1	macos	ShRhxrUA9CoVkdwP/MA9teW1MKF16IY2	uEmUDXWUUD+6WARW4OmK7MS2Knr4VqObchF04iQMcUT1l7G7QywZFGfucQUHtCAd8U8gmbjjdGJpQQqPHLLEiRnK4uRgHh1OsI0y/rrghMyeJt9KjkWIJWKvrXukUkS30k9jZr5W4Gaol7bn7HS0QWJWHUW+wiwqZdiWc/tW7jkf23eJis5srYmjtRJrdb4gk3osTt2vE0Y1I5UGdotpaZiMSPmRDM765C4aiGuJqX/4oS2b/W+cVVFjNQxdATwN3tiRURMt+NZJhOjjRlpXAEXapSKz9RtEMzFTjRoYBBu/JIyHyW5jKyA2GaIWnMmaZnFq/HbvJf9JLrIH4Jlk/d7G7KDlp2dlRlFPK98eb/m56zwQj4LjQr+VjggjzLGsGEKoLXE3Ek5ALq+R/DLBCQleQ9cTkkkzPTTVWA==
d0309202-2f9d-4a7a-8831-c50deb9a8777	1	windows	dkSppNGi1iytZzOhqlfcOtiUzbfQ71Mw	gmm2mltKtwox2CHa0NceeK1mOmYdpEt+j8lEvyn4LEoUJGtJPG319d/Tc0n+9jUCdu+jELsrqhooeU5beGZLYmcM4QraHw+BCQ4jOS91
b2022409-efb2-4dbc-9f76-90a0c694f3cf	1	linux	XWbtgPL/MRyQ9yaknZOfMNyN90Vfac74	3813u0hwGQM3qZztmfZoCd6uB1jt4uXrk4j297mE1FBTF9Y4qiOIAJgAIV/JptM2hZseIVcwtmIALPcpH/WwNH49a8x58vbXcd3fYGmMm57IPGl8t95VXT2GZ/LqoJ+QjRauPXHtq33gx+0WuBJPT2NVINzdLv7bxzvW7yukZx/id+I35p0C8JY0+lK/RHLWxJLm2FmhrZNymCYCQVUyrN/bVWJ+b1H5Cy+N
b2022409-efb2-4dbc-9f76-90a0c694f3cf	1	macos	0JVShDaPku0o/k2eEYfFUohQstXEBXjf	LC5bVU+uTgWIeV89/7XuUu5QG9bvgAy0VR+TnZuiqc+0q/j8OtET/kstSJA6T1L67EGRprv4XuMX4muRCgiTQUbm5CQtCuJrUP0ySR9xijXVNFc5OFlKOjY2jC2gUrRL5biYwhd2icymyImvd7waafb0NQMHsTtIVnHTwnINVu9g1h+uKdeUYAvCr9hTXyUZkohHexRWwudCYodPCybwMbc10PAkYoHFULlTQY/L7VWwDieq3ZB/1xflZrJ0AN8/lLTCQWWMQmw1Fofk3H2MDUFFhbkf+9QODfprk4NqeJl6REZ3jzwrb0rEAaKpmDWF6ioCnIwmE1rVnD2A+7lVr+t1k7q1t9hyN5j9T8dkhBu8NYZqhgxBMJLss65+YxnmbO+G6zgrhlnQymfAPOil4R1yl60uomplJojYTw==
b2022409-efb2-4dbc-9f76-90a0c694f3cf	1	windows	rHPeCVd2zf2KfInwSvcDLdUBw/MZERcn	XKA70+6fh4FvUgGZ/ozB34QoQh0I9+2BP+KjdDpkB3tPObBtiHmtHnY2L5VBPUmRtTpp+zL/gppN0A3FryqBbLerU1tCy1c3n2xJLgMt
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	1	linux	7D2NXNWs70fMP3naNwGNkqduLrnqUEb1	t5OI0ZNa4/5lZjOHo6tHSadonrxtRQgDrfQnadYDia+ba1rGiQn94jDU/G8oeR0Z4zrieurPcDaKa9P2o2qWmYBqVgJH90lxuto4VxZHrNWZljsZEWStRGVBjBF2NTomRb0C4glF0cvtU5cmYWsIEJ4lNvCPe20e76ltGhemrXZvQ9Gis0a/y8ucVf+edrPziiLjNxHkFvSRFqyNtr2myabkEjMozR7wKWdu
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	1	macos	pHsurNMVYvYq1l/m+QjdIA/DV3VeHAiW	XFHKuVsYLpVmOOnX8OirWFEHMmxJqD+/bZ6QIwkUUObkMRskjk+MLJoDwy8ZqWu36YyewDKbf/jIXpPchlV7rWw/bn7bErCPKXScHeD0jKbEbgZI/vj168CPiQV330i0v2e0z6Ca02ObxBEl7/x8vokc4im4eptBq5KHIxTIbNrHpxymP6OdZNNvwVci22DRFS7SwgbPueCQTC6CAvaoa9p7d6RcUI65JWG5s165dEmrbRTH8RZ3YuQE4UPNROViR9IjJ2uDd9tp/AgPwLWrTYlSpLwuuCDHoJuu/mFb4tOdR/OhuGcbkE86EV4x8r6Np1kdj/HD6b1VhPAXOPmXZAH/RVIsq34WJmT/z9ZTPWtg6V6dJbpFgcp1MxRpfVl2GDkoh4f/R5FPmDjXN9lrglVBi4eAvlDtrO48Yg==
4aa421d4-3da5-4a0c-9dec-3eb8274699d3	1	windows	NpMI+/hRqwxXsYIHQhQyd8LbadjpRv1P	uXaGmGd2B0EwOSSRcFdke6nOWNln58xnSu93W2AzI1a8H3mqVOWU+6lEHde7nviOoH0zX2FyvQ1wpBbDqeR+FlXQJXz3KRBVLxC2H76x
7232dd85-1af8-42e5-9412-46888c85aea9	1	linux	lIRqFDHq5My9ofv9YCzEMWytpZoQu0HU	oL6tw6Bckxg+PbInOLn4HPFalZ6pcUCIIUcCq0o1zASSOrMhvQ2MrjseaTpiHL2+Ny9/Lslw8Whqth4/HmJdIpYpgVYU8trlgDJDc8qLcEteG0aWGmJ5WZJeE6qxRnOex8Wr/stka47OF+uiXWqbA+b0NFGDOsDEqDzKl7sjjHsr5h+3NvjNpZEhtJrvGSIvRTdAtPwc5LLsjx2uAhDTaZ5JKDGHCetnmZdy
7232dd85-1af8-42e5-9412-46888c85aea9	1	macos	YzcUR6tD3ToH11iKZRv6GYn+48V0pNAR	6KyuSxoyFfCcOonONrq4D88qELYC/TJu+O+NVSx7NpfPeFmmeV7Zybxftax9nYa/3gYKhdbQ2swfr//0XpnEYwNQtszbiBeKpXnYW3KJL5CzDxa9n90JhSL6NnT5jCXm59xUTdpXXF4+bbe1ttGV4PJsOKdiQZ06ZfNyAAtM7Pnd/HKAA9jTMjCqq0NLnhwx5+PwFVxa3SpMF2aLR0W0V9MLJ0mS0N6EcgYd3ZioO4kfJUeur2OlmAiXaDofk25B80N4e1NLWtFE330JrZZIsK5VbY46A6aIpCCEr9awxGSNbhWm5M/YwQwlb4cnGnsQzBYHYZcOoFxjc7q7KwrjgY3jvbhc86UFc/L4MthPNDbneFIo9Ex+ob1iqbFuCNx1+1w1+QJamf5TffcOvI2Y/9seFYwA9pYq+4JK7g==
7232dd85-1af8-42e5-9412-46888c85aea9	1	windows	uPjdvtrSl/yw6fIo2bF3OpZ4P2Np2Ssp	bXOEXOVN/pZZ0QYlMq6f/oca7kMkZCfp7O6a5QCYcxBuTB9nn6YIKqWpvxl50QByDmHDQEc3W5GQ6V8toZejT+n6ymiEqvfarg/dwzRq
97873376-b29a-4b30-9f17-83a74df21bb3	1	linux	Eg08gd2B5GgltutpeM8fXd7zlEJ8jlEw	C2TvgLxJ4M9f3UTe3+CsX9dT6LIFdPEGJGrMzZ8nibs6+QfLLSGAUzr5J7IP9QA6+YopgKGiqYmjvKRK5M1s/TIpmEH1eTAZ2ehMbcyuLuksLZBBd2PTxYpuIRUQwO5OntgG79J3879v0xGhq8YLUSRjhE0hTOwEXqXhDX105Qnz9z0M3oAsPZDjg4f6JN9WswwFSGZD78eAs1vFsFoN9mP1sZU2q4JVMnwR
97873376-b29a-4b30-9f17-83a74df21bb3	1	macos	bCoEyYnY1zCiWb4JpNKykyOouR29IVE1	At14JGYbiEZJQgTCjchex91kQMI0yHiUJ+80GbL7qYe/PEvEtzDQrDSFFF2cxBtqwwwYA/mIU3llgI0XDqlUOZ6nLuPhSZkmeTEPQ65VuyrnE7p3C35PQAUiaX2eAjwl+aoJCasAXxc681HunjCJje0HlL/RxTCPQ/g3Ux57a0c96z3gC31WgF8nifdw5gNOzlwYyg8A6QEvpFfVus/E1B+5+SKVr32yjNxbD3MTzKhjdGwXjdSIXpU1ukX3BCgS+MIPIE3TCl0eJ0nt3H3nsw7P6cITM96XbQ0DkRv7htGJHwOViRsZjHTJjabrD8wwACTQ7P4rIUV9OBZPYIej7LdjLnc5PY5sK8LYeg2ScHzfGS3oxnOxuEDB3X3qw5hJhkgijcbAHBYgPI6W5X5pVXbWryW4yodACgxCpQ==
97873376-b29a-4b30-9f17-83a74df21bb3	1	windows	dxbAoaXFO2BBCCdffDVr7dtXWON4LrdO	Qh3fizlLgLPOkfgjSHtpPzb8hebmKTRnuB0JGbLGjrSzGUDngDnp5mJyhiUoZVC9dtA8QNuD7YzGKwgCbt4xmQxcJP2cw/lPcuuXLCuD
9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	1	linux	QXZ73vQyZ8BBckUApTS07RykMyalg4AC	5CoSZ4zlMqWb8Ogwrz9HDuXRAnLLygTdS2BVX731MLyE1LhUbROYFD+2qcrTkIiCcSHaT0kDVdEjYXDc6/sMsDvVspIwuceAUvCEIMyS8Y0lwv5KXRFYQv9ZcsCkb+yAiaFbnkV+lvBU9DrmfPORneEgbs8lRHP8Iuf8fpFwmw7QIWHizAY0aH7qXztHC4CWbdLW/oHtxrpbQokefqAdF8hRWEKwS+qoI2R3
9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	1	macos	YAJOzooYKpT7KSw3RrIcEhMIE1dIqDBp	OGzGbnSrRS1+HfYEsiscfoQqnkcFsX7N05h3DxUX73Tn1obJyU45ROMs9OZPnMKxe95BR9MvaOZfRHnZyJy6k/5S4u1wg8RJwRPk2pNwm3nVZY/ye0997N0gdHPh4NPDC4mcunuJoek58QOHZW4YWTrsGCT2mFYOqVpDtRxpZxCsOhcTn0rvgWZB/KUK+kZrK2uwoDMTpUf7wiB6cG2HEAujOovZq64OpJcZEPwQKgJxRrt4ArNi8krkBmhfF5SCBB6iLssCN3iT6BCtnpo8tmVMrbrtnMj74U3vWA9JF7jTvGsdr6YSPxtbxur6j+Ih3wQMu6G8420Zl5pi3NVoTjZ/RLUai51gCxRySMhY00SM9nrIrCx0H5aNULBvH7vN4rfXX5ImlIfL+meyUKGDBYWqc4Ro6IQtS6C0IQ==
9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	1	windows	07APboFVxP5pLSGOWXb+ajB0WwozmUkP	OM7y2kOxcERa2hMpXrvwyu1GOMSTYqkFzpH0jJszmUsveY93y1VfHxLzNg1l1rjq/DH04INPbnpZSj4copTqFoGFEOB2A1B0+OOISnTK
c37da436-2404-48c9-a719-bfabe1e80ab1	1	linux	tu4MIb9V2F2UQYVqEDY24KNN28o6dHcd	SjkdyyzlQUabY4UsEiKPVyUUqC/eEanzJfGdl4GBHFg+fCIEijWsEsieDHg/+Vu4OsvQexofIFyGRDLmMNHgB+qwGpWSJwILyS/GwSjCBOABY5wC4LzT4TKipLN9c5eW4cXBMLb83MgGL1MFTbqRdfGDEhXxbISh1krTEvBGJxLlIlC0x4fjYmwHksNEPunwq/Sq6geJoH0CkUHlZdCaCpsG3NpS/DMcLRMY
c37da436-2404-48c9-a719-bfabe1e80ab1	1	macos	NV1i8MjuYpnroxZZkrfuxf3phfcs0Vfs	Ka67QafqsW3e8smjmCXpX51rQs4BFUvl/BwRy+Ih7pH3VCX2C+DREHDXmnadNAfyJVdITlqsyA5d4KmHXyAGeG1whb8JvOA4PZW8SyLv0qcv4d3Xta16cDGkmErGo8SJWNlIuQXonU20IW+A65rO1fo/37Pyfe5iwg8qZt3+h+F0/6wLLDg8ndCsGM4uIKvRVbV8srQkwCVqlck7wI1eE51/Zt5RHPmqkZGs2T5/ED6dJ92ca0zMLuqPpFDxfPPAMq7mCZTtvn/8GuTDr0//bGcsR2B5oekrUoC58etr4R3jJey53Ibe+9/sDnOR7el1Ds9md7Qz7ZvR6Bo1FXbindu6KfDhX2SKOjHN22CG1KKxF/ba4vQN5TL3CFIwWwfafA2qvevPvRLsXRpK92+2e9pOM2OG8A1ERFGGzQ==
c37da436-2404-48c9-a719-bfabe1e80ab1	1	windows	kvjVAZOW57BA6DEFuMNAyhDWe11W+NBe	LY0TeWmvgNUtNrrx77oEJFxYszIoCOxHJHeIimn5G4/LTEOYQlZhUTlJ3+bkBQGsKuU0JFqTmEefX+srGRb6sL2o1h3H1ZUzdtCt5Kcv
698ca278-c8ce-4d84-906d-e918ff016f52	1	linux	lqpzhq5m1g0hH60FNsghosvMrM5IWcdc	dZes33EOLCjy7AaG3Aa3pqFZ7fVVLmJZaLiMmfvsdODi1GnqTJn5BkHRxSjRCJA3WczoROuX3n8TK3BF2jO91LnAvoKRMRegjU0GMIFAVDOIrgPuX8ST7TkAmohsSM0bQRhSZCMByjxhlKYAXa8RgA53v2lp7LiWXFBmMmsowmHia6m2379dVb+rp/vUpVtkTTG+U+azw1GGbXI9fYi3j0QusYJcwvcjnvPl
698ca278-c8ce-4d84-906d-e918ff016f52	1	macos	t9PRpkvL5EXB1ioKyzHkEnEXb/kI6BW9	T9FR1EqzFHt5iMCE7hazL+fwiAhiE7cbXgvAC1HUItOwaJYmLgoOeCff6oHk0h93AXS8btkHD+eXYGAPlJUo+G7xnFszcWPSedATlkpuMCagI2ADHCPA64Wox6yPX8g5X7GNCD9Qkb6DRtYuLUa3zJc1YdDM6m+oXrq5hPXjnYPMYr1tpYr0eVLfGA/nry2u/qr7kkbUjrdEbrqA2sDpO5e9kUw686VeE+bo490XObHGTVpIfarROWR2i4iezw99aFGVw3xBkUXR5vhJitLv9fl21x6UamqCZGRrQin4+Qc2Ltq64lKlWaO755n+fPXYs2WLG3uNjFUSQwJ0FVVda6AMN2MY/e9DWeGChBI6zbPb6HnHffl/q9il8TJAxogWeBwXqwCmwPKEGDCqpo6xpeEx6IZzbZMgOO7HIw==
698ca278-c8ce-4d84-906d-e918ff016f52	1	windows	KZ4Vn5L9tNe/vsC6MHsNZ86yXmXTTa/s	4IpUg1hbDGVX23I98h5qW6SkDW6DNq4/LvuzqP4RBO+hXUFSo4/Y8CfTNYIP74Nk8jfqeL1LGWMw5SX3GiGJ/nOxgSQ71A4jx18wcGeH
ef8a6abd-536b-40df-8096-0d52b167ed5f	1	linux	GKYRKnCd7q5WNvlO26Reic8nHjdg2y5T	zhldoP8bULrbAnZGvINbjLYUjGEeVwizSPjw+u8H6PDeApJNCEeWA5zbLV7YuvvdnKymscOTqY/ZuBInDnKsm8VhmDlSAldz8mI1gRowYNG7nkkvxFsBLOqP7Ykxx4BfXJX1lNbagc2DQt2+cfg+lpTEhGJoE8kr0LHimW/J84olDqxxE8actTeSjnuv7YFS/5qIaOvOv9GM5D7JVJ9/p337ipfFBVHVq5CE
ef8a6abd-536b-40df-8096-0d52b167ed5f	1	macos	ZMf7qq5n8r2aGLub+kAyY4lFv2IGGaZs	hyVhcHjctblqutzW53WPwY0gYMnMoSpIUjuegaArh84a2twx6T4+WIiVsBG7y7/xAnjWX8HzMiDusBr8MCtpf5sNW7Y8QCmiopQeEaGzl/oyIHlHhOzRtvMrqNF3DaLT3PyQnpUT62pAqPeuJV6pd2wHH2v1czc+gToC0q1TkooQEjpY5VGrUEK8RC/+9ovqyqsM1n/ceEX9aikXPPtkY/Nk8Sg5RMx1xjmUoSm6Otmx7PG3qAqz+P2AskzPs/kImSrpd4mIW435nNc5Fo9LLMd6xxsDjKLuwMwvy9PwotVvjqV9OI154qzkoZdLGUBVb0C8bRN1tdbtYydGYpsWI8HBm+417KwlTmWkOeFge317BPwxvGsIwWnE/daGGVNJJyZzwUvtVtVIb5eedNtsEvGSyy+4EMPeC0EdFQ==
ef8a6abd-536b-40df-8096-0d52b167ed5f	1	windows	h1klGAOfG9RtkXBp56OOPFBsmLZsrcFX	kG0C9PjdyRsdZQ3DeM/GaWAfQb4IMDpSkL+AmAJGYdOj4F01HAWzykzlDTMZV/b6ukdXdybHJ5bzlEjKNuDg7r3uDCc9/nQSIzDCT2WG
619ce631-b701-4147-a1cc-35883be2e8b9	1	linux	7Zw4HHkqw6CxMb6Gfph3lImey03PMu4y	Ryp5xCCODtRDv/gSjQHQbvVgmFlZL9d0ljhQnxbEA8eKoSgghRy2CysFpmT6IbiXW3WaiHpMLvVfDhuy+sTaeJ12IgCHqPlIRZz7pHJ//AcyfMgaQGbpjizG2HJs++0JDk9XuUjHMLO2d3dyP0A/ofGE6pdZBg7GpD0mebCrZzwfMcFdQY5Cw0STFi5bDN282JlPXWDMJfog5PrV7RxrhR/floyXdVPHNEk4
619ce631-b701-4147-a1cc-35883be2e8b9	1	macos	C2kz7L9VLOWX58KgokJJLniK5W+GmXag	fdQV4DnXE/kCqP2dGR8SqJ/m3nqAVpHc0NHN7ArpFbJb/srUTn9coei46HL6JvP337vvmPK5fTJsydyP7fmrp68iL8/tjLqc3DJl2Hujzr0vQ0tF571qN90VW5pDiUTrz9xSmRmx7aup8qdXaD4pXn/9zK6HQD4d8vD3OKcVCxLxhnt+6YHRweKCvImuUlHNOiv0kS+aOcVeiJRcbloxurm6kr25tUK2L8xOPl3kBWAgRu/ntKnEkQsbnBGQhltp0pfe3g1dqemomx0paAI6H+e8cdY9Fqtunh3g/spBjKD87hgVuXc4FP7EEMA3F84fcUfUInM2TiQ2bFRUc1LYhx3kGNmBSTNVitDZYU2I0vWyAlP4wAuTzdH/G2ZIViD8bmpZE2n3VzoKo0j1T1XndzyrVurpYr0pnFeRXw==
619ce631-b701-4147-a1cc-35883be2e8b9	1	windows	rOiUr2kjG724UowYTWBowhNLcfWoqXEK	qzrJHCCjFwEusf70q1swU88CXFRoedhrk/fLseUvJEwyXDrs9yEfylZRuuth1a4GvLhs96cGCx09RhmPuScGIdXs1irSQOITVZ1iqwZg
2c3c7a1d-83a1-4637-952d-35129d2a3262	1	linux	bB9P5lVFqqLo91LhHLnf59cyAvWnIUph	5GgqRa5lNqQ8CSL3M8DQmSsdzR9f2oX+dxYZaJWBdQ7I6Ia3gSlMl+rm7AgQlPWsc9M01C9uQPRvKKRZdnTyc7Us4w9UgEQEbBAyuolo5rpcYC6b+DtDn0//1K0WL/OLaJYNOVKNp+SsS35ddv4tXVSH8XaTKJa4HFjEaaISZqw1TFCcOqzoDKnt8pbJxdHkP0PqO3CSaY7iAS9d82Kyq68/qbWjtDtzVGNS
2c3c7a1d-83a1-4637-952d-35129d2a3262	1	macos	lkiwIlwl72K4SUeXuJhaIYr7KddYavLZ	GFEfO+t6u2CW6Np3uqz5O8LCcdCmGYnEv8ud3MthstLM+grR9OEX4LvrBY+hWdgto1eyXtIOJYVcXEqaxeV5PvNEjytQzziz8YQrinJIDcGkvhVEzXunxvvJFuW/3bhDKmEQj94Ob2mrl4xkKbJTMIKrKmpQ9/Gs51M0os0o7LG9yMnFQIbg+nwlz02mWHyFEWMU8lePT8v4aE8pm+FXEFbXwrQvvllsaV/Vt9mpDVkATU8h2u8XiRUCRrSTKiJYJMwWjFPsJ5MVGApGX8VE6talTLaTw3NdBOURPFcC+x4DSNYrAtJNL+906UjeuE16rHPxXhfEG2UAiGak+npA7uqpfsz786fwR2P9BLOqTfA9osJyTvn0U7/1t2k/Ktiy5qWjGBLAJqQguEhLVuUYzyNvI3RJPJwaZPMBlA==
2c3c7a1d-83a1-4637-952d-35129d2a3262	1	windows	ofVDJTlpkkXuoSp2gAS0hjIhtZOw2UIm	j2XoMWkjQ9dJ4mnouDABahtyGrZy6vjJVdKO3zP3IGiRodmIoC5BTfr6P9cXL5qzG8SUjoQwpmHQgRZvH/PZYu6m/BbY/JJLK/7pr/qW
8b975300-5b38-4d73-9ed7-5e1844514b80	1	linux	mxDs7NBPWZbaYH+HpXqsGlJtPrj7COT5	bHHOS8mWeKdFpaJUCiQD6XlVLF2CvuXm+26dMNKrSexaqAnAqkwS4LAE8EMO4a6lhP6wN680230zSsJLEVKudJKSEhnqqNixmEldGQWsOtY3nNldAmvF3zjaBA1+BaeUR1wguTKwqKqTg7LI1NXewObxEtAyQne19teixjoqhLALicnl68xD5pueaaPmBb7w99q4VZgNyfGcT3691X92EmVV2z+au/bpBgOM
8b975300-5b38-4d73-9ed7-5e1844514b80	1	macos	DB3ibKzRhNlOLS5149HOdvuHtKamBJYg	c2FZLKnXHheG9YyNkvqVVtnD7Q+2RYxkW5/RckFj+8IkMl7mONXL0clX+ig4prwYjQkH1hmYCZcaPbbAOnZJC2nGk1588PYoQJ/OHW8bzJaf9j01WtDcWqPvIQNyaNutMJZteLymeMA6NuAXyyBFU9aurmfvpqw4Ny+NlFI7T+B3M6ApwVbmlnHjQ+4NvMTKkc2x34gcu09O1vD3Z9Q0mgsJJv97DmpAJ2UgYn197b0Vwbpw7NsbSotN2iPdIoKMX/Nq4kem4CRUnC4ZG2uOzNOtlU8bapV0/aqiUfVtAlk3MHlFW9nyBqWaOBFDmjsKeqjRvbXsnr7jRKkXvssjhbX/Vt1/ve9vl2g2yAF86I/iCoAgG7Z3HiATwONhK4kFCtMXwrCxpSSLmuNNOTOjp2kPEWGKTSFv3hbewA==
8b975300-5b38-4d73-9ed7-5e1844514b80	1	windows	myJe9gjX1kkDPEE7CE8nk7SPDFnRdqZZ	Vs+ygye7rTWkgaPsRcx9k75rWVwRzbaQSs9g1sROQCCRXXd1m2d30GBAfk4bEvksM0Y+n1UeLEfRB56veFeR8qbkpG1hQ6SQyMbettEl
\.


--
-- Data for Name: orgs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.orgs (id, name, settings, created_at, scim_users, next_uid, next_gid) FROM stdin;
865bd293-abee-49dc-9bbc-6ba6c4836052	default	{"password_policy":{"min_length":8,"require_uppercase":true,"require_lowercase":true,"require_digit":true,"require_symbol":false,"disallow_username":true,"max_age_days":null,"history_depth":0},"portal_attribute_edits":false,"portal_password_changes":true,"username_policy":"strict","unix_accounts":{"uid_min":200000,"uid_max":299999,"gid_min":300000,"gid_max":399999,"home_base":"/home","shell":"/bin/bash","take_over_local_accounts":true},"require_admin_mfa":true}	2026-12-05T21:36:24.496Z	25	200025	300002
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
10
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (prefix, hash, kind, org_id, subject, stage, address, created_at, seen_at, authed_at, pending) FROM stdin;
ds_1TPeLX8FxveC	c7a84c2204af41b396a14a249e184249cf6f4f740c3c3b9c9e4f2b0ba5592318	user	865bd293-abee-49dc-9bbc-6ba6c4836052	7c322e78-0701-4210-a854-69b46106f24e	full	127.0.0.1	1796506586	1796506586	1796506586	\N
\.


--
-- Data for Name: signin_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signin_attempts (seq, org_id, at, kind, login, address, outcome, count) FROM stdin;
1	865bd293-abee-49dc-9bbc-6ba6c4836052	2026-12-05T21:36:26.352Z	user	pam-73225d36	127.0.0.1	ok	1
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
865bd293-abee-49dc-9bbc-6ba6c4836052	ACTIVATED	1	0
865bd293-abee-49dc-9bbc-6ba6c4836052	SUSPENDED	0	0
865bd293-abee-49dc-9bbc-6ba6c4836052	ACTIVATED	0	25
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (seq, id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at, pw_mac, uid, drift) FROM stdin;
4	efc5fa89-a8fe-4de2-be1a-7aa97dbcc205	865bd293-abee-49dc-9bbc-6ba6c4836052	ana-9f877b77@example.com	ana-9f877b77@example.com	\N	ana-9f877b77	ana-9f877b77	ACTIVATED	1	1	{"userName":"ana-9f877b77@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"ana-9f877b77@example.com","emails":[{"value":"ana-9f877b77@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:25.602508738Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$QoxAidG8zhZzlW1Msyt4rA$e3p7DdnH304bTUfmQRlzY6OmA1AuZlInvftCD/oAyM8	2	2026-12-05T21:36:25.427Z	2026-12-05T21:36:25.601Z	06924b468693c2dc95c0b7aec3a2c6875bb077d52d9f68fbb41125ba6431d1a4	200003	0
2	f823f387-d7e4-4ae4-9537-98cea6603f7a	865bd293-abee-49dc-9bbc-6ba6c4836052	kim-d166e0bc@example.com	kim-d166e0bc@example.com	\N	kim-d166e0bc	kim-d166e0bc	ACTIVATED	1	1	{"userName":"kim-d166e0bc@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"kim-d166e0bc@example.com","emails":[{"value":"kim-d166e0bc@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:25.103904383Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$LeZiXm+tn3jPP8vcMKCFoQ$FKg7ReiS1zeGLrC8iXP5AtpvDvi2jdlpMVjugz40Scw	2	2026-12-05T21:36:24.959Z	2026-12-05T21:36:25.102Z	9902757e519e349ff2373a9abcea1c6770f0be7941f038acb08e9f6ad375e6b9	200001	0
1	028f74ef-290d-4cc4-b029-95982811fd48	865bd293-abee-49dc-9bbc-6ba6c4836052	jane-18f05ba1@example.com	jane-18f05ba1@example.com	\N	jane-18f05ba1	jane-18f05ba1	ACTIVATED	1	1	{"userName":"jane-18f05ba1@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"jane-18f05ba1@example.com","emails":[{"value":"jane-18f05ba1@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:24.742099328Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$NQ0IdBzw3j0dhFci/NJO+Q$p2srqYfMwwqiS42A33BvDS+QQu1fvKcUJV8cZelVRGk	2	2026-12-05T21:36:24.583Z	2026-12-05T21:36:24.740Z	5bf6d913920d9530fff33ece602502d22a3108f2437fc89725869e53630183e2	200000	0
3	c195e681-3e5e-42de-9e0a-f9962aa306da	865bd293-abee-49dc-9bbc-6ba6c4836052	omar-ed806021@example.com	omar-ed806021@example.com	\N	omar-ed806021	omar-ed806021	ACTIVATED	1	1	{"userName":"omar-ed806021@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"omar-ed806021@example.com","emails":[{"value":"omar-ed806021@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:25.338827518Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Rzf3wT+0B8qlFAjrMYNR3w$5MVhnTo+NrR5e6EbE78fK9Xh0YT16UP1MO0prwNxJqg	2	2026-12-05T21:36:25.223Z	2026-12-05T21:36:25.337Z	28b1e50d9b178f4dae8dabe191c4bd9154b6aa18525fea82035cd6499a19c4d8	200002	0
5	00c00eb6-e842-4f6f-8dca-2afd384cc2e8	865bd293-abee-49dc-9bbc-6ba6c4836052	li-289b9de1@example.com	li-289b9de1@example.com	\N	li-289b9de1	li-289b9de1	ACTIVATED	1	1	{"userName":"li-289b9de1@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"li-289b9de1@example.com","emails":[{"value":"li-289b9de1@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:25.908393744Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$eplNWa6TOgMgF2IpYzSQ4Q$b37lMT/MSYr4Fcm6ZKzBX55U3d8mmzW0b+k/BDNjVO8	2	2026-12-05T21:36:25.732Z	2026-12-05T21:36:25.907Z	31a0bf09fecf48eb2602319271de37d8e17178a2dded09094aef1cd124bca7a5	200004	0
6	b1a77d30-5ce4-403d-9b21-de5495606e6b	865bd293-abee-49dc-9bbc-6ba6c4836052	wes-a548cad@example.com	wes-a548cad@example.com	\N	wes-a548cad	wes-a548cad	ACTIVATED	1	1	{"userName":"wes-a548cad@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"wes-a548cad@example.com","emails":[{"value":"wes-a548cad@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:26.105829581Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$/Qi34evmAFtTfL4qlDFuDA$Kjl7AJnPI7pGRwWZ/zZ9694RhCJGIkdTXZj8XBRiEw8	2	2026-12-05T21:36:26.047Z	2026-12-05T21:36:26.104Z	d7c60dd51906c4453216c22d99358c7ad203ac04305126efd273a6adf95d9bdf	200005	0
12	7921f32e-2c6b-400f-8fab-815f491ae60e	865bd293-abee-49dc-9bbc-6ba6c4836052	gbd91e995-2@load.test	gbd91e995-2@load.test	\N	gbd91e995-2	gbd91e995-2	ACTIVATED	1	1	{"userName":"gbd91e995-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gbd91e995-2@load.test","emails":[{"value":"gbd91e995-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:27.133267681Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$KTv+6+Jj/Cq1VBP4KLtsGQ$a3sy1DWiAHFBc1Q4Xau1ZKOjj+tPJi35jz78mO+lOfs	1	2026-12-05T21:36:27.132Z	2026-12-05T21:36:27.132Z	48aa972794e3fa2832425adc70022655f13a371cc27770ba178fe1d78c4becd0	200013	0
7	0c1f1034-a932-4522-afd3-58b816b105b0	865bd293-abee-49dc-9bbc-6ba6c4836052	lin-d2a44bcc@example.com	lin-d2a44bcc@example.com	\N	lin-d2a44bcc	lin-d2a44bcc	ACTIVATED	1	1	{"userName":"lin-d2a44bcc@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"lin-d2a44bcc@example.com","emails":[{"value":"lin-d2a44bcc@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:26.239630867Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$Ajldzy38ghu9YM1psaep7g$/IZDwiYOB1cgVkQTnLRrEMbartaRLjJrXyRu01h1OTA	3	2026-12-05T21:36:26.169Z	2026-12-05T21:36:26.252Z	081aed657553322e255fb8e80e34c2e036b98ce480065581936f0523a7c10413	200006	0
11	43892e5d-a407-4d0e-b21d-2c166ce8efea	865bd293-abee-49dc-9bbc-6ba6c4836052	gbd91e995-0@load.test	gbd91e995-0@load.test	\N	gbd91e995-0	gbd91e995-0	ACTIVATED	1	1	{"userName":"gbd91e995-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gbd91e995-0@load.test","emails":[{"value":"gbd91e995-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:27.118968347Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$XfssHgbaJmOF+7J2q3EmCw$9n3zQ5TXfV1rYk+MVxaga38lh+EZNPCI3+m6bjZVzIk	1	2026-12-05T21:36:27.117Z	2026-12-05T21:36:27.117Z	54b9884d4266d5af4ef715037d6036e0d9746f5b237c3c1ab148af3edcc3fa99	200010	0
19	64c45d47-a057-478f-810d-8f062adc0762	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-7@load.test	be16c7f02-7@load.test	\N	be16c7f02-7	be16c7f02-7	ACTIVATED	1	1	{"userName":"be16c7f02-7@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-7@load.test","emails":[{"value":"be16c7f02-7@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.315104941Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$n+s+iWeUimRMse/94ZBCOQ$sTXVd18Mebw1cumijXMjjhrYEadvra1NV46zVlGit0Q	1	2026-12-05T21:36:28.305Z	2026-12-05T21:36:28.305Z	39613ff88f9eeeae9e1e38113e3dd170d6aa6143055dcf0e9507e3fe4673c679	200017	0
8	7c322e78-0701-4210-a854-69b46106f24e	865bd293-abee-49dc-9bbc-6ba6c4836052	pam-73225d36@example.com	pam-73225d36@example.com	\N	pam-73225d36	pam-73225d36	ACTIVATED	1	1	{"userName":"pam-73225d36@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"pam-73225d36@example.com","emails":[{"value":"pam-73225d36@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":3,"source":"okta","changed_at":"2026-12-05T21:36:26.481012024Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$bMyq6LMt3cU8EjzKN5kzXg$d23Tan9/1gRJpqx3Z+1OVlH/tviDRsQtxewLvqIXHHY	2	2026-12-05T21:36:26.311Z	2026-12-05T21:36:26.479Z	b57d7adf22582fbdc53bfde2abaa5c60e927f14a0337db689debff2d8395d1d2	200007	0
9	ac678182-c902-43c2-8c8f-a4ce1d8f2678	865bd293-abee-49dc-9bbc-6ba6c4836052	sue-e8ffd728@example.com	sue-e8ffd728@example.com	\N	sue-e8ffd728	sue-e8ffd728	ACTIVATED	1	1	{"userName":"sue-e8ffd728@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"sue-e8ffd728@example.com","emails":[{"value":"sue-e8ffd728@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":2,"source":"okta","changed_at":"2026-12-05T21:36:26.613216522Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$329WlhYORsIECLdyfsKJfg$2Ekc/q0gavzaqpb//f+eJOM3zYWpvXqxuXWhOoNRkUg	4	2026-12-05T21:36:26.543Z	2026-12-05T21:36:26.622Z	f57c673aebc2916e442b26e33fefa14fe119e145c7cb0e6403c1ee43eb1ffa7e	200008	0
14	4aa421d4-3da5-4a0c-9dec-3eb8274699d3	865bd293-abee-49dc-9bbc-6ba6c4836052	gbd91e995-1@load.test	gbd91e995-1@load.test	\N	gbd91e995-1	gbd91e995-1	ACTIVATED	1	1	{"userName":"gbd91e995-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gbd91e995-1@load.test","emails":[{"value":"gbd91e995-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:27.183525252Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$4mFrBMV7KC9Kx+17KRNsrQ$9l8Ss8uUxBE+aSArFFMdlCvnqbfd9yLxCdbMf1Nftmw	1	2026-12-05T21:36:27.180Z	2026-12-05T21:36:27.180Z	6821152b7c4d0bda819efff8d856ea1e585a3610f1e90a89d2a61a291dc9222d	200011	0
10	d0309202-2f9d-4a7a-8831-c50deb9a8777	865bd293-abee-49dc-9bbc-6ba6c4836052	tri-bad60325@example.com	tri-bad60325@example.com	\N	tri-bad60325	tri-bad60325	ACTIVATED	1	1	{"userName":"tri-bad60325@example.com","name":{"givenName":"Sim","familyName":"User"},"displayName":"tri-bad60325@example.com","emails":[{"value":"tri-bad60325@example.com","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":4,"source":"okta","changed_at":"2026-12-05T21:36:26.944613991Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$sG8Wexsb3aDXRvvTIxO2kQ$NI+95l/ix9k5bMdJFpR2tb3GdQYsK9wxh+6hmukfxJQ	4	2026-12-05T21:36:26.677Z	2026-12-05T21:36:26.943Z	4e2233d69fd80808514a7d0290c17d196e384084d451d3d05c8cf901738f889f	200009	0
15	7232dd85-1af8-42e5-9412-46888c85aea9	865bd293-abee-49dc-9bbc-6ba6c4836052	gbd91e995-4@load.test	gbd91e995-4@load.test	\N	gbd91e995-4	gbd91e995-4	ACTIVATED	1	1	{"userName":"gbd91e995-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gbd91e995-4@load.test","emails":[{"value":"gbd91e995-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:27.228809984Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$xlbUZJk6lEkV2ARqwKk/ww$NQdBUK3yIr65cREAu7ws9y6ej1IoURm181oVFM+ldeg	1	2026-12-05T21:36:27.226Z	2026-12-05T21:36:27.226Z	4fd578779b877f01cb52d91acbe4e13fb2098a55fd178b4046c97c262309e8f5	200012	0
13	b2022409-efb2-4dbc-9f76-90a0c694f3cf	865bd293-abee-49dc-9bbc-6ba6c4836052	gbd91e995-3@load.test	gbd91e995-3@load.test	\N	gbd91e995-3	gbd91e995-3	ACTIVATED	1	1	{"userName":"gbd91e995-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"gbd91e995-3@load.test","emails":[{"value":"gbd91e995-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:27.173906433Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$ZlSqLuNijmI2A6aVW+OL6Q$vhHk7PrWLLwHJSmKZbEjnZnWpNm0RMxCqFlF1hsyCQI	1	2026-12-05T21:36:27.173Z	2026-12-05T21:36:27.173Z	c66d7f76f54307fe91d8904345bf590087f505be1f0ddb10031537868c832fd4	200014	0
16	9d5e7c3c-065d-4c89-9ac6-28b94e21ded7	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-1@load.test	be16c7f02-1@load.test	\N	be16c7f02-1	be16c7f02-1	ACTIVATED	1	1	{"userName":"be16c7f02-1@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-1@load.test","emails":[{"value":"be16c7f02-1@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.260129294Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$2VssxOMR1BosD0cmshmQEA$VNPMz/iyMD6LdRfiwEt/5fWTCl7mVOwG+HSUU1d4Yqc	1	2026-12-05T21:36:28.259Z	2026-12-05T21:36:28.259Z	d1f0ad99b1cf82597bc61b1e794404eb408c0f9a1ac017721b5f6dd3d549696f	200022	0
21	619ce631-b701-4147-a1cc-35883be2e8b9	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-2@load.test	be16c7f02-2@load.test	\N	be16c7f02-2	be16c7f02-2	ACTIVATED	1	1	{"userName":"be16c7f02-2@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-2@load.test","emails":[{"value":"be16c7f02-2@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.358851354Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$fOiSBNWWJ8qHekJu1Y2qNQ$qY2e3MCRFvNsJaYL9XTPRkPT8Slz7lXtgn8ideZztoM	1	2026-12-05T21:36:28.355Z	2026-12-05T21:36:28.355Z	b49b88d5da3153a596965bfcd6daf63e8afe246707a6834e5c8a468048774d82	200016	0
18	698ca278-c8ce-4d84-906d-e918ff016f52	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-0@load.test	be16c7f02-0@load.test	\N	be16c7f02-0	be16c7f02-0	ACTIVATED	1	1	{"userName":"be16c7f02-0@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-0@load.test","emails":[{"value":"be16c7f02-0@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.305955302Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$x+tx8IDkctRPgkBUJvBLHA$kQiiAQGb4g/UjDexnxay3jpyiDOb0vq5BOaiSaZqncY	1	2026-12-05T21:36:28.303Z	2026-12-05T21:36:28.303Z	a5651497075321d910a9417306e422a935bd8e81a0c8d3ed5862ebda22332574	200018	0
17	c37da436-2404-48c9-a719-bfabe1e80ab1	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-8@load.test	be16c7f02-8@load.test	\N	be16c7f02-8	be16c7f02-8	ACTIVATED	1	1	{"userName":"be16c7f02-8@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-8@load.test","emails":[{"value":"be16c7f02-8@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.267505515Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$l4gTL27Nv3utaIUwcQ4pLg$3yswOQzbONTEl05CpXIPDbhSKZbb3iuj6LCtGXkMlXs	1	2026-12-05T21:36:28.259Z	2026-12-05T21:36:28.259Z	0e20abed993bed74cce1862cae13636412a32d1848c4dbc87a5befa5a5ef9f07	200023	0
20	ef8a6abd-536b-40df-8096-0d52b167ed5f	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-4@load.test	be16c7f02-4@load.test	\N	be16c7f02-4	be16c7f02-4	ACTIVATED	1	1	{"userName":"be16c7f02-4@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-4@load.test","emails":[{"value":"be16c7f02-4@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.356784953Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$yHGOtFvPmyd5RVIBMjvrGA$gfHjOwqR8ef97zBumT683w+Ha3rqcNKqmVESBzXjkBI	1	2026-12-05T21:36:28.348Z	2026-12-05T21:36:28.348Z	f37a4a3f2a209264879fdf57e27b967704a1f7938a574e3bef0a659331b27fcc	200024	0
23	2c3c7a1d-83a1-4637-952d-35129d2a3262	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-9@load.test	be16c7f02-9@load.test	\N	be16c7f02-9	be16c7f02-9	ACTIVATED	1	1	{"userName":"be16c7f02-9@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-9@load.test","emails":[{"value":"be16c7f02-9@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.403243598Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$2twFC6UdrA25oDJdQrovKg$E34nXji/gomW5ke3TpzeDW5sc9B0QMJBcuLIjIR95UI	1	2026-12-05T21:36:28.401Z	2026-12-05T21:36:28.401Z	16a41aa65ecd7b70f94157bd87c4def1c280df7d1806d80ae09891167025262b	200015	0
22	757f3812-bf54-49cd-a818-67ab8f8a1564	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-6@load.test	be16c7f02-6@load.test	\N	be16c7f02-6	be16c7f02-6	ACTIVATED	1	1	{"userName":"be16c7f02-6@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-6@load.test","emails":[{"value":"be16c7f02-6@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.393710040Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$bhU5vB97huA9MjGoJRYHVg$QIRZmQpuH9f5oMp3ITNYW0OGtjH3K+ZATLv/vUYxmig	1	2026-12-05T21:36:28.393Z	2026-12-05T21:36:28.393Z	ec06d9ba68cfe6f9e050a49ad734edde439ccd14031cd5f880fc780acfb91a9e	200019	0
24	97873376-b29a-4b30-9f17-83a74df21bb3	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-3@load.test	be16c7f02-3@load.test	\N	be16c7f02-3	be16c7f02-3	ACTIVATED	1	1	{"userName":"be16c7f02-3@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-3@load.test","emails":[{"value":"be16c7f02-3@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.439383813Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$PQcZmAxgq0PbLUEnjSfEdQ$0cuT98Ab2d8dU8dsIeovk1OfL4RDqD4r7N7+IvvZ/aw	1	2026-12-05T21:36:28.438Z	2026-12-05T21:36:28.438Z	9d625653419256b1edcb04bd05cb6e33899a6597b3db688ba28c07b435051843	200021	0
25	8b975300-5b38-4d73-9ed7-5e1844514b80	865bd293-abee-49dc-9bbc-6ba6c4836052	be16c7f02-5@load.test	be16c7f02-5@load.test	\N	be16c7f02-5	be16c7f02-5	ACTIVATED	1	1	{"userName":"be16c7f02-5@load.test","name":{"givenName":"Sim","familyName":"User"},"displayName":"be16c7f02-5@load.test","emails":[{"value":"be16c7f02-5@load.test","type":"work","primary":true}],"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}	{"version":1,"source":"okta","changed_at":"2026-12-05T21:36:28.445364231Z","expires_at":null,"drift":false,"policy_violations":[]}	$argon2id$v=19$m=19456,t=2,p=1$uHl8vOYDXlStmkdXXxkwNQ$uW/mgGrVZy0bQ3VRZeXJnBtK89WbVZYb/Lttr/8nyOs	1	2026-12-05T21:36:28.444Z	2026-12-05T21:36:28.444Z	a44037bb562944c48dce65b282444e357b16622128b677d9211cd2946e668124	200020	0
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
-- Name: device_commands device_commands_by_device_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_commands
    ADD CONSTRAINT device_commands_by_device_pkey PRIMARY KEY (device_id, seq);


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
-- Name: device_seqs device_seqs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_seqs
    ADD CONSTRAINT device_seqs_pkey PRIMARY KEY (device_id);


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

\unrestrict 8Ie4SKPFmVxki2lvbQRey9paB41i9j8zq3qyBYx7jmzBDA3gO9fO1YoLQMkK5gz

