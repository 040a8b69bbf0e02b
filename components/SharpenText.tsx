import { lazy, Suspense } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { firstNameOf } from '@/lib/situation/talk';
import type { Locale } from '@/lib/i18n/locales';
import type { LlmTask } from '@/lib/llm/prompt';
import { useLlmSettings } from './use-llm-settings';

const LlmSharpen = lazy(() => import('./LlmSharpen'));

/** The contact as the LLM may see it: a first name, the company and title, nothing else. */
export function llmContact(contact: Pick<Contact, 'name' | 'company' | 'title'>): Extract<LlmTask, { kind: 'rephrase' }>['contact'] {
  return { firstName: firstNameOf(contact.name).slice(0, 100), company: contact.company?.slice(0, 200), title: contact.title?.slice(0, 200) };
}

/** "Sharpen with AI" for one SPIN question or talk track; nothing at all while the LLM is off. */
export function SharpenText({
  purpose,
  language,
  contact,
  offline,
  lastReply,
  onUse,
}: {
  purpose: 'spin-question' | 'talk-track';
  language: Locale;
  contact: Pick<Contact, 'name' | 'company' | 'title'>;
  offline: string;
  lastReply?: string | undefined;
  onUse: (text: string) => void;
}) {
  const settings = useLlmSettings();
  if (!settings.enabled) return null;
  const task: LlmTask = { kind: 'rephrase', purpose, language, contact: llmContact(contact), offline: offline.slice(0, 1500), ...(lastReply ? { lastReply: lastReply.slice(0, 4000) } : {}) };
  return (
    <Suspense fallback={null}>
      <LlmSharpen task={task} settings={settings} onUse={(answer) => answer.kind === 'text' && onUse(answer.text)} />
    </Suspense>
  );
}
