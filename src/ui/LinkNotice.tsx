import { useTranslation } from 'react-i18next';

/** What could not be used of the link the page was opened with (the defaults are shown). */
export function LinkNotice({ problems, onDismiss }: { problems: string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="note" aria-label={t('app.linkAbout')}>
      <p>{t('app.linkProblems')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
