import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, setLanguage, type Language } from '../i18n';
import { THEMES, type Theme } from '../state/theme';

export interface PreferencesProps {
  theme: Theme;
  onTheme: (theme: Theme) => void;
}

/** The language and the theme, in the header. */
export function Preferences({ theme, onTheme }: PreferencesProps) {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <div className="preferences">
      <label>
        <span className="wide-only" aria-hidden="true">
          {t('app.language')}{' '}
        </span>
        <select
          aria-label={t('app.language')}
          value={current}
          onChange={(e) => {
            if (isLanguage(e.target.value)) void setLanguage(e.target.value);
          }}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {LANGUAGE_NAMES[lng]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="wide-only" aria-hidden="true">
          {t('app.theme')}{' '}
        </span>
        <select
          aria-label={t('app.theme')}
          value={theme}
          onChange={(e) => onTheme(e.target.value as Theme)}
        >
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`app.themes.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
