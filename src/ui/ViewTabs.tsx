import { useTranslation } from 'react-i18next';
import { TABS, type Tab } from '../state/view-state';

/** The views over the map: the map itself, the Table, the charts and the SQL panel. */
export function ViewTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-tabs" role="tablist" aria-label={t('tabs.label')}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={tab === id}
          onClick={() => onChange(id)}
        >
          {t(`tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}
