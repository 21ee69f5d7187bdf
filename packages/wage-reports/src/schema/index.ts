export * from "./register"
export * from "./output"
export * from "./payroll"
