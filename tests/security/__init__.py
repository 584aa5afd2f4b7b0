"""Black-box security tests through HTTP, after the OWASP API Security Top 10 (2023).

- test_jwt.py (API2): the bearer-token matrix — alg none/None/NONE, HS384/HS512 with the same key,
  RS256/ES256 headers over an HMAC signature, another key, tampered claims, expired, not yet valid,
  issued in the future, missing or mistyped exp/iat/sub/pwd, unknown and deactivated users, tokens
  issued before a password change, garbage, other schemes, a token only in the query string — and
  no token / alg none / expired / another key on every protected operation of the contract.
- test_function_level.py (API5): every role below each operation's ``x-min-role`` gets 403, and
  body fields that would widen a caller's reach (acting for others, other teams, roles) are refused.
- test_object_level.py (API1): every resource kind across teams and users — writes by id 403 (and
  nothing changes), reads open as API.md says, private objects (workload entries, conversations,
  reports and their jobs) 404, team and user roll-ups 403, children through another parent's path
  404, references to another initiative's objects 422.
- test_mass_assignment.py (API3): each server-owned property (response minus request schema) of
  every JSON write is 422 and changes nothing; request schemas are closed; multipart forms refuse
  unknown fields.
- test_resource_consumption.py (API4): page sizes and pages on every list, JSON bodies over the cap
  on every JSON operation (413, streamed or declared), 10k-deep nesting, pathological JSON values,
  multipart forms with 1000 fields / 200 files / a 2 MB field, oversized, bomb and disguised
  uploads, long query strings and paths, bad Idempotency-Keys.
- test_surface.py (API8/API9): hostile ids, wrong-shaped bodies and hostile queries on every
  operation answer the Error schema without traces, SQL or paths; security headers on every answer;
  405 with ``Allow`` for every method a path lacks; CORS for foreign and configured origins.
- test_schemathesis_roles.py: Schemathesis with every check as a viewer, an analyst and a manager
  (the admin run is tests/contract).
"""
