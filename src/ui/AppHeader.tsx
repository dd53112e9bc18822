import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../state/theme';
import { Preferences } from './Preferences';

/** The page's one-row header: name, tagline, the demo's banner, preferences and Share. */
export const AppHeader = memo(function AppHeader({
  synthetic,
  theme,
  onTheme,
  onShare,
}: {
  synthetic: boolean;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  onShare: () => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>Rutas</h1>
      <p className="tagline">{t('app.tagline')}</p>
      {synthetic && (
        <p className="demo-banner" role="note">
          {t('app.demoBanner')}
        </p>
      )}
      <Preferences theme={theme} onTheme={onTheme} />
      <button type="button" className="share-button" onClick={onShare}>
        {t('app.share')}
      </button>
    </header>
  );
});
