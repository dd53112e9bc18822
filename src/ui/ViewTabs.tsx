import { useTranslation } from 'react-i18next';
import { shownTab, useJusticeShown } from '../state/justice-shown';
import { TABS, type Tab } from '../state/view-state';

/**
 * The views over the map: the map itself, the Table, the charts, the criminal-justice figures
 * (only for a dataset that has them) and the SQL panel.
 */
export function ViewTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const { t } = useTranslation();
  const justice = useJusticeShown();
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
