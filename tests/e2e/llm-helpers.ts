import type { BrowserContext, Page } from '@playwright/test';
import { grantSiteAccess } from '../../demo/browser';
import type { LlmServer } from '../../demo/llm-server';
import { expect } from './fixtures';

export const KEY = 'sk-test-SECRET-abcdef-1234';

/**
 * Turns the LLM on in Settings, as a user would. Access to the endpoint is granted first the way
 * a user grants it in chrome://extensions (the browser's permission prompt cannot be answered
 * by Playwright); our Settings then asks for it and the browser says yes without a prompt.
 */
export async function turnOnLlm(context: BrowserContext, extensionId: string, llm: LlmServer, timeoutSeconds = 15): Promise<Page> {
  await grantSiteAccess(context, extensionId, 'http://127.0.0.1/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('llm-enabled')).not.toBeChecked();
  await settings.getByTestId('llm-enabled').check();
  await settings.getByTestId('llm-base-url').fill(llm.url);
  await settings.getByTestId('llm-model').fill('test-model');
  await settings.getByTestId('llm-api-key').fill(KEY);
  await settings.getByTestId('llm-timeout').fill(String(timeoutSeconds));
  await settings.getByTestId('llm-save').click();
  await expect(settings.getByTestId('llm-status')).toHaveText(`Saved. The LLM is on for 127.0.0.1:${String(llm.port)}.`);
  // The key is kept, shown masked, never again in full.
  await expect(settings.getByTestId('llm-key-status')).toContainText('sk-…1234');
  await expect(settings.getByTestId('llm-api-key')).toHaveValue('');
  expect(await settings.content()).not.toContain(KEY);
  return settings;
}

