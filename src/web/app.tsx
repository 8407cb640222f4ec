/** The routes of the web front end, in Dutch, and the providers around them. */
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { EmployeesPage } from './modules/admin/pages/employees-page.tsx';
import { LoginPage } from './modules/identity/pages/login-page.tsx';
import { StartPage } from './modules/identity/pages/start-page.tsx';
import { CaseloadPage } from './modules/caseload/pages/caseload-page.tsx';
import { MyDayPage } from './modules/caseload/pages/my-day-page.tsx';
import { TeamPage } from './modules/caseload/pages/team-page.tsx';
import { CalendarPage } from './modules/appointment/pages/calendar-page.tsx';
import { WorklistPage } from './modules/referral/pages/worklist-page.tsx';
import { DossierPage } from './modules/jobseeker-case/pages/dossier-page.tsx';
import { RegisterPage } from './modules/jobseeker-case/pages/register-page.tsx';
import { IntakePage } from './modules/intake/pages/intake-page.tsx';
import { RegistrationPage } from './modules/intake/pages/registration-page.tsx';
import { SearchPage } from './modules/jobseeker-case/pages/search-page.tsx';
import { CataloguePage } from './modules/trajectory/pages/catalogue-page.tsx';
import { EmployerPage } from './modules/employer-service/pages/employer-page.tsx';
import { EmployersPage } from './modules/employer-service/pages/employers-page.tsx';
import { ActivitiesPage } from './modules/employer-service/pages/activities-page.tsx';
import { ActivityFormPage } from './modules/employer-service/pages/activity-form-page.tsx';
import { ActivityPage } from './modules/employer-service/pages/activity-page.tsx';
import { MyVacanciesPage } from './modules/employer-service/pages/my-vacancies-page.tsx';
import { VacancyPage } from './modules/employer-service/pages/vacancy-page.tsx';
import { CaseloadMatchesPage } from './modules/matching/pages/caseload-matches-page.tsx';
import { ProcessingLogPage } from './modules/processing-log/pages/processing-log-page.tsx';
import { createQueryClient } from './shared/lib/queries.ts';
import { SessionProvider } from './shared/lib/session.tsx';
import { AppLayout } from './shared/ui/app-layout.tsx';
import { NotFoundPage } from './shared/ui/feedback.tsx';
import { RouteFocusProvider } from './shared/ui/page-heading.tsx';
import { RequireCapability, RequireSession } from './shared/ui/require-session.tsx';

const queryClient = createQueryClient();

export const App = () => (
  <QueryClientProvider client={queryClient}>
    <BrowserRouter>
      <SessionProvider>
        <RouteFocusProvider>
          <Routes>
            <Route element={<AppLayout />}>
              <Route path="inloggen" element={<LoginPage />} />
              <Route element={<RequireSession />}>
                <Route index element={<StartPage />} />
                <Route
                  path="mijn-dag"
                  element={
                    <RequireCapability capability="task.manage">
                      <MyDayPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="mijn-caseload"
                  element={
                    <RequireCapability capability="caseload.read">
                      <CaseloadPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="team"
                  element={
                    <RequireCapability capability="team.read">
                      <TeamPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkvoorraad"
                  element={
                    <RequireCapability capability="worklist.read">
                      <WorklistPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="mijn-agenda"
                  element={
                    <RequireCapability capability="task.manage">
                      <CalendarPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkzoekenden"
                  element={
                    <RequireCapability capability="jobseeker.search">
                      <SearchPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkzoekenden/nieuw"
                  element={
                    <RequireCapability capability="jobseeker.register">
                      <RegisterPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="aanmelden"
                  element={
                    <RequireCapability capability="registration.record">
                      <RegistrationPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkzoekenden/:id/intake"
                  element={
                    <RequireCapability capability="intake.perform">
                      <IntakePage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkzoekenden/:id"
                  element={
                    <RequireCapability capability="jobseeker.search">
                      <DossierPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkgevers"
                  element={
                    <RequireCapability capability="employer.read">
                      <EmployersPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="werkgevers/:id"
                  element={
                    <RequireCapability capability="employer.read">
                      <EmployerPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="vacatures/:id"
                  element={
                    <RequireCapability capability="employer.read">
                      <VacancyPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="mijn-vacatures"
                  element={
                    <RequireCapability capability="vacancy.manage">
                      <MyVacanciesPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="vacatures-voor-mijn-werkzoekenden"
                  element={
                    <RequireCapability capability="nomination.propose">
                      <CaseloadMatchesPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="arbeidsmarktactiviteiten"
                  element={
                    <RequireCapability capability="labourMarketActivity.read">
                      <ActivitiesPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="arbeidsmarktactiviteiten/nieuw"
                  element={
                    <RequireCapability capability="labourMarketActivity.manage">
                      <ActivityFormPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="arbeidsmarktactiviteiten/:id"
                  element={
                    <RequireCapability capability="labourMarketActivity.read">
                      <ActivityPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="arbeidsmarktactiviteiten/:id/wijzigen"
                  element={
                    <RequireCapability capability="labourMarketActivity.manage">
                      <ActivityFormPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="trajectenboek"
                  element={
                    <RequireCapability capability="instrument.read">
                      <CataloguePage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="beheer/medewerkers"
                  element={
                    <RequireCapability capability="employee.manage">
                      <EmployeesPage />
                    </RequireCapability>
                  }
                />
                <Route
                  path="beheer/verwerkingslog"
                  element={
                    <RequireCapability capability="processingLog.read">
                      <ProcessingLogPage />
                    </RequireCapability>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </RouteFocusProvider>
      </SessionProvider>
    </BrowserRouter>
  </QueryClientProvider>
);
