/** Faults half-way on Excel, from a workbook without generated sheets (faults-excel-sweep.ts). */
import { SCENARIOS, sweepScenario } from './faults-excel-sweep';

jest.setTimeout(900000);
sweepScenario(SCENARIOS[0]!);
