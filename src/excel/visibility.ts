/// <reference types="office-js" />
/**
 * When the task pane is shown again. In the shared runtime, closing the pane hides it rather than
 * unloading it (`hide()` and `showAsTaskpane()` "don't unload or reload it (or reinitialize its
 * state)": learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in), so the officer may
 * change the workbook while it is hidden and come back to lists read before. Office tells the page
 * through `Office.addin.onVisibilityModeChanged` (SharedRuntime 1.1), whose handler gets
 * `visibilityMode` 'Taskpane' or 'Hidden' (`Office.VisibilityMode`).
 */

/** The part of the `Office` global used here; `addin` exists only in a shared runtime. */
export interface VisibilityOffice {
  readonly addin?: {
    onVisibilityModeChanged?(
      handler: (message: { visibilityMode: Office.VisibilityMode | 'Taskpane' | 'Hidden' }) => void,
    ): Promise<() => Promise<void>>;
  };
}

/**
 * Calls `shown` each time the pane is shown after being hidden (not when it is hidden); returns a
 * function that stops, removing the handler once Office has added it. Where Office has no
 * `addin` (not a shared runtime), nothing is called.
 */
export function whenPaneShown(
  shown: () => void,
  office: VisibilityOffice | undefined = typeof Office === 'undefined' ? undefined : Office,
): () => void {
  const listen = office?.addin?.onVisibilityModeChanged;
  if (!listen) return () => undefined;
  let stopped = false;
  let remove: (() => Promise<void>) | null = null;
  // Compared with the documented string value: no Office.VisibilityMode object is needed at run time.
  listen
    .call(office.addin, (message) => {
      if (!stopped && String(message.visibilityMode) === 'Taskpane') shown();
    })
    .then(
      (removeHandler) => {
        if (stopped) void removeHandler().catch(() => undefined);
        else remove = removeHandler;
      },
      () => undefined,
    );
  return () => {
    stopped = true;
    void remove?.().catch(() => undefined);
  };
}
