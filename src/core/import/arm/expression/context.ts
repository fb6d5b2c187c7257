import type { Budget } from '../../budget';
import { itext } from '../../text';
import { unresolved, type Resolved } from '../resolved';

/** The deployment an evaluation pretends to run in (Azure fills these in at deployment time). */
export interface DeploymentScope {
  subscriptionId: string;
  resourceGroupName: string;
  /** The resource group's location; Unresolved unless the caller knows it. */
  location: Resolved;
  deploymentName: string;
}

/** What the evaluator needs from the template around an expression. */
export interface ExpressionContext {
  /** Value of a declared parameter (an Unresolved marker when it has none); throws EvalFailure for an undeclared one. */
  parameter(name: string): Resolved;
  /** Value of a declared variable; throws EvalFailure for an undeclared one or a cycle. */
  variable(name: string): Resolved;
  /** Current index of the named copy loop, or of the innermost one; throws EvalFailure outside a loop. */
  copyIndex(loop: string | undefined): number;
  /** reference(): the runtime state of a resource declared in the template; throws EvalFailure (unknowable) otherwise. */
  reference(target: string, full: boolean): Resolved;
  /** A user-defined function (`namespace.member`) of the template, or undefined when there is none by that name. */
  userFunction?(name: string, args: Resolved[]): Resolved | undefined;
  scope: DeploymentScope;
  /** The import's work budget; every step and every value built is charged to it. */
  budget?: Budget;
}

/** Placeholder subscription and resource group, documented in docs/import.md. */
export const DEFAULT_SCOPE: DeploymentScope = {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  resourceGroupName: 'resourceGroup',
  location: unresolved(itext('reason.location'), 'resourceGroup().location', ''),
  deploymentName: 'deployment',
};
