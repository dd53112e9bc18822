import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartPng, chartSvg } from '../export/chart';
import { downloadBlob, downloadText } from './download';

export interface ChartExportProps {
  /** What the chart is, for the buttons' names, e.g. "Victims by sector". */
  name: string;
  /** A file name without extension. */
  fileName: string;
  /** Written under the chart in the file: the disclosure rule. */
  caption: string;
  children: ReactNode;
}

/** A chart with buttons that save it as SVG or PNG, as drawn. */
export function ChartExport({ name, fileName, caption, children }: ChartExportProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const svgText = () => {
    const svg = box.current?.querySelector('svg');
    return svg ? chartSvg(svg, caption) : null;
  };
  return (
    <div className="chart-export">
      <div ref={box}>{children}</div>
      <div
        className="chart-export-buttons"
        role="group"
        aria-label={t('chartExport.group', { name })}
      >
        <button
          type="button"
          aria-label={t('chartExport.svg', { name })}
          onClick={() => {
            const text = svgText();
            if (text) downloadText(`${fileName}.svg`, text, 'image/svg+xml');
          }}
        >
          SVG
        </button>
        <button
          type="button"
          aria-label={t('chartExport.png', { name })}
          onClick={() => {
            const text = svgText();
            if (text) void chartPng(text).then((blob) => downloadBlob(`${fileName}.png`, blob));
          }}
        >
          PNG
        </button>
      </div>
    </div>
  );
}
