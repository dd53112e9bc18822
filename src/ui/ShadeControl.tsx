import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowScale } from '../map/per-capita';
import { SHADE_ROLES, type ShadeRole } from '../state/url-state';

export interface ShadeChoice {
  role: ShadeRole | null;
  perCapita: boolean;
  /** What flow widths show: victims, or victims per 100,000 people of one end of the leg. */
  flows: FlowScale;
  /** Widths, colours and classes fit to the view instead of fixed for the dataset. */
  fit?: boolean;
}

/** Which figure shades the countries of the map (a choropleth), if any, and what flow widths show. */
export function ShadeControl({
  choice,
  onChange,
  children,
}: {
  choice: ShadeChoice;
  onChange: (c: ShadeChoice) => void;
  /** More map controls, below these (the image export). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="shade-control">
      <label>
        {t('shade.by')}{' '}
        <select
          value={choice.role ?? ''}
          onChange={(e) =>
            onChange({ ...choice, role: (e.target.value || null) as ShadeRole | null })
          }
        >
          <option value="">{t('shade.nothing')}</option>
          {SHADE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`shade.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('shade.width')}{' '}
        <select
          value={choice.flows}
          onChange={(e) => onChange({ ...choice, flows: e.target.value as FlowScale })}
        >
          <option value="victims">{t('shade.victims')}</option>
          <option value="origin">{t('shade.origin')}</option>
          <option value="destination">{t('shade.destination')}</option>
        </select>
      </label>
      {choice.role && (
        <label className="check">
          <input
            type="checkbox"
            checked={choice.perCapita}
            onChange={(e) => onChange({ ...choice, perCapita: e.target.checked })}
          />{' '}
          {t('shade.perCapita')}
        </label>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={choice.fit ?? false}
          onChange={(e) => onChange({ ...choice, fit: e.target.checked })}
        />{' '}
        {t('mapLegend.fitToView')}
      </label>
      {children}
    </div>
  );
}
