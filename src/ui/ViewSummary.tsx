import { memo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatDisclosed } from '../i18n/disclosure-text';
import type { PublishedView } from '../domain/publish';

/** "41,120 victims match the filters (650 with an unknown origin or destination)." */
export const ViewSummary = memo(function ViewSummary({ published }: { published: PublishedView }) {
  const { t } = useTranslation();
  return (
    <p className="summary">
      <Trans
        i18nKey="app.summary"
        values={{ victims: formatDisclosed(published.victims) }}
        components={{ b: <strong /> }}
      />
      {published.unplaced.kind === 'shown' &&
        t('app.summaryUnplaced', { victims: formatDisclosed(published.unplaced) })}
      .
    </p>
  );
});
