import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PERMISSIONS } from './lib/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['sidePanel', 'storage', 'scripting', 'alarms', 'identity'],
    // Narrow on purpose: only the sites we read, never a wildcard.
    host_permissions: [...SUPPORTED_HOST_PERMISSIONS],
    // Asked for one origin at a time, when the user turns the LLM on for their endpoint or connects a CRM.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extActionTitle__' },
  },
});
