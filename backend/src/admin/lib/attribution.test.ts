import { checkShares, evenShares, percentOf, sharesBody } from "./attribution"

const line = (artisan_group_id: string, percent: string) => ({ artisan_group_id, percent })

describe("checking a product's maker shares before saving", () => {
  it("lets two groups sharing 60 and 40 be saved", () => {
    const check = checkShares([line("kantha", "60"), line("jewelry", "40")])
    expect(check).toEqual({ total: 100, lineProblems: [undefined, undefined], problem: null })
  })

  it("says how much is still to be shared out when the shares fall short", () => {
    const check = checkShares([line("kantha", "60"), line("jewelry", "30")])
    expect(check.total).toBe(90)
    expect(check.problem).toBe("10% is still to be shared out.")
  })

  it("says by how much the shares overshoot 100", () => {
    expect(checkShares([line("kantha", "70"), line("jewelry", "40")]).problem).toBe(
      "10% too much: the shares add up to 110%."
    )
  })

  it("marks a group named twice, a missing group and a share that is not a whole number", () => {
    const check = checkShares([line("kantha", "50"), line("kantha", "25"), line("", "25"), line("mumbai", "12.5")])
    expect(check.lineProblems).toEqual([
      undefined,
      "This group is already on the list.",
      "Choose a group.",
      "Enter a whole number.",
    ])
    expect(check.problem).not.toBeNull()
  })

  it("refuses a zero share even when the total is right", () => {
    const check = checkShares([line("kantha", "100"), line("jewelry", "0")])
    expect(check.total).toBe(100)
    expect(check.lineProblems[1]).toBe("A share is at least 1%.")
    expect(check.problem).toBe("Fix the marked lines.")
  })

  it("refuses an empty list", () => {
    expect(checkShares([]).problem).toBe("Name at least one maker group.")
  })

  it("refuses more than ten groups", () => {
    const eleven = evenShares(11).map((share, index) => line(`group-${index}`, String(share)))
    expect(checkShares(eleven).problem).toBe("At most 10 groups can share one product.")
  })
})

describe("reading a typed share", () => {
  it("takes digits only", () => {
    expect(percentOf(" 35 ")).toBe(35)
    expect(percentOf("3.5")).toBeNull()
    expect(percentOf("1e2")).toBeNull()
    expect(percentOf("")).toBeNull()
  })
})

describe("sharing 100 evenly", () => {
  it("gives the remainder one each to the first groups: 34 + 33 + 33", () => {
    expect(evenShares(3)).toEqual([34, 33, 33])
  })

  it("always adds up to 100", () => {
    for (let count = 1; count <= 10; count++) {
      expect(evenShares(count).reduce((sum, share) => sum + share, 0)).toBe(100)
    }
  })
})

describe("the request body", () => {
  it("sends each share as a whole number", () => {
    expect(sharesBody([line("kantha", " 70"), line("jewelry", "30")])).toEqual({
      shares: [
        { artisan_group_id: "kantha", share_percent: 70 },
        { artisan_group_id: "jewelry", share_percent: 30 },
      ],
    })
  })
})
