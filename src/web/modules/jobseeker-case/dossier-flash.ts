/** A one-time notice shown on the dossier after arriving from the registration form. */
export type DossierFlash = 'registered' | 'exists';

export const dossierFlashState = (flash: DossierFlash): { flash: DossierFlash } => ({ flash });

export const readDossierFlash = (state: unknown): DossierFlash | undefined => {
  const flash = (state as { flash?: unknown } | null)?.flash;
  return flash === 'registered' || flash === 'exists' ? flash : undefined;
};
