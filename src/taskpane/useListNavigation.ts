import { useArrowNavigationGroup } from '@fluentui/react-components';

/**
 * Keyboard for a list of links or buttons: one Tab stop for the whole list, the arrow keys inside
 * it, and Tab again leaves it. Fluent's arrow navigation group (a Tabster mover) does this: with
 * `tabbable` left false, Tab moves past the group rather than through its items, and
 * `memorizeCurrent` brings the officer back to the item they left
 * (https://react.fluentui.dev/?path=/docs/utilities-focus-management-usearrownavigationgroup--docs).
 * Spread the result on the list's element.
 */
export function useListNavigation(axis: 'vertical' | 'horizontal' = 'vertical') {
  return useArrowNavigationGroup({ axis, memorizeCurrent: true });
}
