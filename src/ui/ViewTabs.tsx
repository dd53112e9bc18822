import { useTranslation } from 'react-i18next';
import { shownTab, TABS, type Tab } from '../state/view-state';

/**
 * The views over the map: the map itself, the Table, the charts, the criminal-justice figures
 * (only for a dataset that has them) and the SQL panel.
 */
export function ViewTabs({
  tab,
  justice,
  onChange,
}: {
  tab: Tab;
  /** The dataset shown has criminal-justice figures. */
  justice: boolean;
  onChange: (tab: Tab) => void;
}) {
  const { t } = useTranslation();
  const current = shownTab(tab, justice);
  return (
    <div className="view-tabs" role="tablist" aria-label={t('tabs.label')}>
      {TABS.filter((id) => id !== 'justice' || justice).map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={current === id}
          onClick={() => onChange(id)}
        >
          {t(`tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}
