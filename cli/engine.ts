/**
 * The one place the command reaches into the core's engine, so the seam between host and core
 * stays a single import.
 */
export { VERSION, check, generate, initRegister, mappingReport } from '../core/engine';
export type { CheckResult, EngineOptions, GenerateAction, MappingReport, PlanResult } from '../core/engine';
export { seedSoa } from '../core/team-soa/seed-soa';
export type { SeedSoaOptions, SeedSoaResult } from '../core/team-soa/seed-soa';
export { registerIdsTo2022 } from '../core/move-register-ids';
export type { RegisterIdsResult } from '../core/move-register-ids';
