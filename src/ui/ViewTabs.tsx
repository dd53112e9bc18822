export const TABS = ['map', 'table', 'compare', 'sectors', 'sql'] as const;
export type Tab = (typeof TABS)[number];

const TAB_LABELS: Record<Tab, string> = {
  map: 'Map',
  table: 'Table',
  compare: 'Compare countries',
  sectors: 'Routes by sector',
  sql: 'SQL',
};

/** The views over the map: the map itself, the Table, the charts and the SQL panel. */
export function ViewTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  return (
    <div className="view-tabs" role="tablist" aria-label="View">
      {TABS.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          aria-selected={tab === t}
          onClick={() => onChange(t)}
        >
          {TAB_LABELS[t]}
        </button>
      ))}
    </div>
  );
}
