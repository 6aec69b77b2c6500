import { zh, type Messages } from './zh';

/** The messages in use. One locale today; another is an object of the same shape picked here. */
export const t: Messages = zh;
