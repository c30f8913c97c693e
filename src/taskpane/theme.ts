/** The parts of Office's theme the pane reads (`Office.context.officeTheme`). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * Whether the pane should use the dark theme. Office's own `isDarkTheme` wins; failing that,
 * a dark body background colour (Excel on the web reports colours only); failing that, the
 * browser's colour-scheme preference.
 */
export function prefersDarkTheme(officeTheme: OfficeThemeLike | undefined, browserPrefersDark: boolean): boolean {
  if (typeof officeTheme?.isDarkTheme === 'boolean') return officeTheme.isDarkTheme;
  const luminance = relativeLuminance(officeTheme?.bodyBackgroundColor);
  if (luminance !== null) return luminance < 0.4;
  return browserPrefersDark;
}

/** WCAG relative luminance of a `#rrggbb` colour, or null for anything else. */
function relativeLuminance(hex: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
