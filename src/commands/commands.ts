/// <reference types="office-js" />
import { type CommandOutcome, draftOutcome, publishOutcome, refreshOutcome } from '../app/commandOutcomes';
import { commandGate, type CommandKind } from '../app/commandGate';
import { describeError, type HostApi } from '../app/hostApi';
import { getSharedHost } from '../app/sharedHost';

/** The `FunctionName`s that manifest.xml's ExecuteFunction buttons call. */
export const commandFunctionNames = ['refreshRag', 'draftNarrative'] as const;

/** One of {@link commandFunctionNames}. */
export type CommandFunctionName = (typeof commandFunctionNames)[number];

/** The part of `Office.AddinCommands.Event` a command uses. */
export interface CommandEvent {
  completed(): void;
}

/** The part of the `Office` global the commands use; `addin` exists only in a shared runtime. */
export interface OfficeCommandsApi {
  readonly actions: { associate(actionId: string, handler: (event: CommandEvent) => void): void };
  readonly addin?: { showAsTaskpane(): Promise<void> };
}

const work: Record<CommandFunctionName, (host: HostApi) => Promise<CommandOutcome>> = {
  refreshRag: refreshOutcome,
  draftNarrative: draftOutcome,
};
const kind: Record<CommandFunctionName, CommandKind> = { refreshRag: 'refresh', draftNarrative: 'draft' };

/**
 * The handler for one ribbon command: runs it against the host, publishes the outcome for the
 * task pane and, on failure, opens the pane so the officer sees why. It runs through the
 * {@link commandGate}, so while any command runs (from the ribbon or the pane) it is refused with
 * a sentence saying which. `event.completed()` is called exactly once on every path, errors
 * included, so Excel never waits on a button.
 */
export function createCommandHandler(
  name: CommandFunctionName,
  getHost: () => HostApi,
  office: OfficeCommandsApi,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      publishOutcome(await commandGate.run(kind[name], () => work[name](getHost())));
    } catch (error) {
      publishOutcome({ kind: 'failed', command: name, message: describeError(error) });
      office.addin?.showAsTaskpane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

/**
 * Associates every ribbon command with its handler. The host is looked up at each click, so a
 * host installed after registration (see `setSharedHost`) is the one used.
 */
export function registerCommands(office: OfficeCommandsApi, getHost: () => HostApi = getSharedHost): void {
  for (const name of commandFunctionNames) {
    const handler = createCommandHandler(name, getHost, office);
    office.actions.associate(name, (event) => void handler(event));
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => registerCommands(Office));
}
