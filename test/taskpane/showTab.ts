import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Chooses one of the pane's tabs, as the officer would, once it is there. */
export async function showTab(name: 'Overview' | 'Indicators' | 'Narrative' | 'Settings'): Promise<void> {
  await userEvent.click(await screen.findByRole('tab', { name }));
}
