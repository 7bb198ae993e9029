// The sign-in form's schema and the rule for account passwords (admin:create).
import { describe, expect, it } from "vitest";
import { accountPasswordSchema, SignInSchema } from "@/lib/validation/auth";

describe("SignInSchema", () => {
  it("trims and lower-cases the email, and says what is missing", () => {
    expect(SignInSchema.parse({ email: "  Editor@ChipWatch.local ", password: "x" })).toEqual({
      email: "editor@chipwatch.local",
      password: "x",
    });
    const empty = SignInSchema.safeParse({ email: "", password: "" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "Enter your email address"],
      ["password", "Enter your password"],
    ]);
    expect(SignInSchema.safeParse({ email: "not-an-email", password: "x" }).error?.issues[0].message).toMatch(
      /Enter an email address/,
    );
  });
});

describe("accountPasswordSchema", () => {
  const check = (password: string) => accountPasswordSchema("ada.lovelace@example.org").safeParse(password);

  it("accepts a long, unremarkable password", () => {
    expect(check("orbit kettle ninety lanterns").success).toBe(true);
  });

  it.each([
    ["short1!", "at least 12 characters"],
    ["password1234", "well-known"],
    ["aaaaaaaaaaaaaaaa", "5 different characters"],
    ["345678901234", "run of consecutive characters"],
    ["my ada.lovelace password", "must not contain the email"],
  ])("refuses %j (%s)", (password, reason) => {
    expect(check(password).error?.issues[0].message).toContain(reason);
  });
});
