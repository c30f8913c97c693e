/// <reference types="office-js" />
import { ConfigError, DEFAULT_CONFIG } from '../../src/core/config/schema';
import { CONFIG_KEY, clearConfig, readConfig, saveConfig } from '../../src/excel/settings';
import { FakeExcel } from './fakeExcel';

const CONFIG = {
  period: 'Q2 2021/22',
  tolerance: { type: 'absolute', value: 2 },
  style: { percent: '%' },
  indicators: { CS01: { target: 95, polarity: 'higher' } },
};

describe('workbook settings', () => {
  it('gives the defaults when the workbook holds none', async () => {
    const excel = new FakeExcel();
    expect(await excel.run(readConfig)).toEqual({ config: DEFAULT_CONFIG, stored: false, issue: null });
  });

  it('stores a configuration in the workbook under one key and reads the same back, defaults filled in', async () => {
    const excel = new FakeExcel();
    const saved = await excel.run((context) => saveConfig(context, CONFIG));
    expect([...excel.doc.settings.keys()]).toEqual([CONFIG_KEY]);
    expect(JSON.parse(String(excel.doc.settings.get(CONFIG_KEY)))).toEqual(CONFIG);
    const read = await excel.run(readConfig);
    expect(read).toEqual({ config: saved, stored: true, issue: null });
    expect(read.config).toMatchObject({
      period: 'Q2 2021/22',
      tolerance: { type: 'absolute', value: 2 },
      style: { percent: '%', decimals: 1 },
      amberRule: 'tolerance',
    });
  });

  it('refuses to store an invalid configuration, naming the setting, and stores nothing', async () => {
    const excel = new FakeExcel();
    await expect(
      excel.run((context) => saveConfig(context, { tolerance: { type: 'relative', value: 5 } })),
    ).rejects.toBeInstanceOf(ConfigError);
    expect(excel.doc.settings.size).toBe(0);
  });

  it('reports stored settings that are not valid JSON, or not a valid configuration, in plain words', async () => {
    const excel = new FakeExcel();
    excel.doc.settings.set(CONFIG_KEY, '{"tolerance": ');
    const broken = await excel.run(readConfig);
    expect(broken.config).toBeNull();
    expect(broken.issue?.message).toMatch(
      /^The configuration in the workbook settings has a problem:\n- configuration: is not valid JSON/,
    );
    excel.doc.settings.set(CONFIG_KEY, JSON.stringify({ style: { percent: 'percent' } }));
    const invalid = await excel.run(readConfig);
    expect(invalid.issue?.message).toContain("style.percent: must be one of 'per cent', '%'");
    expect(invalid.issue?.message).toContain('Correct it in the Scorecard Narrator pane, or reset it to the defaults.');
  });

  it('clears the stored configuration so the defaults apply again', async () => {
    const excel = new FakeExcel();
    await excel.run((context) => saveConfig(context, CONFIG));
    await excel.run(clearConfig);
    await excel.run(clearConfig);
    expect(await excel.run(readConfig)).toEqual({ config: DEFAULT_CONFIG, stored: false, issue: null });
  });
});
