import { describe, expect, it } from 'vitest';
import { outflowReasons, participationSteps } from '../../contracts/case-flow.ts';
import { caseEventTypes } from '../../contracts/case-events.ts';
import { caseflowNl } from './caseflow.nl.ts';

describe('the Dutch texts of the case flow', () => {
  it('names every event type the timeline can show', () => {
    for (const type of caseEventTypes) expect(caseflowNl.eventTypes[type], type).toMatch(/\S/);
  });

  it('names every step of the participatieladder and every outflow reason', () => {
    expect(participationSteps.map((s) => caseflowNl.step(s))).toEqual([
      'Trede 1: Geïsoleerd',
      'Trede 2: Sociale contacten buitenshuis',
      'Trede 3: Deelname georganiseerde activiteiten',
      'Trede 4: Onbetaald werk',
      'Trede 5: Betaald werk met ondersteuning',
      'Trede 6: Betaald werk',
    ]);
    for (const reason of outflowReasons) expect(caseflowNl.outflowReasons[reason], reason).toMatch(/\S/);
  });

  it('has a message for the outflow date codes the server sends', () => {
    expect(caseflowNl.fieldErrors.outflow_date_future).toMatch(/toekomst/);
    expect(caseflowNl.fieldErrors.outflow_before_registration).toMatch(/inschrijving/);
  });

  it('writes days the Dutch way', () => {
    expect(caseflowNl.team.days(1)).toBe('1 dag');
    expect(caseflowNl.team.days(2.5)).toBe('2,5 dagen');
    expect(caseflowNl.team.days(null)).toBe('—');
  });
});
