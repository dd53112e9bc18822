import 'i18next';
import type { Messages } from './en';

// Keys and interpolations of `t` are checked against the English catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
