import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PERMISSIONS } from './lib/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // SOP_OUT_DIR: build or zip somewhere else than .output (the store-package e2e zips into a
  // scratch folder, so the build the other tests load is never rewritten under them).
  outDir: process.env.SOP_OUT_DIR ?? '.output',
  // The sources package that `wxt zip -b firefox` makes for addons.mozilla.org's review: the code and
  // what builds it, not the tests' own output or the bench's results.
  zip: { excludeSources: ['tests/output/**', 'test-results/**', 'playwright-report/**', 'bench/results*.json'] },
  // One manifest for Chrome and Edge (MV3, the side panel) and for Firefox (`-b firefox`: MV2, the
  // panel in Firefox's sidebar, `sidebar_action`, which WXT makes of the side panel entrypoint).
  // README, "Firefox", says what works there and what was verified.
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    // Asked for one origin at a time, when the user turns the LLM on for their endpoint or connects a CRM.
    const anyOrigin = ['https://*/*', 'http://*/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // alarms: the team playbook set by policy is checked again every six hours, and the CRM outbox
      // retries when its next try is due; identity: Salesforce sign-in (launchWebAuthFlow). Firefox
      // has no sidePanel permission (its sidebar needs none).
      permissions: [...(firefox ? [] : ['sidePanel']), 'storage', 'scripting', 'alarms', 'identity'],
      // Narrow on purpose: only the sites we read, never a wildcard.
      host_permissions: [...SUPPORTED_HOST_PERMISSIONS],
      // MV2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
      ...(firefox ? { optional_permissions: anyOrigin } : { optional_host_permissions: anyOrigin }),
      action: { default_title: '__MSG_extActionTitle__' },
      // A suggested shortcut to open the panel: `_execute_action` clicks the toolbar button, which
      // opens the side panel (`openPanelOnActionClick` in the background) with the user gesture that
      // sidePanel.open needs; Firefox opens its sidebar with `_execute_sidebar_action`. The rep can
      // change it at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
      commands: { [firefox ? '_execute_sidebar_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' } } },
      // The keys an admin sets through enterprise policy (README, "For admins"). Firefox takes a
      // policy's extension settings from its own policies.json, not from this schema.
      ...(firefox ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
      // Firefox: a fixed add-on id (identity's redirect URL, storage and the sender checks need one
      // that survives reinstalling; keep it for every release) and 115, the oldest ESR line, as the
      // oldest version (that each API we call, storage.session in MV2 among them, is there in 115 was
      // not checked: README, "Firefox").
      ...(firefox ? { browser_specific_settings: { gecko: { id: 'sop-copilot@sop-copilot.app', strict_min_version: '115.0' } } } : {}),
    };
  },
});
