/** The panel's name for a deal in a CRM stage the playbook does not map (the rule lives with the judgment: Today's index and the dashboard use it too). */
export { unmappedCrmStage } from '@/lib/situation/unmapped-stage';
