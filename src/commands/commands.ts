/// <reference types="office-js" />
import {
  clearOutcome,
  type CommandOutcome,
  draftOutcome,
  publishOutcome,
  refreshOutcome,
} from '../app/commandOutcomes';
import { commandGate, type CommandKind } from '../app/commandGate';
import { describeError, type HostApi, type RunControl } from '../app/hostApi';
import { whenSharedHost } from '../app/sharedHost';

/** The `FunctionName`s that manifest.xml's ExecuteFunction buttons call. */
export const commandFunctionNames = ['refreshRag', 'draftNarrative', 'clearRag'] as const;

/** One of {@link commandFunctionNames}. */
export type CommandFunctionName = (typeof commandFunctionNames)[number];

/**
 * The part of `Office.AddinCommands.Event` a command uses. A keyboard shortcut (src/commands/shortcuts.json)
 * runs the same associated function with no event, so it may be missing.
 */
export interface CommandEvent {
  completed(): void;
}

/** The part of the `Office` global the commands use; `addin` exists only in a shared runtime. */
export interface OfficeCommandsApi {
  readonly actions: { associate(actionId: string, handler: (event?: CommandEvent) => void): void };
  readonly addin?: { showAsTaskpane(): Promise<void> };
}

/**
 * What each button runs. The ribbon cannot ask, so Draft writes a changed Narrative sheet's draft
 * to a new sheet and Clear keeps a changed (or referred-to) Narrative sheet; it cannot cancel
 * either (a ribbon button has nothing to press while it runs), but its steps reach the pane
 * through the gate, so a pane that is open shows how far it has got.
 */
const work: Record<CommandFunctionName, (host: HostApi, control: RunControl) => Promise<CommandOutcome>> = {
  refreshRag: (host, control) => refreshOutcome(host, control),
  draftNarrative: (host, control) => draftOutcome(host, undefined, undefined, control),
  clearRag: (host, control) => clearOutcome(host, undefined, control),
};
const kind: Record<CommandFunctionName, CommandKind> = {
  refreshRag: 'refresh',
  draftNarrative: 'draft',
  clearRag: 'clear',
};

/**
 * The handler for one ribbon command: runs it against the host, publishes the outcome for the
 * task pane and, on failure, opens the pane so the officer sees why. It runs through the
 * {@link commandGate}, so while any command runs (from the ribbon or the pane) it is refused with
 * a sentence saying which. `event.completed()` is called exactly once on every path, errors
 * included, so Excel never waits on a button.
 */
export function createCommandHandler(
  name: CommandFunctionName,
  getHost: () => HostApi | Promise<HostApi>,
  office: OfficeCommandsApi,
): (event?: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      // The host first (a click can come before the pane has installed it), then the gate: a click
      // waiting for the page to load holds no command, so it refuses nothing while it waits.
      const host = await getHost();
      publishOutcome(await commandGate.run(kind[name], (control) => work[name](host, control)));
    } catch (error) {
      publishOutcome({ kind: 'failed', command: name, message: describeError(error) });
      office.addin?.showAsTaskpane().catch(() => undefined);
    } finally {
      event?.completed();
    }
  };
}

/**
 * Associates every ribbon command with its handler. The host is looked up at each click and, by
 * default, waited for: a click that arrives before the task pane has installed it (see
 * `setSharedHost`) runs once it is there.
 */
export function registerCommands(
  office: OfficeCommandsApi,
  getHost: () => HostApi | Promise<HostApi> = whenSharedHost,
): void {
  for (const name of commandFunctionNames) {
    const handler = createCommandHandler(name, getHost, office);
    office.actions.associate(name, (event) => void handler(event));
  }
}

// Associated at the top level, as soon as this script runs, not inside Office.onReady: a click on a
// function not yet associated is lost (OfficeDev/office-js issue 5176, open: "Command Button Does Not
// Work On First Click In Excel", reproduced with exactly this shared-runtime set-up, and issues 2744
// and 3378 before it). Office.actions exists once office.js has loaded, which taskpane.html does, in
// a blocking <script>, before any bundle; Microsoft's templates call Office.actions.associate the
// same way (https://learn.microsoft.com/javascript/api/office/office.actions). webpack.config.js
// puts this entry's scripts ahead of the task pane's, so the large React and Fluent UI bundle does
// not delay it.
if (typeof Office !== 'undefined') registerCommands(Office);
