import { csvCell, toCsv } from './csv';

describe('csvCell formula guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+81 45 000', "'+81 45 000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['＝HYPERLINK("http://x.example")', `"'＝HYPERLINK(""http://x.example"")"`],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠A1', "'＠A1"],
    [' =1+1', "' =1+1"],
    ['\u3000＝1', "'\u3000＝1"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('defuses %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['山田商店', 'a=b', 'Acme ＝ Co', 'x@example.com', ''])('leaves %j as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it('leaves numbers alone, negative ones too', () => {
    expect(toCsv(['n'], [[-5], [3]])).toBe('\uFEFFn\r\n-5\r\n3\r\n');
  });
});
