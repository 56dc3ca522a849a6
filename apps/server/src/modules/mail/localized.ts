// A message written in both languages: a sender writes one function per locale, and
// the recipient's locale picks it; a missing locale fails the type check.
import type { Locale } from '@pbc/contract';
import type { MailContent } from './compose.js';

export type LocalizedMail<Params> = Record<Locale, (params: Params) => MailContent>;

export const localizedMail = <Params>(mail: LocalizedMail<Params>) => mail;
