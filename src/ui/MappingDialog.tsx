import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from '../data/ingest/importers';
import { DEFAULT_FLOOR } from '../domain/disclosure';
import type { MappingRequest } from '../state/use-datasets';

const REQUIRED: MappableField[] = ['year', 'origin', 'destination'];

/**
 * A preview cell as shown: a small whole number may be a count of victims, so it reads "< k"
 * like every count on screen (years, four digits from 1900, stay as they are).
 */
function previewCell(text: string): string {
  const n = Number(text);
  const year = /^\d{4}$/.test(text) && n >= 1900;
  return text !== '' && Number.isInteger(n) && n < DEFAULT_FLOOR && !year
    ? `< ${DEFAULT_FLOOR}`
    : text;
}

export interface MappingDialogProps {
  request: MappingRequest;
  onLoad: (mapping: ColumnMapping, keep: boolean) => void;
  onCancel: () => void;
}

/** Pick which column is which, for a file no importer recognises; with a preview of its rows. */
export function MappingDialog({ request, onLoad, onCancel }: MappingDialogProps) {
  const { t } = useTranslation();
  const guess = request.guess;
  const [mapping, setMapping] = useState<ColumnMapping>(guess?.mapping ?? {});
  const pairs = (list: { field: MappableField; column: string }[]) =>
    list
      .map(({ field, column }) =>
        t('mapping.guessPair', { field: t(`mapping.fields.${field}`), column }),
      )
      .join(', ');
  const [keep, setKeep] = useState(true);
  const ready = REQUIRED.every((f) => mapping[f]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('mapping.title', { name: request.source.name })}</h2>
        <p className="hint">{request.message}</p>
        {guess && (
          <ul className="hint mapping-guess" aria-label={t('mapping.guessedLabel')}>
            <li>
              {guess.recognised.length > 0
                ? t('mapping.guessed', { fields: pairs(guess.recognised) })
                : t('mapping.guessedNone')}
            </li>
            {guess.doubtful.length > 0 && (
              <li>{t('mapping.doubtful', { fields: pairs(guess.doubtful) })}</li>
            )}
            {guess.unrecognised.length > 0 && (
              <li>{t('mapping.unrecognised', { columns: guess.unrecognised.join(', ') })}</li>
            )}
          </ul>
        )}
        <div className="mapping-fields">
          {MAPPABLE_FIELDS.map((field) => (
            <label key={field}>
              {t(`mapping.fields.${field}`)}
              {REQUIRED.includes(field) ? t('mapping.required') : ''}
              <select
                value={mapping[field] ?? ''}
                onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })}
              >
                <option value="">—</option>
                {request.header
                  .filter((h) => h !== '')
                  .map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
              </select>
            </label>
          ))}
        </div>
        <table className="mapping-preview" aria-label={t('mapping.preview')}>
          <thead>
            <tr>
              {request.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {request.preview.map((row, i) => (
              <tr key={i}>
                {request.header.map((_, j) => (
                  <td key={j}>{previewCell(row[j] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <label className="check">
          <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />{' '}
          {t('mapping.remember')}
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('mapping.cancel')}
          </button>
          <button type="button" disabled={!ready} onClick={() => onLoad(mapping, keep)}>
            {t('mapping.load')}
          </button>
        </div>
      </div>
    </div>
  );
}
