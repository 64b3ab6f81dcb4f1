/**
 * The one place the command reaches into the core's engine, so the seam between host and core
 * stays a single import.
 */
export { VERSION, check, generate, initRegister, mappingReport } from '../core/engine';
export type { CheckResult, EngineOptions, GenerateAction, MappingReport, PlanResult, SoaMapping } from '../core/engine';
export { registerIdsTo2022, seedSoa, startCycle } from '../core/actions';
export type { RegisterIdsResult, SeedSoaOptions, SeedSoaResult, StartCycleResult } from '../core/actions';
export { auditPack } from '../core/pack';
export type { AuditPack, PackSection } from '../core/pack';
