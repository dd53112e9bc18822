import { useTranslation } from 'react-i18next';
import type { UrlFocus } from '../state/url-state';

/**
 * For a world-wide dataset: the flows that touch South America or every flow, and places outside
 * the region as their world regions. Compare countries and the Table follow the same choice.
 */
export function FocusControl({
  focus,
  spansWorld,
  onChange,
}: {
  focus: UrlFocus;
  spansWorld: boolean;
  onChange: (focus: UrlFocus) => void;
}) {
  const { t } = useTranslation();
  const scope = focus.scope === 'auto' ? (spansWorld ? 'region' : 'world') : focus.scope;
  return (
    <div className="focus-control">
      <label>
        {t('focus.show')}{' '}
        <select
          value={scope}
          onChange={(e) => onChange({ ...focus, scope: e.target.value as 'region' | 'world' })}
        >
          <option value="region">{t('focus.region')}</option>
          <option value="world">{t('focus.world')}</option>
        </select>
      </label>
      {scope === 'region' && (
        <label>
          <input
            type="checkbox"
            checked={focus.regions}
            onChange={(e) => onChange({ ...focus, regions: e.target.checked })}
          />{' '}
          {t('focus.regions')}
        </label>
      )}
    </div>
  );
}
