import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ShareDialogProps {
  /** A title for the embedded view (the iframe's accessible name). */
  title: string;
  /** The analyst lowered the threshold: the link will not carry it. */
  lowered: boolean;
  /** What the dialog says of the data behind the link (ReleaseSection). */
  children?: ReactNode;
  onClose: () => void;
}

/** The page's link, with or without `embed=1`, in the language shown. */
function link(embed: boolean, lang: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  if (embed) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.toString();
}

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The permalink of the view and an `<iframe>` snippet for a report, each with a Copy button. */
export function ShareDialog({ title, lowered, children, onClose }: ShareDialogProps) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);
  const permalink = link(false, i18n.language);
  const snippet =
    `<iframe src="${escapeAttribute(link(true, i18n.language))}" title="${escapeAttribute(title)}" ` +
    'width="800" height="500" style="border:0" loading="lazy"></iframe>';
  const copy = async (what: 'link' | 'embed', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what === 'link' ? t('share.linkCopied') : t('share.embedCopied'));
    } catch {
      setCopied(what === 'link' ? t('share.linkRefused') : t('share.embedRefused'));
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
        <h2 id="share-title">{t('share.title')}</h2>
        <label htmlFor="share-link">{t('share.link')}</label>
        <div className="share-row">
          <input id="share-link" ref={first} readOnly value={permalink} />
          <button type="button" onClick={() => void copy('link', permalink)}>
            {t('share.copyLink')}
          </button>
        </div>
        <label htmlFor="share-embed">{t('share.embed')}</label>
        <div className="share-row">
          <textarea id="share-embed" readOnly rows={3} value={snippet} />
          <button type="button" onClick={() => void copy('embed', snippet)}>
            {t('share.copyEmbed')}
          </button>
        </div>
        <p className="hint">
          {t('share.hint')}
          {lowered && ` ${t('share.lowered')}`}
        </p>
        <p className="hint" aria-live="polite">
          {copied}
        </p>
        {children}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('share.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
