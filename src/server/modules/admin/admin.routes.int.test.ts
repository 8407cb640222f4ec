import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let beheerder: Session;
let intaker: Session;
let jobseekerId: string;

beforeAll(async () => {
  t = await createTestApp();
  beheerder = await t.loginAs('bea.beheer');
  intaker = await t.loginAs('iris.intake');
  const created = await intaker.request({ method: 'POST', url: '/api/jobseekers', payload: registration() });
  jobseekerId = created.json().id;
});
afterAll(async () => t.close());

describe('processing log', () => {
  it('cannot be changed or deleted, not even by the database owner', async () => {
    for (const statement of [
      sql`update audit_record set result = 'allowed'`,
      sql`delete from audit_record`,
      sql`delete from processing_operation_subject`,
      sql`update processing_operation set status = 'ok'`,
      sql`truncate processing_operation_subject`,
      sql`delete from case_event`,
    ]) {
      await expect(statement.execute(t.db)).rejects.toThrow(/append-only/);
    }
    expect(
      Number((await sql<{ n: string }>`select count(*) as n from audit_record`.execute(t.db)).rows[0]?.n),
    ).toBeGreaterThan(0);
  });

  it('lets the beheerder find everything done with one person, by BSN', async () => {
    await intaker.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` });
    const response = await beheerder.request({
      method: 'GET',
      url: '/api/admin/processing-log?bsn=111222333',
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((i: { action: string }) => i.action).sort()).toEqual([
      'jobseeker.read',
      'jobseeker.register',
    ]);
    expect(items[0]).toMatchObject({
      employee: { login: 'iris.intake' },
      role: 'intakeOfficer',
      partnerId: 'gemeente-westland',
      result: 'allowed',
      operations: [
        {
          status: 'ok',
          subjectCount: 1,
          activity: { version: 1, legalBasis: expect.stringContaining('Participatiewet') },
        },
      ],
    });
    expect(JSON.stringify(items)).not.toContain('111222333');
  });

  it('finds by employee and period, in Dutch days', async () => {
    const employees = (await beheerder.request({ method: 'GET', url: '/api/admin/employees' })).json().items;
    const iris = employees.find((e: { login: string }) => e.login === 'iris.intake');
    const today = await beheerder.request({
      method: 'GET',
      url: `/api/admin/processing-log?employeeId=${iris.id}&from=2026-11-23&to=2026-11-23`,
    });
    expect(today.json().items.length).toBeGreaterThanOrEqual(2);
    expect(
      today.json().items.every((i: { employee: { login: string } }) => i.employee.login === 'iris.intake'),
    ).toBe(true);
    const yesterday = await beheerder.request({
      method: 'GET',
      url: `/api/admin/processing-log?employeeId=${iris.id}&from=2026-11-22&to=2026-11-22`,
    });
    expect(yesterday.json().items).toEqual([]);
    const reversed = await beheerder.request({
      method: 'GET',
      url: '/api/admin/processing-log?from=2026-11-23&to=2026-11-01',
    });
    expect(reversed.statusCode).toBe(400);
  });

  it('shows denials, and does not show the beheerder of another Werkplein anything of this one', async () => {
    await beheerder.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` });
    const denied = (await beheerder.request({ method: 'GET', url: '/api/admin/processing-log?limit=500' }))
      .json()
      .items.filter((i: { result: string }) => i.result === 'denied');
    expect(denied).toContainEqual(
      expect.objectContaining({
        action: 'jobseeker.read',
        employee: expect.objectContaining({ login: 'bea.beheer' }),
      }),
    );
    const delftBeheerder = await t.loginAs('demi.beheer');
    const delftView = await delftBeheerder.request({
      method: 'GET',
      url: '/api/admin/processing-log?bsn=111222333',
    });
    expect(delftView.json().items).toEqual([]);
  });

  it('is not readable by a klantmanager', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const response = await klantmanager.request({ method: 'GET', url: '/api/admin/processing-log' });
    expect(response.statusCode).toBe(403);
  });
});

describe('managing employees', () => {
  const newEmployee = {
    login: 'nina.nieuw',
    name: 'Nina Nieuw',
    email: 'nina@westland.example',
    partnerId: 'uwv',
    roles: ['caseManager'],
    werkpleinIds: ['westland'],
  };

  it('adds an employee who can then act in her Werkplein', async () => {
    const response = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: newEmployee,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      login: 'nina.nieuw',
      roles: ['caseManager'],
      werkpleinIds: ['westland'],
      active: true,
      version: 1,
    });
    const nina = await t.loginAs('nina.nieuw');
    expect((await nina.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode).toBe(
      200,
    );
  });

  it('refuses a taken login, a back-office role without unit and a Werkplein the beheerder does not manage', async () => {
    const taken = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: newEmployee,
    });
    expect(taken.json().error.code).toBe('login_exists');
    const noUnit = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: { ...newEmployee, login: 'bo.zonder', roles: ['backOffice'] },
    });
    expect(noUnit.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'backOfficeUnit', code: 'unit_required' }),
    );
    const otherWerkplein = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: { ...newEmployee, login: 'x.delft', werkpleinIds: ['delft'] },
    });
    expect(otherWerkplein.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'werkpleinIds' }),
    );
  });

  it('refuses a stale update with a conflict that shows the other change, and deactivation ends sessions', async () => {
    const list = (await beheerder.request({ method: 'GET', url: '/api/admin/employees' })).json().items;
    const nina = list.find((e: { login: string }) => e.login === 'nina.nieuw');
    const { login: _login, id: _id, ...editable } = nina;
    const ninaSession = await t.loginAs('nina.nieuw');
    const first = await beheerder.request({
      method: 'PUT',
      url: `/api/admin/employees/${nina.id}`,
      payload: { ...editable, name: 'Nina de Nieuwe', active: false },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Nina de Nieuwe', version: 2, active: false });
    const stale = await beheerder.request({
      method: 'PUT',
      url: `/api/admin/employees/${nina.id}`,
      payload: { ...editable, name: 'Nina Oud' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      details: { current: { name: 'Nina de Nieuwe' } },
    });
    expect((await ninaSession.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('is refused to a klantmanager', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const response = await klantmanager.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: { ...newEmployee, login: 'hack.er' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});

describe('changing roles', () => {
  const beheerderOf = async (login: string) =>
    (await beheerder.request({ method: 'GET', url: '/api/admin/employees' }))
      .json()
      .items.find((e: { login: string }) => e.login === login);
  const editable = (employee: Record<string, unknown>) => {
    const { login: _login, id: _id, ...rest } = employee;
    return rest;
  };

  it('refuses a beheerder who grants himself a case role, and logs the attempt', async () => {
    const bea = await beheerderOf('bea.beheer');
    const response = await beheerder.request({
      method: 'PUT',
      url: `/api/admin/employees/${bea.id}`,
      payload: { ...editable(bea), roles: ['administrator', 'caseManager'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('own_access_change');
    expect((await beheerderOf('bea.beheer')).roles).toEqual(['administrator']);
    expect(
      (await beheerder.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode,
    ).toBe(403);
    const denied = await t.db
      .selectFrom('audit_record')
      .select(['action', 'object_id'])
      .where('employee_id', '=', bea.id)
      .where('result', '=', 'denied')
      .where('object_type', '=', 'employee')
      .execute();
    expect(denied).toContainEqual({ action: 'employee.manage', object_id: bea.id });
  });

  it('refuses a beheerder who deactivates himself or drops his own role, but lets him fix his name', async () => {
    const bea = await beheerderOf('bea.beheer');
    for (const change of [{ active: false }, { roles: ['management'] }]) {
      const response = await beheerder.request({
        method: 'PUT',
        url: `/api/admin/employees/${bea.id}`,
        payload: { ...editable(bea), ...change },
      });
      expect(response.json().error.code).toBe('own_access_change');
    }
    const renamed = await beheerder.request({
      method: 'PUT',
      url: `/api/admin/employees/${bea.id}`,
      payload: { ...editable(bea), name: 'Bea de Beheerder' },
    });
    expect(renamed.statusCode).toBe(200);
  });

  it('audits every change with before and after, and shows a granted case role to the other beheerders', async () => {
    const created = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: {
        login: 'bert.beheer',
        name: 'Bert Beheer',
        partnerId: 'gemeente-westland',
        roles: ['administrator'],
        werkpleinIds: ['westland'],
      },
    });
    expect(created.statusCode).toBe(201);
    const bert = await t.loginAs('bert.beheer');
    const iris = await beheerderOf('iris.intake');
    const granted = await bert.request({
      method: 'PUT',
      url: `/api/admin/employees/${iris.id}`,
      payload: { ...editable(iris), roles: ['intakeOfficer', 'caseManager'] },
    });
    expect(granted.statusCode).toBe(200);

    const changes = (await beheerder.request({ method: 'GET', url: '/api/admin/employee-changes' })).json()
      .items;
    expect(changes[0]).toMatchObject({
      employee: { login: 'iris.intake' },
      changedBy: { login: 'bert.beheer' },
      kind: 'updated',
      before: { roles: ['intakeOfficer'], werkpleinIds: ['westland'], active: true },
      after: { roles: ['caseManager', 'intakeOfficer'], werkpleinIds: ['westland'], active: true },
      widensPersonalDataAccess: true,
    });
    expect(changes[1]).toMatchObject({
      employee: { login: 'bert.beheer' },
      changedBy: { login: 'bea.beheer' },
      kind: 'created',
      before: null,
      widensPersonalDataAccess: false,
    });
    // The name change above changed no access: audited, but not a role change.
    expect(changes.some((c: { employee: { login: string } }) => c.employee.login === 'bea.beheer')).toBe(
      false,
    );

    const byBert = (
      await beheerder.request({
        method: 'GET',
        url: `/api/admin/processing-log?employeeId=${(await beheerderOf('bert.beheer')).id}`,
      })
    ).json().items;
    expect(byBert).toContainEqual(
      expect.objectContaining({ action: 'employee.manage', objectType: 'employee', objectId: iris.id }),
    );

    const delft = await t.loginAs('demi.beheer');
    const delftChanges = (await delft.request({ method: 'GET', url: '/api/admin/employee-changes' })).json()
      .items;
    expect(
      delftChanges.some((c: { employee: { login: string } }) => c.employee.login === 'iris.intake'),
    ).toBe(false);
  });

  it('keeps the role changes append-only', async () => {
    await expect(sql`delete from employee_change`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update employee_change set widens_personal_data_access = false`.execute(t.db),
    ).rejects.toThrow(/append-only/);
  });

  it('is not shown to a klantmanager', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    expect(
      (await klantmanager.request({ method: 'GET', url: '/api/admin/employee-changes' })).statusCode,
    ).toBe(403);
  });
});
