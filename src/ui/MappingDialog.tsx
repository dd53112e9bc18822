import { useState } from 'react';
import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from '../data/ingest/importers';
import { DEFAULT_FLOOR } from '../domain/disclosure';
import type { MappingRequest } from '../state/use-datasets';

const FIELD_LABELS: Record<MappableField, string> = {
  year: 'Year',
  origin: 'Origin country',
  transit: 'Transit countries',
  destination: 'Destination country',
  sector: 'Sector',
  sex: 'Sex',
  age_group: 'Age group',
  victims: 'Count of victims',
};
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
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [keep, setKeep] = useState(true);
  const ready = REQUIRED.every((f) => mapping[f]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="mapping-title">
        <h2 id="mapping-title">Which column is which in {request.source.name}?</h2>
        <p className="hint">{request.message}</p>
        <div className="mapping-fields">
          {MAPPABLE_FIELDS.map((field) => (
            <label key={field}>
              {FIELD_LABELS[field]}
              {REQUIRED.includes(field) ? ' (required)' : ''}
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
        <table className="mapping-preview" aria-label="Preview of the file">
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
          Remember this mapping for files with the same columns (in this browser)
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" disabled={!ready} onClick={() => onLoad(mapping, keep)}>
            Load with this mapping
          </button>
        </div>
      </div>
    </div>
  );
}
