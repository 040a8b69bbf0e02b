import { useEffect, useState } from 'react';
import { DEFAULT_LLM_SETTINGS, llmSettingsItem, parseLlmSettings, type LlmSettings } from '@/lib/llm/settings';
import { llmPolicyRefusal } from '@/lib/policy/llm-policy';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';

/**
 * The LLM settings, live: the panel offers "Sharpen" only while the user has it on and the admin's
 * policy allows it for that endpoint (the background enforces the policy again on every request).
 */
export function useLlmSettings(): LlmSettings {
  const policy = useManagedPolicy();
  const [settings, setSettings] = useState<LlmSettings>(DEFAULT_LLM_SETTINGS);
  useEffect(() => {
    void llmSettingsItem.getValue().then((value) => setSettings(parseLlmSettings(value)));
    return llmSettingsItem.watch((value) => setSettings(parseLlmSettings(value)));
  }, []);
  const allowed = policy !== undefined && llmPolicyRefusal(policy, settings.baseUrl) === null;
  return allowed ? settings : { ...settings, enabled: false };
}
