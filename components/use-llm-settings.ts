import { useEffect, useState } from 'react';
import { DEFAULT_LLM_SETTINGS, llmSettingsItem, parseLlmSettings, type LlmSettings } from '@/lib/llm/settings';

/** The LLM settings, live: the panel offers "Sharpen" only while the user has it on. */
export function useLlmSettings(): LlmSettings {
  const [settings, setSettings] = useState<LlmSettings>(DEFAULT_LLM_SETTINGS);
  useEffect(() => {
    void llmSettingsItem.getValue().then((value) => setSettings(parseLlmSettings(value)));
    return llmSettingsItem.watch((value) => setSettings(parseLlmSettings(value)));
  }, []);
  return settings;
}
