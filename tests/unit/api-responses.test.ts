// The response helpers of lib/api.ts: error envelopes, the 500 for server faults, the editor gate.
import { describe, expect, it, vi } from "vitest";
import {
  ApiError,
  canSeeNonPublicClaims,
  claimStatusesFor,
  handleApiRequest,
  listBody,
  parseQuery,
  visibleClaimStatuses,
} from "@/lib/api";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/constants";
import { ClaimsQuerySchema } from "@/lib/validation/api";

const request = new Request("http://x/api/v1/claims?kind=order");

describe("handleApiRequest", () => {
  it("passes a handler's response through", async () => {
    const response = await handleApiRequest(request, async () => new Response("ok"));
    expect(await response.text()).toBe("ok");
  });

  it("turns an ApiError into its JSON error", async () => {
    const response = await handleApiRequest(request, async () => {
      throw new ApiError(400, "kind must be one of …", "kind");
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ error: { message: "kind must be one of …", parameter: "kind" } });
  });

  it("logs an unexpected fault and answers a 500 that reveals nothing of it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await handleApiRequest(request, async () => {
      throw new Error("database is locked at /secret/path");
    });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(Object.keys(body.error)).toEqual(["message"]);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0][0])).toContain("GET /api/v1/claims");
    // the fault was expected here: clear it so the suite's console.error guard does not fail the test
    logged.mockClear();
  });
});

describe("parseQuery", () => {
  it("returns the parsed query or throws a 400 ApiError naming the parameter", () => {
    expect(parseQuery(ClaimsQuerySchema, request)).toMatchObject({ kind: "order", page: 1 });
    expect(() => parseQuery(ClaimsQuerySchema, new Request("http://x/?page=-1"))).toThrow(
      expect.objectContaining({ status: 400, parameter: "page" }),
    );
  });
});

describe("who sees which claims", () => {
  // Editors with a session: tests/unit/auth-guard.test.ts.
  it("readers (no session cookie) see only the public statuses", async () => {
    expect(await canSeeNonPublicClaims(request)).toBe(false);
    expect(await visibleClaimStatuses(request)).toEqual(PUBLIC_CLAIM_STATUSES);
    expect(await claimStatusesFor(request, undefined)).toEqual(PUBLIC_CLAIM_STATUSES);
    expect(await claimStatusesFor(request, "disputed")).toEqual(["disputed"]);
    await expect(claimStatusesFor(request, "draft")).rejects.toThrow(
      expect.objectContaining({ status: 403, parameter: "status", message: expect.stringContaining("editors only") }),
    );
  });
});

describe("listBody", () => {
  it("wraps a page with its position", () => {
    expect(listBody([1, 2], 7, { page: 2, pageSize: 2 })).toEqual({ data: [1, 2], page: 2, pageSize: 2, total: 7 });
  });
});
