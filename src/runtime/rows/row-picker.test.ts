import { generatedPicker, generatedRowPickers, loopPicker, rowPicker, useGeneratedRowPickers } from './row-picker';

describe('row pickers', () => {
  const fields = [
    ['id', 'p_id'],
    ['markText', 'p_markText'],
    ['odd "name"', 'p_odd'],
  ] as const;
  const row = { p_id: 7, p_markText: '9.58', p_odd: null, other: 'left out' };

  it('make the same object, field order included, generated or in a loop', () => {
    const generated = generatedPicker(fields)(row);
    expect(generated).toEqual({ id: 7, markText: '9.58', 'odd "name"': null });
    expect(Object.keys(loopPicker(fields)(row))).toEqual(Object.keys(generated));
    expect(loopPicker(fields)(row)).toEqual(generated);
  });

  it('are generated unless ROW_PICKERS=off set them to loops', () => {
    expect(generatedRowPickers()).toBe(true);
    expect(rowPicker(fields).length).toBe(1);
    useGeneratedRowPickers(false);
    try {
      expect(rowPicker(fields)(row)).toEqual(generatedPicker(fields)(row));
      expect(rowPicker(fields).toString()).toContain('for (const');
    } finally {
      useGeneratedRowPickers(true);
    }
  });
});
