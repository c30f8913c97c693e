import { prefersDarkTheme } from '../../src/taskpane/theme';

describe('prefersDarkTheme', () => {
  it("follows Office's own dark-theme flag whatever the browser prefers", () => {
    expect(prefersDarkTheme({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, false)).toBe(true);
    expect(prefersDarkTheme({ isDarkTheme: false }, true)).toBe(false);
  });

  it('reads the body background colour when Office gives only colours', () => {
    expect(prefersDarkTheme({ bodyBackgroundColor: '#262626' }, false)).toBe(true);
    expect(prefersDarkTheme({ bodyBackgroundColor: '#666666' }, false)).toBe(true);
    expect(prefersDarkTheme({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe(false);
    expect(prefersDarkTheme({ bodyBackgroundColor: 'f3f2f1' }, true)).toBe(false);
  });

  it("falls back to the browser's preference outside Office or on an unreadable colour", () => {
    expect(prefersDarkTheme(undefined, true)).toBe(true);
    expect(prefersDarkTheme(undefined, false)).toBe(false);
    expect(prefersDarkTheme({ bodyBackgroundColor: 'black' }, true)).toBe(true);
  });
});
