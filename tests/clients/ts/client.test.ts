// The generated TypeScript client (generated/client) against a live API server, with Node's test
// runner. Run by tests/clients/test_typescript_client.py, which starts the server, compiles this
// file with tsc and passes TOLLGATE_API_URL, TOLLGATE_ADMIN_EMAIL, TOLLGATE_ADMIN_PASSWORD and
// TOLLGATE_TEST_RUN (a word unique to the run, so rows of earlier runs never match).
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";

import {
  ApiError,
  createTollgateClient,
  unwrap,
  uploadBody,
  type Schema,
} from "../../../generated/client/index";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through tests/clients/test_typescript_client.py)`);
  return value;
}

const baseUrl = setting("TOLLGATE_API_URL");
const email = setting("TOLLGATE_ADMIN_EMAIL");
const password = setting("TOLLGATE_ADMIN_PASSWORD");
const run = setting("TOLLGATE_TEST_RUN");

/** Every request the client sends: method, URL and Content-Type, to check what went on the wire. */
const sent: { method: string; url: URL; contentType: string | null; authorization: string | null }[] = [];
async function recordingFetch(request: Request): Promise<Response> {
  sent.push({
    method: request.method,
    url: new URL(request.url),
    contentType: request.headers.get("content-type"),
    authorization: request.headers.get("authorization"),
  });
  return fetch(request);
}

let token: string | null = null;
const api = createTollgateClient({ baseUrl, token: () => token, fetch: recordingFetch });

async function expectApiError(pending: Promise<unknown>, status: number): Promise<ApiError> {
  try {
    await pending;
  } catch (e) {
    assert.ok(e instanceof ApiError, `expected an ApiError, got ${String(e)}`);
    assert.equal(e.status, status, e.message);
    return e;
  }
  assert.fail(`expected an ApiError ${status}, the call succeeded`);
}

async function createInitiative(title: string, status: "active" | "planned"): Promise<Schema<"InitiativeResponse">> {
  return unwrap(api.POST("/initiatives", { body: { title, status, methodology: "dmaic", priority: "high" } }));
}

describe("auth", () => {
  test("without a token the API answers 401 with the Error body", async () => {
    const error = await expectApiError(unwrap(api.GET("/users/me")), 401);
    assert.equal(error.error, "unauthorized");
    assert.equal(error.statusCode, 401);
    assert.equal(error.response.headers.get("www-authenticate"), "Bearer");
    assert.equal(sent.at(-1)?.authorization, null);
  });

  test("login returns a token that the client then sends as a bearer token", async () => {
    const login = await unwrap(api.POST("/auth/login", { body: { email, password } }));
    assert.equal(login.token_type, "bearer");
    assert.equal(login.user.email, email);
    token = login.access_token;

    const me = await unwrap(api.GET("/users/me"));
    assert.equal(me.email, email);
    assert.equal(me.role, "admin");
    assert.equal(sent.at(-1)?.authorization, `Bearer ${login.access_token}`);
  });
});

describe("initiatives", () => {
  before(async () => {
    if (!token) token = (await unwrap(api.POST("/auth/login", { body: { email, password } }))).access_token;
  });

  test("create answers 201 with the typed initiative and its Location", async () => {
    const { data, response } = await api.POST("/initiatives", {
      params: { header: { "Idempotency-Key": `ts-${run}-create` } },
      body: { title: `TS ${run} created`, status: "planned", priority: "low" },
    });
    assert.equal(response.status, 201);
    assert.ok(data);
    assert.match(data.initiative_number, /^INI-\d{4,}$/);
    assert.equal(data.title, `TS ${run} created`);
    assert.equal(data.status, "planned");
    assert.equal(data.priority, "low");
    assert.equal(data.methodology, "dmaic");
    assert.deepEqual(
      data.phases.map((p) => p.phase_name),
      ["define", "measure", "analyze", "improve", "control"],
    );
    assert.equal(response.headers.get("location"), `/api/v1/initiatives/${data.id}`);
  });

  test("list with filters sends arrays comma-separated and gets only the matches", async () => {
    const active = await createInitiative(`TS ${run} listed active`, "active");
    await createInitiative(`TS ${run} listed planned`, "planned");

    const page = await unwrap(
      api.GET("/initiatives", {
        params: { query: { status: ["active", "on_hold"], q: `TS ${run} listed`, page_size: 50, sort: "title", order: "asc" } },
      }),
    );
    const request = sent.at(-1);
    assert.ok(request);
    assert.equal(request.url.pathname, "/api/v1/initiatives");
    assert.match(request.url.search, /[?&]status=active,on_hold(&|$)/);
    assert.equal(request.url.searchParams.getAll("status").length, 1);

    assert.deepEqual(
      page.items.map((i) => i.initiative_number),
      [active.initiative_number],
    );
    assert.equal(page.total, 1);
    assert.equal(page.page, 1);
    assert.equal(page.page_size, 50);
    assert.equal(page.has_more, false);
  });

  test("upload sends multipart/form-data and the server stores the file", async () => {
    const initiative = await createInitiative(`TS ${run} upload`, "active");
    const content = "step,minutes\napprove,12\npay,3\n";
    const file = new File([content], "cycle-times.csv", { type: "text/csv" });

    const { data, response } = await api.POST("/initiatives/{initiative_id}/documents", {
      params: { path: { initiative_id: initiative.initiative_number } },
      ...uploadBody("/initiatives/{initiative_id}/documents", {
        file,
        document_type: "data",
        name: "Cycle times",
        phase: "measure",
      }),
    });
    assert.equal(response.status, 201, JSON.stringify(data));
    assert.ok(data);
    assert.match(sent.at(-1)?.contentType ?? "", /^multipart\/form-data; boundary=/);
    assert.equal(data.name, "Cycle times");
    assert.equal(data.original_filename, "cycle-times.csv");
    assert.equal(data.size_bytes, new TextEncoder().encode(content).length);
    assert.equal(data.document_type, "data");
    assert.equal(data.phase_name, "measure");
    assert.equal(data.initiative_id, initiative.id);

    const download = await api.GET("/documents/{document_id}/download", {
      params: { path: { document_id: data.id } },
      parseAs: "text",
    });
    assert.equal(download.response.status, 200);
    assert.equal(download.data, content);
  });
});

describe("errors", () => {
  before(async () => {
    if (!token) token = (await unwrap(api.POST("/auth/login", { body: { email, password } }))).access_token;
  });

  test("a 404 is an ApiError carrying the Error body", async () => {
    const error = await expectApiError(
      unwrap(api.GET("/initiatives/{initiative_id}", { params: { path: { initiative_id: "INI-99999999" } } })),
      404,
    );
    assert.equal(error.error, "not_found");
    assert.equal(error.statusCode, 404);
    assert.ok(error.detail.length > 0);
    assert.deepEqual(error.body, { error: "not_found", detail: error.detail, status_code: 404 });
    assert.deepEqual(error.fields, []);
    assert.match(error.message, /^404 not_found: /);
  });

  test("a 422 is an ApiError with one entry per rejected field", async () => {
    const error = await expectApiError(unwrap(api.POST("/initiatives", { body: { title: "" } })), 422);
    assert.equal(error.error, "validation_error");
    assert.equal(error.statusCode, 422);
    assert.deepEqual(
      error.fields.map((f) => f.loc),
      [["body", "title"]],
    );
    assert.ok(error.fieldMessages()["title"]);

    const query = await expectApiError(
      unwrap(api.GET("/initiatives", { params: { query: { page_size: 1000 } } })),
      422,
    );
    assert.deepEqual(
      query.fields.map((f) => f.loc),
      [["query", "page_size"]],
    );
  });

  test("without unwrap, error is the typed Error body and data is undefined", async () => {
    const { data, error, response } = await api.GET("/initiatives/{initiative_id}", {
      params: { path: { initiative_id: "INI-99999999" } },
    });
    assert.equal(response.status, 404);
    assert.equal(data, undefined);
    assert.equal(error?.error, "not_found");
    assert.equal(error?.status_code, 404);
  });
});
