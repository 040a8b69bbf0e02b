import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PERMISSIONS } from './lib/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the team playbook set by policy is checked again every six hours, and the CRM outbox
    // retries when its next try is due; identity: Salesforce sign-in (launchWebAuthFlow).
    permissions: ['sidePanel', 'storage', 'scripting', 'alarms', 'identity'],
    // Narrow on purpose: only the sites we read, never a wildcard.
    host_permissions: [...SUPPORTED_HOST_PERMISSIONS],
    // Asked for one origin at a time, when the user turns the LLM on for their endpoint or connects a CRM.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extActionTitle__' },
    // A suggested shortcut to open the panel: `_execute_action` clicks the toolbar button, which
    // opens the side panel (`openPanelOnActionClick` in the background) with the user gesture that
    // sidePanel.open needs. The rep can change it at chrome://extensions/shortcuts.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' } } },
    // The keys an admin sets through enterprise policy (README, "For admins").
    storage: { managed_schema: 'managed-schema.json' },
  },
});
