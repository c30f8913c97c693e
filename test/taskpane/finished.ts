import { commandGate } from '../../src/app/commandGate';

/**
 * Resolves once no command runs and the pane has taken its outcome: the real host over the fake
 * takes as long as the machine makes it, so no timer is waited on; then one turn of the event loop,
 * for the promise callbacks that follow the command's end (the pane's own) to have run.
 */
export async function finished(): Promise<void> {
  await new Promise<void>((resolve) => {
    if (commandGate.running() === null) return resolve();
    const stop = commandGate.subscribe((running) => {
      if (running !== null) return;
      stop();
      resolve();
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}
