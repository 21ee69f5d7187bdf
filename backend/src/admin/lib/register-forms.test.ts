import { describe, expect, it } from "vitest"
import { artisanFormProblems, groupFormProblems, handleFromName, hasProblems } from "./register-forms"

const artisan = {
  group_id: "agrp_1",
  code: "KU-061",
  legal_name: "Rina Das",
  skill_grade: "skilled",
  employment_kind: "employee",
  freedom_date: "2019-04-02",
  training_start: "",
  hire_date: "2021-01-04",
  phone: "",
  address: "",
  emergency_contact: "",
}

describe("artisan form checks", () => {
  it("accepts a complete new employee", () => {
    expect(hasProblems(artisanFormProblems(artisan, true))).toBe(false)
  })

  it("names each field that is wrong", () => {
    const problems = artisanFormProblems({ ...artisan, code: "ku 61", legal_name: "R", group_id: "" }, true)
    expect(problems.code).toMatch(/capital letters/)
    expect(problems.legal_name).toMatch(/2 characters/)
    expect(problems.group_id).toBeDefined()
  })

  it("asks a new employee for her hire date but not when editing", () => {
    expect(artisanFormProblems({ ...artisan, hire_date: "" }, true).hire_date).toBeDefined()
    expect(artisanFormProblems({ ...artisan, hire_date: "" }, false).hire_date).toBeUndefined()
  })

  it("asks a new trainee for her training start", () => {
    const problems = artisanFormProblems({ ...artisan, employment_kind: "trainee", hire_date: "" }, true)
    expect(problems.training_start).toBeDefined()
    expect(problems.hire_date).toBeUndefined()
  })
})

describe("group form checks", () => {
  it("refuses a handle with capitals or double dashes", () => {
    const form = { name: "Kantha Unit", handle: "Kantha--unit", city: "Kolkata", kind: "unit", story: "" }
    expect(groupFormProblems(form).handle).toMatch(/lowercase/)
    expect(hasProblems(groupFormProblems({ ...form, handle: "kantha-unit" }))).toBe(false)
  })

  it("suggests a handle from the name", () => {
    expect(handleFromName("  Kantha Unit, Kolkata! ")).toBe("kantha-unit-kolkata")
  })
})
