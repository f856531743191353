using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Periods;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Spreadsheets.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Formats.Tests;

/// <summary>The small grammars of SpreadsheetML the workbook reader and writer rely on, at their edges.</summary>
public sealed class SpreadsheetTextTest
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void Column_letters_count_from_A(int column, string letters)
    {
        CellReference.Letters(column).Should().Be(letters);
        CellReference.TryColumn(letters + "7", out var parsed).Should().BeTrue();
        parsed.Should().Be(column);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("")]
    [InlineData("A7B")]
    [InlineData("ABCDEFGH1")]
    [InlineData("C")]
    public void A_reference_without_one_to_seven_leading_letters_is_not_a_cell(string reference) =>
        CellReference.TryColumn(reference, out _).Should().BeFalse();

    [Theory]
    [InlineData("Sheet1", "Sheet1!C7")]
    [InlineData("数据", "数据!C7")]
    [InlineData("Zone figures", "'Zone figures'!C7")]
    [InlineData("O'Brien", "'O''Brien'!C7")]
    public void A_cell_names_its_sheet_as_Excel_writes_it(string sheet, string expected) =>
        CellReference.OnSheet(sheet, 3, 7).Should().Be(expected);

    [Theory]
    [InlineData("General", null, false)]
    [InlineData("0", 0, false)]
    [InlineData("0.0", 1, false)]
    [InlineData("#,##0.00", 2, false)]
    [InlineData("0.0%", 1, true)]
    [InlineData("0.00\"个百分点\"", 2, false)]
    [InlineData("[Red]0.0;[Blue]-0.0", 1, false)]
    [InlineData("0.0##", 1, false)]
    [InlineData("0.00E+00", null, false)]
    [InlineData("@", null, false)]
    public void A_number_format_shows_its_fixed_decimals(string code, int? decimals, bool percent) =>
        XmlCells.Parse(code).Should().Be(new NumberShown(decimals, percent));

    [Theory]
    [InlineData("yyyy-mm-dd")]
    [InlineData("m/d/yyyy")]
    [InlineData("d-mmm-yy")]
    [InlineData("mmm-yy")]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"")]
    [InlineData("[$-804]yyyy/m/d")]
    [InlineData("h:mm")]
    public void A_date_format_shows_a_date(string code) =>
        XmlCells.Parse(code).Should().Be(NumberShown.DateShown);

    [Theory]
    [InlineData("0.0\"m\"")]
    [InlineData("#,##0 \"亿元\"")]
    [InlineData("0.00E+00")]
    public void A_number_format_with_letters_in_quotes_is_no_date(string code) =>
        XmlCells.Parse(code).Date.Should().BeFalse();

    [Theory]
    [InlineData("45308", "2024-01-17")]      // 2024-01-17 is day 45308 of Excel's 1900 date system
    [InlineData("61", "1900-03-01")]         // the first day after Excel's non-existent 1900-02-29
    [InlineData("45308.5", "2024-01-17T12:00:00")]
    [InlineData("0", "1899-12-30")]
    [InlineData("2958465", "9999-12-31")]
    [InlineData("2958466", "2958466")]       // beyond the calendar: left for the grammar to refuse
    [InlineData("-1", "-1")]
    [InlineData("x", "x")]
    public void A_number_under_a_date_format_reads_as_the_date(string stored, string expected) =>
        NumberText.Normalise(stored, NumberShown.DateShown, out _).Should().Be(expected);

    [Theory]
    [InlineData("1767.3", null, false, "1767.3")]
    [InlineData("3", 1, false, "3.0")]
    [InlineData("7.25", 1, false, "7.25")]
    [InlineData("7.1999999999999995E-2", 1, true, "7.2")]
    [InlineData("0.30000000000000004", null, false, "0.3")]
    [InlineData("123456789012345", null, false, "123456789012345")]
    [InlineData("-2.7", null, false, "-2.7")]
    [InlineData("1E+20", null, false, "100000000000000000000")]
    [InlineData("1767.3000000000002", null, false, "1767.3")]
    [InlineData("123456.78901234567", null, false, "123456.789012346")]
    [InlineData("0.1234567890123456", null, false, "0.123456789012346")]
    [InlineData("12345678901234.5", null, false, "12345678901234.5")]
    [InlineData("1234567890123456", null, false, "1234567890123456")]
    [InlineData("-0.5", null, false, "-0.5")]
    [InlineData("7.2000", 2, false, "7.20")]
    [InlineData("7", 20, false, "7.00000000000000000000")]
    [InlineData("7", 21, false, "7")]
    [InlineData("1E+27", null, false, "1000000000000000000000000000")]
    [InlineData("-1E+28", null, false, "-10000000000000000000000000000")]
    [InlineData("1E-28", null, false, "0.0000000000000000000000000001")]
    [InlineData("1.23456789012345E-14", null, false, "0.0000000000000123456789012345")]
    [InlineData("9.999999999999999E-29", null, false, "0.0000000000000000000000000001")]
    [InlineData("7.9E+26", null, true, "79000000000000000000000000000")]
    [InlineData("not a number", 1, false, "not a number")]
    public void A_stored_number_reads_as_the_cell_shows_it(string stored, int? decimals, bool percent, string expected)
    {
        NumberText.Normalise(stored, new NumberShown(decimals, percent), out var problem).Should().Be(expected);
        problem.Should().BeNull();
    }

    [Theory]
    [InlineData("1E+29", false, "within the range of decimal (about ±7.9E+28), but")]
    [InlineData("1E+300", false, "within the range of decimal (about ±7.9E+28), but")]
    [InlineData("1E+27", true, "once its percentage style scales it by 100")]
    [InlineData("-1E+28", true, "once its percentage style scales it by 100")]
    [InlineData("7.93E+26", true, "once its percentage style scales it by 100")]
    [InlineData("1E+29", true, "once its percentage style scales it by 100")]
    [InlineData("1E-30", false, "at most 28 decimal places")]
    [InlineData("1E-30", true, "at most 28 decimal places")]
    [InlineData("1.5E-28", false, "at most 28 decimal places")]
    [InlineData("1.23456789012345E-15", false, "at most 28 decimal places")]
    public void A_number_decimal_cannot_hold_as_the_cell_shows_it_is_a_problem_never_an_overflow_nor_a_zero(string stored, bool percent, string expected)
    {
        var text = NumberText.Normalise(stored, new NumberShown(percent ? 1 : null, percent), out var problem);

        problem!.ToString().Should().Contain(expected).And.Contain(stored);
        text.Should().Be(stored, "the grammar is given the text as stored, and the problem");
    }

    [Theory]
    [InlineData("0.25", -2, true)]
    [InlineData("1E-30", -30, true)]
    [InlineData("1E+3", 3, true)]
    [InlineData("-007.50", -1, true)]
    [InlineData(".5e1", 0, true)]
    [InlineData("1234567890123456", 1, true)]
    [InlineData("1234567890123446", 1, true)]
    [InlineData("1234567890123444", 1, true)]
    [InlineData("1234567890123454", 1, true)]
    [InlineData("99999999999999999", 17, true)]
    [InlineData("1.000000000000001", 0, true)]
    [InlineData("0", 0, true)]
    [InlineData("0E-99", 0, true)]
    [InlineData("+1e-2", -2, true)]
    [InlineData("1E", 0, false)]
    [InlineData("1..2", 0, false)]
    [InlineData("-", 0, false)]
    [InlineData("1E+99999999999", 1_000_000, true)]
    public void The_last_shown_place_of_a_stored_number_counts_its_15_significant_digits(string stored, int place, bool isNumber)
    {
        NumberText.LowestShownPlace(stored, out var number).Should().Be(place);
        number.Should().Be(isNumber);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("line\u000Bbreak", "line_x000B_break")]
    [InlineData("a_x0041_b", "a_x005F_x0041_b")]
    [InlineData("snake_case_x", "snake_case_x")]
    public void Text_is_escaped_as_SpreadsheetML_holds_it_and_read_back_exactly(string text, string escaped)
    {
        SheetWriter.Escape(text).Should().Be(escaped);
        XmlCells.Unescape(escaped).Should().Be(text);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1767.3", 5)]
    [InlineData("0.0012", 2)]
    [InlineData("4.100", 4)]
    [InlineData("-123456789012345.6", 16)]
    public void Significant_digits_count_the_stored_digits(string value, int digits) =>
        SheetWriter.SignificantDigits(decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(digits);

    [Fact]
    public void Sources_with_control_characters_and_long_figures_survive_a_workbook()
    {
        var observation = new Observation("gdp", ReportingPeriod.Parse("2023", CultureInfo.InvariantCulture), new Quantity(1234567890123.4567m, Unit.Parse("10^8 CNY", CultureInfo.InvariantCulture)), null)
        {
            Source = "公报\u000B第1页 a_x0041_",
        };
        var buffer = new MemoryStream();
        new XlsxObservationFormat().Write([observation], buffer);

        using var reader = new XlsxObservationFormat().OpenReader(new MemoryStream(buffer.ToArray()));
        var read = reader.ReadObservations().Single();

        read.Source.Should().Be(observation.Source);
        read.Level!.Value.Value.Should().Be(1234567890123.4567m);
    }
}
