import { useEffect, useRef, useState } from 'react';

export interface ShareDialogProps {
  /** A title for the embedded view (the iframe's accessible name). */
  title: string;
  /** The analyst lowered the threshold: the link will not carry it. */
  lowered: boolean;
  onClose: () => void;
}

/** The page's link, with or without `embed=1`. */
function link(embed: boolean): string {
  const url = new URL(window.location.href);
  if (embed) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.toString();
}

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The permalink of the view and an `<iframe>` snippet for a report, each with a Copy button. */
export function ShareDialog({ title, lowered, onClose }: ShareDialogProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);
  const permalink = link(false);
  const snippet =
    `<iframe src="${escapeAttribute(link(true))}" title="${escapeAttribute(title)}" ` +
    'width="800" height="500" style="border:0" loading="lazy"></iframe>';
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied(
        `Copying was refused by the browser: select the ${what.toLowerCase()} and copy it.`,
      );
    }
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="share-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="share-title">Share this view</h2>
        <label htmlFor="share-link">Link to this view</label>
        <div className="share-row">
          <input id="share-link" ref={first} readOnly value={permalink} />
          <button type="button" onClick={() => void copy('Link', permalink)}>
            Copy link
          </button>
        </div>
        <label htmlFor="share-embed">Embed in a web page or report</label>
        <div className="share-row">
          <textarea id="share-embed" readOnly rows={3} value={snippet} />
          <button type="button" onClick={() => void copy('Embed code', snippet)}>
            Copy embed code
          </button>
        </div>
        <p className="hint">
          The link holds the view — years, filters, country, panel, shading — not the data: a file
          you loaded stays in this browser. Whoever opens it sees this view of the demo data, or of
          a file published with Rutas (<code>?data=</code>).
          {lowered && ' The threshold you lowered is not in the link: it opens at the usual one.'}
        </p>
        <p className="hint" aria-live="polite">
          {copied}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
